import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { TenantDraft } from '../../../schema/tenant.ts';
import { freshTenantDraft } from '../../../schema/tenant-values.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { couldNotLoad, type OnDemandWords } from '../../controllers/on-demand.ts';
import type { TenantPhotos } from './photos.ts';
import { currentDraftKey } from '../../../storage/drafts/keys.ts';

export interface OpeningHost extends ReactiveControllerHost {
  readonly repository: DraftRepository | undefined;
  readonly effectiveStorageKey: string;
}

/**
 * Opening the tenant's saved check, and its photos, as the element connects and whenever its storage key or
 * repository changes: the latest opening wins. A saved check that cannot be read (its schema could not be
 * fetched, offline) is kept, and read again on "Try again".
 */
export class OpeningController implements ReactiveController {
  /** The saved check could not be read. */
  failed = false;
  private opening = 0;

  constructor(
    private readonly host: OpeningHost,
    private readonly draft: DraftController<TenantDraft>,
    private readonly photos: TenantPhotos,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.open();
  }

  async open(): Promise<void> {
    const opening = ++this.opening;
    const { draft, host } = this;
    await draft.connect(host.repository);
    if (opening !== this.opening) return;
    this.setFailed(false);
    try {
      await draft.open(currentDraftKey(host.effectiveStorageKey), freshTenantDraft());
    } catch {
      this.setFailed(opening === this.opening);
      return;
    }
    if (opening === this.opening && draft.repository)
      await this.photos.load(draft.repository, host.effectiveStorageKey);
  }

  /** In place of every page when the saved check could not be read. */
  readAgain(words: OnDemandWords): TemplateResult {
    return couldNotLoad(words, () => void this.open());
  }

  /** Like a state property: the element is drawn again only when the value changes. */
  private setFailed(failed: boolean): void {
    if (this.failed === failed) return;
    this.failed = failed;
    this.host.requestUpdate();
  }
}
