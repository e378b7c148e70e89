import { fileButton } from '../../../../ui/file-button.ts';
import { html, nothing } from 'lit';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import type { OnDemand } from '../../../../controllers/on-demand.ts';
import type { Translate } from '../../../../i18n.ts';
import type { ActionsController } from '../printing/actions-controller.ts';
import type { AssessmentListController } from './assessment-list.ts';
import type * as DraftsList from './drafts-list.ts';
import type { DraftsListContext } from './drafts-list.ts';
import type * as ListActions from './index.ts';
import type { OfficerMessages } from '../../messages.ts';
import { unreadableDrafts } from '../../../../ui/unreadable-drafts.ts';

export interface ToolbarContext {
  t: Translate<OfficerMessages>;
  /** The officer's view: the assessment shown, and its draft. */
  view: { readonly assessment: Assessment; readonly draft: DraftController<Assessment> };
  list: AssessmentListController;
  /** Print and PDF, each fetched on first use. */
  actions: ActionsController;
  /** Duplicating, deleting, importing and exporting: fetched on first use. */
  listActions: OnDemand<typeof ListActions>;
  /** The list of assessments, fetched once there is one to show. */
  drafts: OnDemand<typeof DraftsList>;
  /** What to do now that another tab has saved this assessment, fetched when that happens. */
  conflict: OnDemand<typeof DraftsList>;
  blocked: boolean;
  /** A finalised assessment has its own Print and PDF, in its banner. */
  readOnly: boolean;
  /** Focus goes to `id` once the view is drawn again. */
  focus: (id: string) => void;
  /** Said to screen readers: what an import brought in. */
  say: (message: string) => void;
}

