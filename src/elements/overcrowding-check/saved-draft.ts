import type { ReactiveControllerHost } from 'lit';
import { DraftController, type OverLimit } from '../controllers/draft-controller.ts';
import type { OnDemand } from '../controllers/on-demand.ts';
import type { DraftRepository } from '../../storage/repository.ts';
import type { OvercrowdingDraft, Units } from '../../schema/overcrowding.ts';
import {
  emptyOvercrowdingDraft,
  OVERCROWDING_DRAFT_VERSION,
  OVERCROWDING_LIMITS,
} from '../../schema/overcrowding-values.ts';
import { currentDraftKey, otherTabKey } from '../../storage/drafts/keys.ts';
import { later, type Later } from './screens.ts';

/**
 * The check's one draft, `<storage-key>/current`, kept by a DraftController: opening it, telling the
 * element when it changed under it (loaded, deleted, or replaced by another tab's save), deleting
 * everything under the storage key, and settling a two-tab conflict.
 */
export class SavedDraft {
  readonly drafts: DraftController<OvercrowdingDraft>;
  /** The schema (and zod) that checks a saved draft, fetched only when there is one to check. */
  readonly schema: OnDemand<Later['saved']>;
  private known: OvercrowdingDraft | undefined;
  private opens = 0;
  /** Opens the draft again, once the schema that could not be fetched has arrived. */
  private reopen: (() => Promise<void>) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    title: (draft: OvercrowdingDraft) => string,
  ) {
    this.schema = later(host, 'saved');
    this.drafts = new DraftController<OvercrowdingDraft>(host, {
      kind: 'overcrowding',
      schemaVersion: OVERCROWDING_DRAFT_VERSION,
      title,
      revive: async (stored) => {
        const schema = await this.schema.fetch();
        if (!schema) throw new Error('The check for saved answers could not be fetched.');
        return schema.reviveOvercrowdingDraft(stored);
      },
      explain: async (stored) => (await this.schema.fetch())?.overcrowdingDraftProblems(stored) ?? [],
      overLimits: namesOverLimit,
    });
  }

  /** The saved draft is waiting for its schema, which could not be fetched (offline): show its retry. */
  get waitingForSchema(): boolean {
    return this.reopen !== undefined;
  }

  /** The draft, once loaded. */
  get value(): OvercrowdingDraft | undefined {
    return this.drafts.status === 'loading' ? undefined : this.drafts.value;
  }

  /** Another tab saved while this one had nothing unsaved, so this one now shows that version. */
  get refreshed(): boolean {
    return this.drafts.notice === 'changed-in-another-tab';
  }

  /** The browser refused storage: answers last only as long as the page. */
  get memoryOnly(): boolean {
    return this.drafts.memoryOnly;
  }

  /** Opens the draft in `repository` (or the page's own), starting from an empty one in `units`. */
  async open(repository: DraftRepository | undefined, storageKey: string, units: Units): Promise<void> {
    const open = ++this.opens;
    await this.drafts.connect(repository);
    if (open !== this.opens) return;
    this.reopen = undefined;
    try {
      await this.drafts.open(currentDraftKey(storageKey), emptyOvercrowdingDraft(units));
    } catch (error) {
      // The saved draft stays in storage, unread and untouched, until the user tries again.
      if (!this.schema.failed) throw error;
      this.reopen = () => this.open(repository, storageKey, units);
      this.host.requestUpdate();
    }
  }

  /** Call as the host updates: opens the draft again once a retried schema has arrived. */
  openWhenReady(): void {
    const reopen = this.reopen;
    if (!reopen || !this.schema.module) return;
    this.reopen = undefined;
    void reopen();
  }

  /** The draft if it changed other than by `change()` since last asked, to show afresh; else undefined. */
  private news(): OvercrowdingDraft | undefined {
    const value = this.value;
    if (!value || value === this.known) return undefined;
    this.known = value;
    return value;
  }

  /**
   * Call as the host updates, to keep the units and the draft together: returns the draft to show afresh,
   * in the units it was saved in (see `news()`); otherwise units the user has just chosen go into the draft.
   */
  follow(units: Units, unitsChanged: boolean): OvercrowdingDraft | undefined {
    const news = this.news();
    const draft = this.value;
    if (!news && unitsChanged && draft && draft.units !== units) this.change({ ...draft, units });
    return news;
  }

  /** A change the user made: shown now, saved within 500 ms. */
  change(draft: OvercrowdingDraft): void {
    this.known = draft;
    this.drafts.update(draft);
  }

  /** Deletes every draft under the storage key, then starts again from an empty draft. */
  async deleteEverything(repository: DraftRepository | undefined, storageKey: string, units: Units): Promise<void> {
    const store = this.drafts.repository ?? (await this.drafts.connect(repository));
    // A pending write must land before the delete, or it would bring the draft back.
    await this.drafts.flush();
    await store.deleteEverythingUnder(storageKey);
    await this.drafts.open(currentDraftKey(storageKey), emptyOvercrowdingDraft(units));
  }

  /** After a two-tab conflict: keep this tab's answers (the other version is set aside), or take the other's. */
  async settle(keepMine: boolean, storageKey: string): Promise<void> {
    if (keepMine) await keepMineOverTheirs(this.drafts, otherTabKey(storageKey, Date.now()));
    else await this.drafts.useSavedVersion();
  }
}

/**
 * What is over its limit: the home's `address` or `reference`, or a `person`'s or `room`'s name with its place
 * in the list. The save is held until it fits.
 */
function namesOverLimit(draft: OvercrowdingDraft): OverLimit[] {
  const over = (field: string) => (item: { name: string }, index: number) => ({
    field,
    index,
    over: item.name.length - OVERCROWDING_LIMITS.name,
  });
  const home = draft.home ?? { address: '', reference: '' };
  return [
    { field: 'address', over: home.address.length - OVERCROWDING_LIMITS.address },
    { field: 'reference', over: home.reference.length - OVERCROWDING_LIMITS.reference },
    ...draft.people.map(over('person')),
    ...draft.rooms.map(over('room')),
  ].filter((item) => item.over > 0);
}

/**
 * "Keep mine" after a two-tab conflict, for an element with one draft (`<storage-key>/current`): this
 * tab's answers become the current draft, so every tab and the next visit show them; the version the other
 * tab saved is first copied, exactly as stored, to `asideKey` under the same storage key, so nothing is
 * lost and "Delete my data" still deletes it. If the copy cannot be made, nothing changes and the conflict
 * stays for the user to decide again.
 */
async function keepMineOverTheirs<T>(drafts: DraftController<T>, asideKey: string): Promise<void> {
  const { repository, key } = drafts;
  if (!repository || !key) return;
  const theirs = await repository.getDraft<unknown>(key);
  if (theirs) {
    const { kind, title, value, schemaVersion } = theirs;
    await repository.saveDraft({ key: asideKey, kind, title, value, schemaVersion }, null, new Date().toISOString());
  }
  await drafts.overwriteWithMine();
}
