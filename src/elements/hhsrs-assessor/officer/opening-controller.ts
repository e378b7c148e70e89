import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Assessment } from '../../../schema/assessment.ts';
import { onDatabaseBlocked } from '../../../storage/open.ts';
import type { DraftRepository } from '../../../storage/repository.ts';
import type { DraftController } from '../../controllers/draft-controller.ts';
import { couldNotLoad, ON_DEMAND_WORDS } from '../../controllers/on-demand.ts';
import type { Translate } from '../../i18n.ts';
import type { AssessmentListController } from './screens/list/assessment-list.ts';
import type { OfficerMessages } from './messages.ts';
import type { SchemePacksController } from './screens/editing/scheme-packs-controller.ts';

export interface OpeningHost extends ReactiveControllerHost {
  readonly repository: DraftRepository | undefined;
  readonly schemeSrc: string | undefined;
  readonly draft: DraftController<Assessment>;
}

/**
 * Opening the officer's storage as the view connects: the scheme packs kept there, then the most recent
 * assessment under this storage key (or a new one), then the page's `scheme-src`. Until it is open, the view
 * shows this instead: that it is on its way, that another tab blocks the database, or that it failed.
 */
export class OpeningController implements ReactiveController {
  /** Another tab keeps an older version of the database open. */
  blocked = false;
  /** The saved assessment could not be read: the code that reads it could not be fetched. */
  private failed = false;
  private opened = false;
  private stopBlocked: (() => void) | undefined;

  constructor(
    private readonly host: OpeningHost,
    private readonly packs: SchemePacksController,
    private readonly list: AssessmentListController,
    private readonly t: Translate<OfficerMessages>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stopBlocked = onDatabaseBlocked(() => this.set('blocked', true));
    void this.start();
  }

  hostDisconnected(): void {
    this.stopBlocked?.();
  }

  /** The page's `scheme-src` changed: fetched only once storage is open, which fetches it itself. */
  schemeSrcChanged(): void {
    if (this.opened) this.loadSchemeSrc();
  }

  /** In place of the assessment until it is open; undefined once it is. */
  screen(): TemplateResult | undefined {
    if (this.failed) return couldNotLoad(ON_DEMAND_WORDS, () => void this.start());
    const { draft } = this.host;
    if (draft.status === 'loading' && !draft.value) {
      return this.blocked
        ? html`<p class="warning-text" role="alert" data-blocked>${this.t('blocked')}</p>`
        : html`<p role="status">${ON_DEMAND_WORDS.loading}</p>`;
    }
    return undefined;
  }

  private async start(): Promise<void> {
    this.set('failed', false);
    try {
      const repository = await this.host.draft.connect(this.host.repository);
      await this.packs.start(repository);
      await this.list.openNewest();
    } catch {
      this.set('failed', true);
      return;
    }
    this.set('blocked', false);
    this.opened = true;
    this.loadSchemeSrc();
  }

  /** Fetched only once storage is open, so the pack is kept and nothing loaded later overwrites it. */
  private loadSchemeSrc(): void {
    const { schemeSrc } = this.host;
    if (schemeSrc) void this.packs.loadUrl(schemeSrc);
  }

  /** Like a state property: the view is drawn again only when the value changes. */
  private set(name: 'blocked' | 'failed', value: boolean): void {
    if (this[name] === value) return;
    this[name] = value;
    this.host.requestUpdate();
  }
}
