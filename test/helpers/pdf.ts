import { executeServerCommand } from '@web/test-runner-commands';

export interface PdfText {
  /** The text as `pdftotext -layout` lays it out; pages are separated by form feeds. */
  text: string;
  pages: number;
  /** `pdfinfo`'s report: Title, Creator, Page size and so on. */
  info: string;
}

/** Reads a rendered PDF back through poppler on the test server (see scripts/pdf-text-plugin.mjs). */
export async function pdfText(blob: Blob): Promise<PdfText> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunked, because spreading a whole PDF into String.fromCharCode overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const result = await executeServerCommand<PdfText, { base64: string }>('pdf-to-text', { base64: btoa(binary) });
  if (!result)
    throw new Error('pdf-to-text is not registered: add pdfTextPlugin() to web-test-runner.config.mjs plugins');
  return result;
}
