import { fileButton } from '../../../../ui/file-button.ts';
import { html, nothing } from 'lit';
import type { Scheme } from '../../../../../core/index.ts';
import type { Problem } from '../../../../../schema/zod.ts';

export interface PacksContext {
  packs: readonly Scheme[];
  problems: { source: string; problems: readonly Problem[] } | undefined;
  load: (file: File) => void;
  /** False where the page offers the load action itself (the 2026 message): one button, not two. */
  loadButton?: boolean;
}

/** The loaded packs, the problems of a refused one, and a button to load one from a file. */
export function schemePacksSection(c: PacksContext) {
  return html`
    ${
      c.problems
        ? html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="pack-problems-title" data-pack-problems>
          <h3 id="pack-problems-title" class="error-summary__title">The scheme pack was not loaded</h3>
          <p>${c.problems.source} was refused, so scoring is unchanged. Problems:</p>
          <ul class="error-summary__list">${c.problems.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
        </div>`
        : nothing
    }
    ${
      c.packs.length > 0
        ? html`<p>Scheme packs loaded on this device:</p>
          <ul data-packs>${c.packs.map((p) => html`<li>${p.name} (id ${p.id}, version ${p.version})${p.example ? html` — <strong>example, not official figures</strong>` : nothing}</li>`)}</ul>`
        : nothing
    }
    ${
      c.loadButton === false
        ? nothing
        : html`<div class="button-group no-print">
          ${fileButton({ label: 'Load a scheme pack', inputId: 'pack-file', accept: 'application/json,.json', onFile: c.load })}
        </div>`
    }
  `;
}