/** Save status, storage problems (each with what to do), drafts, and the file and print actions. */
export function toolbar(c: ToolbarContext) {
  const { t, view, list, actions } = c;
  const { draft } = view;
  const printActions = !c.readOnly;
  const busy = actions.status;
  const exportFile = () => void run(c, (code) => code.exportAssessment(view.assessment));
  const time = draft.savedAt
    ? new Date(draft.savedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : '';
  const status = saveStatus(t, draft, time);
  // The list's code comes once there is something to list: a new assessment's first screen needs none of it.
  const drafts = list.drafts.length ? c.drafts.get() : undefined;
  // Storage refused (private mode) is said once, prominently, as well as in the status line.
  const notice = draft.notice
    ? { recovered: t('recovered'), 'changed-in-another-tab': t('changedInAnotherTab') }[draft.notice]
    : draft.memoryOnly
      ? t('memoryOnly')
      : undefined;
  return html`
    <div class="toolbar no-print">
      <p class="status-line" role="status" data-save-status>${status}</p>
      ${notice ? html`<div class="banner" role="region" aria-label=${t('noticeTitle')} data-notice><p class="banner__title">${t('noticeTitle')}</p><div class="banner__body"><p>${notice}</p></div></div>` : nothing}
      ${c.blocked ? html`<div class="banner banner--error" role="alert"><p class="banner__title">${t('noticeTitle')}</p><div class="banner__body"><p>${t('blocked')}</p></div></div>` : nothing}
      ${unreadableDrafts(draft, {
        title: t('unreadableTitle'),
        body: t('unreadableBody'),
        problems: t('unreadableProblems'),
        found: (when) => t('unreadableFound', when),
        export: t('exportUnreadable'),
        delete: t('deleteUnreadable'),
        locale: 'en-GB',
        confirmDelete: t('confirmDeleteUnreadable'),
        yesDelete: t('yesDelete'),
        cancel: t('cancel'),
      })}
      ${
        draft.status === 'failed' && draft.error
          ? html`<div class="banner banner--error" role="alert" data-save-failed><p class="banner__title">${t('saveFailedTitle')}</p><div class="banner__body">
            <p>${t('saveFailed', draft.error.kind)}</p>
            <div class="button-group"><button type="button" class="button" @click=${() => void draft.flush()}>${t('tryAgain')}</button>
            <button type="button" class="button button--secondary" @click=${exportFile}>${t('exportJson')}</button></div></div></div>`
          : nothing
      }
      ${draft.status === 'conflict' && draft.error ? conflictBanner(c) : nothing}
      ${list.importProblems ?? nothing}
      ${drafts?.lostFinalisedWarning(listContext(c)) ?? nothing}
      <div class="button-group">
        <button type="button" class="button button--secondary" @click=${() => void list.open(list.newKey())}>${t('newAssessment')}</button>
        <button type="button" class="button button--secondary" @click=${exportFile}>${t('exportJson')}</button>
        ${fileButton({ label: t('importJson'), inputId: 'import-file', accept: 'application/json,.json', onFile: (file) => importFile(c, file) })}
        ${
          printActions
            ? html`<button type="button" class="button button--secondary" @click=${() => void actions.print()}>${t('print')}</button>
            <button type="button" class="button button--secondary" ?disabled=${Boolean(busy)} @click=${() => void actions.pdf()}>${t('downloadPdf')}</button>`
            : nothing
        }
      </div>
      ${busy && printActions ? html`<p role="status">${busy}</p>` : nothing}
      ${c.listActions.failed ? c.listActions.placeholder() : nothing}
      ${c.drafts.failed ? c.drafts.placeholder() : nothing}
      <details>
        <summary>${t('draftsHeading')} (${list.drafts.length})</summary>
        ${draft.memoryOnly ? html`<p class="warning-text" data-list-not-saved>${t('listNotSaved')}</p>` : nothing}
        ${drafts ? drafts.draftsList(listContext(c)) : listWaiting(c)}
      </details>
    </div>
  `;
}

/** The status line: saved (and where), or why not. Never "Saved" where the browser keeps nothing. */
function saveStatus(t: Translate<OfficerMessages>, draft: DraftController<Assessment>, time: string): string {
  switch (draft.saveState) {
    case 'unsaved':
      return t('unsaved');
    case 'saving':
      return t('saving');
    case 'saved':
      return time ? t('savedAt', time) : '';
    case 'memory-only':
      return t('notSaved');
    case 'too-long': {
      const first = draft.overLimits[0]!;
      const hazard = first.index === undefined ? undefined : first.index + 1;
      return t('tooLong', t('fieldName', first.field, hazard), first.over);
    }
    default:
      return '';
  }
}

/** Deleting asks first, in the code that deletes: focus goes to the question once it is drawn. */
function askDelete(c: ToolbarContext, key: string): void {
  const { list, focus } = c;
  void run(c, () => {
    list.askDelete(key);
    focus('confirm-delete');
  });
}

function confirmDelete(c: ToolbarContext, key: string, title: string) {
  const { list } = c;
  // Asked only once the code that deletes is here (askDelete waited for it).
  const code = c.listActions.module;
  return code
    ? code.confirmDelete(
        title,
        () => void code.remove(list, key),
        () => list.askDelete(undefined),
      )
    : nothing;
}

/** "Loading…" in the list's place while it is on its way (a failure is said under the buttons). */
function listWaiting({ list, drafts }: ToolbarContext) {
  return list.drafts.length && !drafts.failed ? drafts.placeholder() : nothing;
}

/** What the list draws with: the buttons of each assessment run the list's actions, fetched on first use. */
function listContext(c: ToolbarContext): DraftsListContext {
  const { view, list } = c;
  return {
    view,
    list,
    duplicate: (key) => void run(c, (code) => code.duplicate(list, key)),
    askDelete: (key) => askDelete(c, key),
    confirmDelete: (key, title) => confirmDelete(c, key, title),
  };
}

/** Runs `action` once the list's actions are here; if they cannot be fetched, the alert under the buttons says so. */
async function run(c: ToolbarContext, action: (code: typeof ListActions) => unknown): Promise<void> {
  const code = await c.listActions.fetch();
  if (code) await action(code);
}

/** Says what an import brought in, or takes focus to why it was refused. */
function importFile(c: ToolbarContext, file: File): void {
  const { list, say, focus } = c;
  void run(c, async (code) => {
    const imported = await code.importFile(list, file);
    if (imported) say(imported);
    else focus('import-problems');
  });
}

/** Keep mine as a new assessment, or use the one saved in the other tab. */
function conflictBanner({ conflict, list }: ToolbarContext) {
  const code = conflict.get();
  if (!code) return conflict.placeholder();
  return code.conflictBanner(list);
}
