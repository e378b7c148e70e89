import { waitUntil } from '../../helpers/wait.ts';
import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { canonicalJson } from '../../../src/schema/canonical.ts';
import { fillWorkedExample } from './fill.ts';
import { addHazard, choose, setValue } from './fixture.ts';
import { deepActiveElement } from '../../helpers/keyboard.ts';
import { buttonNamed } from './downloads.ts';

/** Worked examples 1 and 2 (FACTS §1): damp for a toddler, Category 2 (65, G); excess cold, Category 1 (1,714, C). */
export async function fillTwoHazards(view: OfficerAssessment, root: ShadowRoot): Promise<void> {
  await fillWorkedExample(view, root, 'england', '2026-02-16');
  await addHazard(root, 'excess-cold', view);
  await setValue(root, '#hazard-1-likelihood', '10', view);
  await choose(root, '#hazard-1-class-4', view);
  await setValue(root, '#hazard-1-spread-2', '10', view);
  await setValue(root, '#hazard-1-spread-3', '21.5', view);
  await setValue(
    root,
    '#hazard-1-justification',
    'No fixed heating in the living room; night storage heater disconnected.',
    view,
  );
}

/** Finalise → name → confirm, as an officer does it. */
export async function finalise(view: OfficerAssessment, root: ShadowRoot, name: string): Promise<void> {
  await clickFinalise(view, root);
  await setValue(root, '#finalise-name', name, view);
  buttonNamed(root, 'Finalise the assessment').click();
  await waitUntil(() => root.querySelector('[data-finalised]'), 'not finalised', { timeout: 20000 });
  await view.updateComplete;
}

/** Clicks Finalise and waits for its answer (the first click fetches the finalising part): the name asked for, or what is missing. */
export async function clickFinalise(view: OfficerAssessment, root: ShadowRoot): Promise<void> {
  buttonNamed(root, 'Finalise').click();
  const answered = () =>
    root.querySelector('#finalise-name') || deepActiveElement()?.classList.contains('error-summary');
  await waitUntil(answered, 'Finalise did nothing', { timeout: 20000 });
  await view.updateComplete;
}

/**
 * The fingerprint worked out here, independently of the element (version 2): SHA-256 over the canonical JSON
 * of the stored record without its statement, and without the fingerprint and the statement's own.
 */
export async function recomputedFingerprint(record: Record<string, unknown>): Promise<string> {
  const { finalised, statement: _s, ...rest } = record;
  const { sha256: _h, statementSha256: _ss, ...sealed } = finalised as Record<string, unknown>;
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalJson({ ...rest, finalised: sealed })),
  );
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
