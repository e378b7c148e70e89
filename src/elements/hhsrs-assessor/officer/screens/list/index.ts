import { html } from 'lit';
import { checkFingerprint, fingerprintWords } from '../../../../../schema/assessment-fingerprint.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { Problem } from '../../../../../schema/zod.ts';
import type { StoredDraft } from '../../../../../storage/repository.ts';
import type { AssessmentListController } from './assessment-list.ts';
import { importAssessment } from './assessment-file.ts';

export { exportAssessment } from './assessment-file.ts';
import { officerMessages } from '../../messages.ts';
import { photosUsedBy, readStoredAssessment } from '../../stored-assessment.ts';

/**
 * Duplicating, deleting and importing assessments: fetched with the schema that reads them the first time the
 * officer does one of them, so each runs to the end once started.
 */

export async function duplicate(list: AssessmentListController, key: string): Promise<void> {
  const source = await list.host.draft.repository?.getDraft<unknown>(key);
  const value = source ? await readStoredAssessment(source.value) : undefined;
  if (value) await openAsNew(list, value);
}

/** The keys of finalised records whose fingerprint does not match them as stored. */
export async function mismatchedKeys(drafts: readonly StoredDraft[]): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const d of drafts) {
    const value = await readStoredAssessment(d.value).catch(() => undefined);
    if (value?.finalised && (await checkFingerprint(value)).status !== 'matches') keys.add(d.key);
  }
  return keys;
}

/** Nothing is deleted without a yes: the question, under the assessment it is about. */
export function confirmDelete(title: string, yes: () => void, cancel: () => void) {
  const question = `Delete “${title}”? This cannot be undone.`;
  return html`<div class="inset confirm" role="group" aria-label=${question}>
    <p>${question}</p>
    <button type="button" class="button button--warning" id="confirm-delete" @click=${yes}>Yes, delete it</button>
    <button type="button" class="button button--secondary" @click=${cancel}>Cancel</button>
  </div>`;
}

export async function remove(list: AssessmentListController, key: string): Promise<void> {
  list.pendingDelete = undefined;
  await list.host.draft.repository?.deleteDraft(key);
  await deleteUnusedPhotos(list);
  if (key === list.host.draft.key) await list.openNewest();
  else await list.refresh();
}

/** Photos no stored assessment refers to any more (a kept revision or a copy may still use one). */
async function deleteUnusedPhotos({ host }: AssessmentListController): Promise<void> {
  const repository = host.draft.repository;
  if (!repository) return;
  // A photo just added is referenced once the open draft is written.
  await host.draft.flush();
  const drafts = await repository.listDrafts(host.storageKey);
  const used = await photosUsedBy(drafts);
  for (const evidence of await repository.listEvidence(host.storageKey)) {
    if (evidence.kind === 'photo' && !used.has(evidence.id)) await repository.deleteEvidence(evidence.id);
  }
}

/**
 * An invalid file changes nothing and lists its problems; a valid one becomes a new assessment.
 * Returns what to announce, or undefined when the problems are listed (focus goes to them).
 */
export async function importFile(list: AssessmentListController, file: File): Promise<string | undefined> {
  list.importProblems = undefined;
  const result = await importAssessment(file);
  if (!result.ok) {
    list.importProblems = importProblems(result.problems);
    list.host.requestUpdate();
    return undefined;
  }
  const imported = result.assessment;
  // A finalised file comes in as a new draft; whether it is as it was finalised is said, never left silent.
  const check = imported.finalised ? await checkFingerprint(imported) : undefined;
  await openAsNew(list, imported);
  if (check && check.status !== 'matches') {
    list.importProblems = html`<div class="warning-text" tabindex="-1" role="alert" data-import-fingerprint>
      <p>${fingerprintWords(check, imported)}</p><p>It was imported as a new draft, not as a finalised assessment.</p>
    </div>`;
    list.host.requestUpdate();
  }
  return `Imported “${list.host.draft.value?.details.address || officerMessages.untitled}” as a new assessment.`;
}

function importProblems(problems: readonly Problem[]) {
  return html`<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="import-problems-title" data-import-problems>
    <h2 id="import-problems-title" class="error-summary__title">The file was not imported</h2>
    <p>Nothing has changed. Fix these problems in the file, or choose another file:</p>
    <ul class="error-summary__list">${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}</ul>
  </div>`;
}

/** A copy is a new draft: never finalised, and not a revision of anything (its id, and so its fingerprint, differ). */
async function openAsNew(list: AssessmentListController, value: Assessment): Promise<void> {
  const key = list.newKey();
  await list.open(key);
  const { finalised: _f, previous: _p, statement: _s, ...copy } = structuredClone(value);
  list.host.commitAssessment({ ...copy, id: list.idOf(key) });
  await list.host.draft.flush();
  await list.refresh();
}
