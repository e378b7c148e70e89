// A web-test-runner plugin that lets browser tests read a real PDF back as text with poppler, so tests
// assert on what a reader would see rather than on jsPDF's internals.
//   executeServerCommand('pdf-to-text', { base64 }) → { text, pages }
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const INSTALL =
  'Install poppler: apt-get install -y --no-install-recommends poppler-utils (macOS: brew install poppler).';

async function poppler(tool, args) {
  try {
    return (await run(tool, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error(`pdf-to-text: ${tool} was not found on PATH. ${INSTALL}`);
    throw new Error(`pdf-to-text: ${tool} failed: ${error.stderr || error.message}`);
  }
}

export function pdfTextPlugin() {
  return {
    name: 'pdf-text',
    async executeCommand({ command, payload }) {
      if (command !== 'pdf-to-text') return undefined;
      if (typeof payload?.base64 !== 'string') throw new Error('pdf-to-text: expected { base64: string }');
      const dir = await mkdtemp(join(tmpdir(), 'pdf-text-'));
      try {
        const file = join(dir, 'document.pdf');
        await writeFile(file, Buffer.from(payload.base64, 'base64'));
        const text = await poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
        const info = await poppler('pdfinfo', [file]);
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        if (!Number.isInteger(pages)) throw new Error(`pdf-to-text: pdfinfo gave no page count:\n${info}`);
        return { text, pages, info };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
