// What every journey needs: the built site served on 127.0.0.1, Chromium, and a fresh browser profile per
// test (so IndexedDB starts empty), with errors and outside requests recorded.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, watch } from './browser.mjs';
import { serve } from './server.mjs';

/** Starts the server and the browser once per test file; `close()` stops both. */
export async function startSite(options = {}) {
  const server = await serve(options);
  const browser = await launch();
  const open = new Set();
  return {
    server,
    browser,
    url: (path = '') => server.url + path,
    /** A new profile (empty storage). Service workers are blocked unless a test is about offline use. */
    async context(contextOptions = {}) {
      const context = await browser.newContext({
        locale: 'en-GB',
        serviceWorkers: 'block',
        acceptDownloads: true,
        ...contextOptions,
      });
      // Long enough for a loaded two-core machine; a missing element fails in seconds, not half a minute.
      context.setDefaultTimeout(15000);
      open.add(context);
      context.on('close', () => open.delete(context));
      const log = await watch(context);
      return { context, log };
    },
    /** Closes what a test left open (a failed assertion skips its own clean-up). Call from afterEach. */
    async closeContexts() {
      await Promise.all([...open].map((context) => context.close().catch(() => undefined)));
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Text of a PDF, via poppler's pdftotext. */
export async function pdfText(file) {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
  return stdout;
}

/** Every element of `tag` in the page, looking inside open shadow roots too. */
export function countDeep(page, tag) {
  return page.evaluate((name) => {
    let count = 0;
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName === name) count += 1;
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return count;
  }, tag);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
