import { html, nothing } from 'lit';
import type { Hazard, HazardGroup } from '../../../../../core/index.ts';
import type { Translate } from '../../../../i18n.ts';
import type { OfficerMessages } from '../../messages.ts';

const GROUPS: HazardGroup[] = ['physiological', 'psychological', 'infection', 'safety'];

/** Hazards whose name or Schedule 1 number matches what was typed, in the guidance's four groups. */
export function matchingHazards(hazards: readonly Hazard[], filter: string): Map<HazardGroup, Hazard[]> {
  const words = filter.toLowerCase().trim().split(/\s+/).filter(Boolean);
  const matches = hazards.filter((h) => words.every((w) => h.name.toLowerCase().includes(w) || String(h.number) === w));
  return new Map(GROUPS.map((group) => [group, matches.filter((h) => h.group === group)]));
}

export interface PickerContext {
  t: Translate<OfficerMessages>;
  hazards: readonly Hazard[];
  added: ReadonlySet<string>;
  filter: string;
  setFilter: (value: string) => void;
  add: (hazardId: string) => void;
  /** Called when the officer reaches for the picker, so the hazard cards' code is on its way before a hazard is added. */
  prepare: () => void;
}

/** "Add a hazard": type to filter, then a button per hazard; each can be added once per dwelling. */
export function hazardPicker(c: PickerContext) {
  const { t } = c;
  const groups = matchingHazards(c.hazards, c.filter);
  const any = [...groups.values()].some((list) => list.length > 0);
  return html`
    <div class="picker panel no-print" @focusin=${c.prepare} @pointerover=${c.prepare}>
      <h3 id="picker-title">${t('addHazards')}</h3>
      <div class="form-group">
        <label class="label" for="hazard-filter">${t('filterLabel')}</label>
        <span class="hint" id="hazard-filter-hint">${t('filterHint')}</span>
        <input type="search" id="hazard-filter" class="input--medium" autocomplete="off" aria-describedby="hazard-filter-hint"
          aria-controls="hazard-choices" .value=${c.filter} @input=${(e: Event) => c.setFilter((e.target as HTMLInputElement).value)} />
      </div>
      <div id="hazard-choices">
        ${any ? nothing : html`<p role="status">${t('noMatches')}</p>`}
        ${[...groups].map(([group, list]) =>
          list.length === 0
            ? nothing
            : html`<h4>${t('group', group)}</h4>
                <ul class="hazard-choices">
                  ${list.map((hazard) =>
                    c.added.has(hazard.id)
                      ? html`<li><span class="added">${hazard.number}. ${hazard.name} <span class="tag tag--green">${t('added')}</span></span></li>`
                      : html`<li><button type="button" class="link" data-add=${hazard.id} @click=${() => c.add(hazard.id)}>
                          <span class="visually-hidden">${t('addPrefix')}</span>${hazard.number}. ${hazard.name}</button></li>`,
                  )}
                </ul>`,
        )}
      </div>
    </div>
  `;
}
