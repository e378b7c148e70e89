import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TenantDraft } from '../../../../../schema/tenant.ts';
import { freshTenantDraft } from '../../../../../schema/tenant-values.ts';
import { currentDraftKey } from '../../../../../storage/drafts/keys.ts';
import type { DraftController } from '../../../../controllers/draft-controller.ts';
import type { PageFocus } from '../../page-focus.ts';
import type { TenantPhotos } from '../../photos.ts';
import { pageHeading } from '../../text.ts';
import type { StartView } from '../start/start.ts';

export interface DeleteHost extends ReactiveControllerHost {
  readonly effectiveStorageKey: string;
}

/**
 * "Delete everything this tool saved": the question, asked in place of the page, then that everything has
 * gone (or that it could not be, to try again). Afterwards a fresh check is shown, not saved until answered.
 */
export class DeleteController {
  /** What is shown in place of the page: the question, or that everything has gone. */
  overlay: 'delete' | 'deleted' | null = null;
  failed = false;

  constructor(
    private readonly host: DeleteHost,
    private readonly draft: DraftController<TenantDraft>,
    private readonly photos: TenantPhotos,
    private readonly focus: PageFocus,
  ) {}

  /** Asks whether to delete everything. */
  open(): void {
    this.overlay = 'delete';
    this.failed = false;
    this.focus.next = 'title';
    this.host.requestUpdate();
  }

  /** Back to the page the tenant was on. */
  readonly cancel = (): void => {
    this.overlay = null;
    this.focus.next = 'title';
    this.host.requestUpdate();
  };

  /** From "everything has been deleted" to the fresh check's start page. */
  readonly restart = this.cancel;

  /** Empties everything under the storage key, photos included. */
  readonly confirm = async (): Promise<void> => {
    try {
      await this.draft.flush();
      await this.draft.repository?.deleteEverythingUnder(this.host.effectiveStorageKey);
      await this.draft.open(currentDraftKey(this.host.effectiveStorageKey), freshTenantDraft());
      this.photos.clear();
      this.failed = false;
      this.overlay = 'deleted';
    } catch {
      this.failed = true;
    }
    this.focus.next = 'title';
    this.host.requestUpdate();
  };
}

export function deleteView(v: StartView, actions: DeleteController): TemplateResult {
  const { t } = v;
  return html`
    ${pageHeading(t('deleteTitle'))}
    ${actions.failed ? html`<div class="banner banner--error" role="alert"><p class="banner__body">${t('deleteFailed')}</p></div>` : ''}
    <p>${t('deleteText')}</p>
    <div class="button-group">
      <button class="button button--warning" type="button" @click=${actions.confirm}>${t('deleteConfirm')}</button>
      <button class="link" type="button" @click=${actions.cancel}>${t('deleteCancel')}</button>
    </div>
  `;
}

export function deletedView(v: StartView, actions: DeleteController): TemplateResult {
  const { t } = v;
  return html`
    <div class="panel panel--confirmation">${pageHeading(t('deletedTitle'))}</div>
    <p>${t('deletedText')}</p>
    <button class="button" type="button" @click=${actions.restart}>${t('startAgain')}</button>
  `;
}
