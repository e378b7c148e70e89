import type { ReactiveControllerHost } from 'lit';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTenantDraft } from '../../../schema/tenant-values.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import type { PageFocus } from './page-focus.ts';
import type { TenantPhotos } from './photos.ts';
import type { DeleteActions } from './views/intro.ts';
import { currentDraftKey } from '../../../storage/drafts/keys.ts';

export interface DeleteHost extends ReactiveControllerHost {
  readonly effectiveStorageKey: string;
}

/**
 * "Delete everything this tool saved": the question, asked in place of the page, then that everything has
 * gone (or that it could not be, to try again). Afterwards a fresh check is shown, not saved until answered.
 */
export class DeleteController implements DeleteActions {
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
