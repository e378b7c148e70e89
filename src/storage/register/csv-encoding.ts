/**
 * A CSV file's bytes as text. Spreadsheets save CSV as UTF-8 (with or without a byte-order mark) or, in
 * Excel's plain "CSV (Comma delimited)", as Windows-1252, where "Café" and "£100" are single bytes that
 * are not UTF-8. Reading those as UTF-8 would turn them into "Caf�" and "�100" without a word, so the
 * encoding is decided here and said.
 */
export type CsvText =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; reason: 'utf-16' | 'binary' };

// Bytes Windows-1252 leaves undefined: a file holding them is in neither encoding.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeCsv(bytes: Uint8Array): CsvText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, reason: 'utf-16' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  try {
    // The decoder drops a UTF-8 byte-order mark by itself.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (bytes.some((byte) => UNDEFINED_IN_1252.has(byte))) return { ok: false, reason: 'binary' };
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
