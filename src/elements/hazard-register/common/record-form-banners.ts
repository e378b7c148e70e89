import { html, nothing, type TemplateResult } from 'lit';
import type { RegisterStore } from '../../../schema/register.ts';
import { formatDateTime } from './format.ts';
import type { RegisterMessages } from '../messages.ts';
import type { RecordFormKeeper } from './record-form-keeper.ts';

/**
 * Above a register form: that values typed earlier were kept (with the way to drop them), or that the record
 * was changed or deleted in another tab, with the two ways on. What was typed stays in the form below.
 */
export function formBanners<S extends RegisterStore>(
  m: RegisterMessages,
  keeper: RecordFormKeeper<S, Record<string, string>>,
  what: string,
): TemplateResult | typeof nothing {
  const conflict = keeper.conflict;
  if (conflict) {
    return html`<div class="banner banner--error" role="alert" tabindex="-1" aria-labelledby="form-conflict-title" data-conflict>
      <p class="banner__title" id="form-conflict-title">${m.conflictTitle}</p>
      <div class="banner__body">
        ${
          conflict.kind === 'deleted'
            ? html`<p>${m.deletedElsewhere(what)}</p>`
            : html`<p>${m.changedElsewhere(what, conflict.who, formatDateTime(conflict.latest.updatedAt))}</p>
              <div class="button-group">
                <button type="button" class="button" @click=${(event: Event) => keepMine(keeper, event)}>${m.keepMyChanges}</button>
                <button type="button" class="button button--secondary" @click=${() => keeper.useSaved()}>${m.useSavedVersion}</button>
              </div>`
        }
      </div>
    </div>`;
  }
  if (!keeper.kept) return nothing;
  return html`<div class="banner" role="region" aria-labelledby="form-kept-title">
    <p class="banner__title" id="form-kept-title">${m.keptTitle}</p>
    <div class="banner__body">
      <p>${m.keptChanges(what)}</p>
      <button type="button" class="link" @click=${() => keeper.useSaved()}>${m.discardChanges}</button>
    </div>
  </div>`;
}

/** Saves the form's values over the version just shown, through the form's own checks and save. */
function keepMine<S extends RegisterStore>(keeper: RecordFormKeeper<S, Record<string, string>>, event: Event): void {
  const form = (event.target as HTMLElement).closest('form');
  keeper.keepMine();
  form?.requestSubmit();
}
