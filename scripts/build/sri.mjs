// Subresource Integrity hashes for the CDN files: dist/cdn/sri.json maps each script in dist/cdn (the entry
// files and the lazily loaded chunks under chunks/) to `sha384-<base64>`, the value a page puts in the
// script tag's integrity attribute. The snippet builder (demo/snippet-builder.html) reads it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The integrity value of some bytes, as a browser checks it. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Writes dist/cdn/sri.json and returns the mapping (paths relative to dist/cdn, with `/`). */
export function writeSri(root) {
  const cdn = join(root, 'dist', 'cdn');
  const files = scripts(cdn).sort();
  if (!files.some((file) => !file.includes('/')))
    throw new Error('No CDN files in dist/cdn: build them before the SRI step.');
  const hashes = Object.fromEntries(files.map((file) => [file, integrity(readFileSync(join(cdn, file)))]));
  writeFileSync(join(cdn, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}

/** Every .js file under `folder`, as a path relative to `base` with forward slashes. */
function scripts(folder, base = folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return scripts(path, base);
    return entry.isFile() && entry.name.endsWith('.js') ? [relative(base, path).split(sep).join('/')] : [];
  });
}
