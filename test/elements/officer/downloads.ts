import { waitUntil } from '../../helpers/wait.ts';
import { captureDownloads } from '../../helpers/downloads.ts';

export { captureDownloads };

/** Clicks the button and returns the PDF it downloads. */
export async function downloadedPdf(button: HTMLButtonElement): Promise<Blob> {
  const downloads = captureDownloads();
  try {
    button.click();
    await waitUntil(() => downloads.blobs.some((b) => b.type === 'application/pdf'), 'no PDF was downloaded', {
      timeout: 20000,
    });
  } finally {
    downloads.restore();
  }
  return downloads.blobs.find((b) => b.type === 'application/pdf')!;
}

export const buttonNamed = (root: ShadowRoot, text: string): HTMLButtonElement => {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no button named “${text}”`);
  return found;
};
