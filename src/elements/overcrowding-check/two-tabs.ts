import type { DraftController } from '../controllers/draft-controller.ts';

/**
 * "Keep mine" after a two-tab conflict, for an element with one draft (`<storage-key>/current`): this
 * tab's answers become the current draft, so every tab and the next visit show them; the version the other
 * tab saved is first copied, exactly as stored, to `asideKey` under the same storage key, so nothing is
 * lost and "Delete my data" still deletes it. If the copy cannot be made, nothing changes and the conflict
 * stays for the user to decide again.
 */
export async function keepMineOverTheirs<T>(drafts: DraftController<T>, asideKey: string): Promise<void> {
  const { repository, key } = drafts;
  if (!repository || !key) return;
  const theirs = await repository.getDraft<unknown>(key);
  if (theirs) {
    const { kind, title, value, schemaVersion } = theirs;
    await repository.saveDraft({ key: asideKey, kind, title, value, schemaVersion }, null, new Date().toISOString());
  }
  await drafts.overwriteWithMine();
}
