import { fileButton } from '../../ui/file-button.ts';
import { html, nothing } from 'lit';
import type { Scheme } from '../../../core/index.ts';
import { parseSchemePack, type SchemeParse } from '../../../schema/scheme.ts';
import { readJson, type Problem } from '../../../schema/zod.ts';

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
  if (file.size > MAX_PACK_BYTES) return refused(`is ${(file.size / 1048576).toFixed(1)} MB; a scheme pack is at most 2 MB`);
  return parseText(await file.text());
}

function parseText(text: string): SchemeParse {
  const json = readJson(text);
  return json.ok ? parseSchemePack(json.data) : json;
}

function refused(message: string): SchemeParse {
  return { ok: false, problems: [{ path: '(the whole file)', message }] };
}

export interface PacksContext {
  packs: readonly Scheme[];
  problems: { source: string; problems: readonly Problem[] } | undefined;
  load: (file: File) => void;
}

/** The loaded packs, the problems of a refused one, and a button to load one from a file. */
export function schemePacksSection(c: PacksContext) {
  return html`
    ${c.problems
      ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="pack-problems-title" data-pack-problems>
          <h3 id="pack-problems-title" class="error-summary__title">The scheme pack was not loaded</h3>
          <p>${c.problems.source} was refused, so scoring is unchanged. Problems:</p>
          <ul class="error-summary__list">${c.problems.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
        </div>`
      : nothing}
    ${c.packs.length > 0
      ? html`<p>Scheme packs loaded on this device:</p>
          <ul data-packs>${c.packs.map((p) => html`<li>${p.name} (id ${p.id}, version ${p.version})${p.example ? html` — <strong>example, not official figures</strong>` : nothing}</li>`)}</ul>`
      : nothing}
    <div class="button-group no-print">
      ${fileButton({ label: 'Load a scheme pack', inputId: 'pack-file', accept: 'application/json,.json', onFile: c.load })}
    </div>
  `;
}
