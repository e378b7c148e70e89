// A tiny static server for the built site (dist/), on 127.0.0.1 only. It logs every request it answers and
// can send a Content-Security-Policy header with every response, as a strict council site would.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Serves `root` at http://127.0.0.1:<port>/. `requests` lists each path asked for, in order. `pages` adds
 * test-only HTML documents by path (e.g. `{ '/test/twice.html': '<!doctype html>…' }`).
 * @param {{ root?: string, csp?: string, pages?: Record<string, string> }} [options]
 */
export async function serve({ root = DIST, csp, pages = {} } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    if (Object.hasOwn(pages, path)) {
      response.writeHead(200, { 'content-type': TYPES['.html'], ...(csp ? { 'content-security-policy': csp } : {}) });
      return response.end(pages[path]);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return send(response, 403, 'Forbidden');
    let stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      file = join(file, 'index.html');
      stats = statSync(file, { throwIfNoEntry: false });
    }
    if (!stats?.isFile()) return send(response, 404, 'Not found');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (csp) headers['content-security-policy'] = csp;
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    /** Stops answering at once, dropping open connections (as when the network goes away). */
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}
