import { parseSchemePack, type SchemeParse } from '../../../../../schema/scheme-pack.ts';
import { readJson } from '../../../../../schema/zod.ts';

// Fetched when a pack is first loaded, from scheme-src or a file: its schema brings zod with it.

/** A pack file is a few tens of kilobytes; refuse anything far larger before parsing it. */
const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Fetches and validates a scheme pack from the page's `scheme-src`. */
export async function fetchSchemePack(url: string): Promise<SchemeParse> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return refused(`could not be loaded (the server answered ${response.status})`);
    return parseText(await response.text());
  } catch {
    return refused('could not be loaded: check the address and that you are online');
  }
}

export async function readSchemePackFile(file: File): Promise<SchemeParse> {
  if (file.size > MAX_PACK_BYTES)
    return refused(`is ${(file.size / 1048576).toFixed(1)} MB; a scheme pack is at most 2 MB`);
  return parseText(await file.text());
}

function parseText(text: string): SchemeParse {
  const json = readJson(text);
  return json.ok ? parseSchemePack(json.data) : json;
}

function refused(message: string): SchemeParse {
  return { ok: false, problems: [{ path: '(the whole file)', message }] };
}
