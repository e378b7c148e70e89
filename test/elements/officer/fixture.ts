import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait.ts';
import { deleteDB } from 'idb';
import { DATABASE_NAME } from '../../../src/storage/database.ts';
import { defineOnce } from '../../../src/elements/define-once.ts';
import { HhsrsAssessor } from '../../../src/elements/hhsrs-assessor/hhsrs-assessor.ts';
import { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';

defineOnce('hhsrs-officer-assessment', OfficerAssessment);
defineOnce('hhsrs-assessor', HhsrsAssessor);

export async function freshDatabase(): Promise<void> {
  await deleteDB(DATABASE_NAME);
}

/** `<hhsrs-assessor mode="officer">` as a page would embed it, once its draft has loaded. */
export async function officerFixture(storageKey = 'test-officer') {
  const host = await fixture<HhsrsAssessor>(
    html`<hhsrs-assessor mode="officer" storage-key=${storageKey}></hhsrs-assessor>`,
  );
  await host.updateComplete;
  const view = host.shadowRoot!.querySelector('hhsrs-officer-assessment') as OfficerAssessment;
  await waitUntil(() => view.draft.status !== 'loading' && view.draft.value, 'the draft did not load', {
    timeout: 20000,
  });
  await partsLoaded(view);
  return { host, view, root: view.shadowRoot! };
}

/** Waits until no part of the view still says “Loading…” (parts a saved assessment needs are fetched as it opens). */
export async function partsLoaded(view: OfficerAssessment): Promise<void> {
  await view.updateComplete;
  const loading = () =>
    [...view.shadowRoot!.querySelectorAll('[role="status"]')].some((el) => el.textContent?.trim() === 'Loading…');
  await waitUntil(() => !loading(), 'a part of the view did not load', { timeout: 20000 });
  await view.updateComplete;
}

/** Clicks “Add” for a hazard, as an officer does, and waits for its card: the first one fetches the scoring part. */
export async function addHazard(root: ShadowRoot, hazardId: string, view: OfficerAssessment): Promise<void> {
  q<HTMLButtonElement>(root, `[data-add="${hazardId}"]`).click();
  await waitUntil(() => root.querySelector(`[data-hazard="${hazardId}"]`), `${hazardId} was not added`, {
    timeout: 20000,
  });
  await view.updateComplete;
}

export function q<T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Sets a control as a user would, firing the events the element listens to, and waits for any part it brings. */
export async function setValue(
  root: ShadowRoot,
  selector: string,
  value: string,
  view: OfficerAssessment,
): Promise<void> {
  const el = q<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(root, selector);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await partsLoaded(view);
}

export async function choose(root: ShadowRoot, selector: string, view: OfficerAssessment): Promise<void> {
  q<HTMLInputElement>(root, selector).click();
  await partsLoaded(view);
}
