import type { ReactiveControllerHost } from 'lit';
import { downloadBlob } from '../../print/download.ts';
import type { Units } from '../../schema/overcrowding.ts';
import type { DraftRepository } from '../../storage/repository.ts';
import { HhsrsErrorEvent, type HhsrsErrorKind } from '../events.ts';
import type { ShellMessages } from './messages.ts';
import type { SavedDraft } from './saved-draft.ts';

export interface ActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly repository: DraftRepository | undefined;
  readonly storageKey: string;
  readonly units: Units;
  createPdf(): Promise<Blob>;
}

/**
 * What the user asks for besides typing — a PDF, deleting their data (asking first), settling a two-tab
 * conflict — each announced under the actions once done, or with why it failed; focus goes where the
 * user can carry on.
 */
export class ActionsController {
  /** Said under the actions: a PDF being made, something done, or why it could not be. */
  announcement = '';
  /** "Delete my data" is waiting for a yes. */
  askingDelete = false;

  constructor(
    private readonly host: ActionsHost,
    private readonly saved: SavedDraft,
    private readonly words: () => ShellMessages,
    private readonly focusLater: (id: string) => void,
  ) {}

  downloadPdf = async () => {
    const m = this.words();
    this.say(m.pdfMaking);
    const work = async () => downloadBlob(await this.host.createPdf(), this.words().pdfFileName);
    this.say(await this.attempt('print', work, m.pdfReady, m.pdfFailed));
  };

  askDelete = (): void => {
    this.askingDelete = true;
    this.say('');
    this.focusLater('confirm-delete');
  };

  cancelDelete = (): void => {
    this.askingDelete = false;
    this.focusLater('delete-data');
  };

  deleteData = async () => {
    const { repository, storageKey, units } = this.host;
    const m = this.words();
    const work = () => this.saved.deleteEverything(repository, storageKey, units);
    this.say(await this.attempt('failed', work, m.deleted, m.deleteFailed));
    this.askingDelete = false;
    this.focusLater('delete-data');
  };

  /** After a two-tab conflict. Focus goes to the heading, as the banner the button was in has gone. */
  settleConflict = async (keepMine: boolean) => {
    const m = this.words();
    const work = () => this.saved.settle(keepMine, this.host.storageKey);
    const done = keepMine ? m.keptMine : m.usedOther;
    const said = await this.attempt('failed', work, done, m.saveFailedOther);
    // A save that failed or met yet another tab's save has its own banner; it is not announced as done.
    this.say(said === done && this.saved.drafts.status !== 'saved' ? '' : said);
    this.focusLater('title');
  };

  /**
   * Runs something the user asked for and returns what to announce: `done`, or `failed` after telling the
   * page with an `hhsrs-error` event.
   */
  private async attempt(
    kind: HhsrsErrorKind,
    work: () => Promise<unknown>,
    done: string,
    failed: string,
  ): Promise<string> {
    try {
      await work();
      return done;
    } catch (error) {
      this.host.dispatchEvent(new HhsrsErrorEvent(kind, error instanceof Error ? error.message : String(error)));
      return failed;
    }
  }

  private say(announcement: string): void {
    this.announcement = announcement;
    this.host.requestUpdate();
  }
}
