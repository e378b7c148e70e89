/**
 * What a file really is, from its first bytes — never from its name or the type the browser guessed,
 * both of which the sender controls.
 */
export type Sniffed =
  | { kind: 'image'; type: 'image/jpeg' | 'image/png' | 'image/webp' }
  | { kind: 'pdf'; type: 'application/pdf' }
  | { kind: 'markup' }
  | { kind: 'unknown' };

/** How many leading bytes `sniff` needs to look at. */
export const SNIFF_BYTES = 512;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/**
 * Markup (SVG, HTML, XML) can carry scripts, so it is recognised in order to be refused. It is text whose
 * first non-blank character (after an optional UTF-8 byte-order mark) is "<".
 */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && [0x09, 0x0a, 0x0d, 0x20].includes(bytes[i] as number)) i += 1;
  return bytes[i] === 0x3c;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, JPEG)) return { kind: 'image', type: 'image/jpeg' };
  if (startsWith(bytes, PNG)) return { kind: 'image', type: 'image/png' };
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return { kind: 'image', type: 'image/webp' };
  if (startsWith(bytes, PDF)) return { kind: 'pdf', type: 'application/pdf' };
  if (looksLikeMarkup(bytes)) return { kind: 'markup' };
  return { kind: 'unknown' };
}
