/**
 * The name a kept file is shown and downloaded under. The sender chooses a file's name, so it may hide
 * its real type: "invoice\u202Efdp.shtml" shows as "invoice…lmths.pdf" because the right-to-left override
 * turns the text round. Invisible direction marks and control characters are removed, and the extension
 * is made the one of the type actually kept, so what the name says is what the file is.
 */

/** The extension each kept type is saved with; the first is the one given to a name that lacks it. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt'],
};

// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates
// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips from a file name.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LONGEST = 200;

/** A name without folders, invisible characters or surrounding spaces, shortened to 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(INVISIBLE, '').trim().slice(0, LONGEST).trim() || 'file';
}

/**
 * `cleanFileName`, ending in an extension of `type`: a matching one is kept, another (up to five letters or
 * digits, like "shtml") is replaced, and a name without one gains it. A type with no known extension
 * keeps the clean name.
 */
export function safeFileName(name: string, type: string): string {
  const clean = cleanFileName(name);
  const allowed = EXTENSIONS[type];
  if (!allowed) return clean;
  const match = /^(.+)\.([A-Za-z0-9]{1,5})$/.exec(clean);
  if (match && allowed.includes((match[2] as string).toLowerCase())) return clean;
  const stem = (match ? (match[1] as string) : clean).slice(0, LONGEST - 1 - (allowed[0] as string).length);
  return `${stem}.${allowed[0]}`;
}
