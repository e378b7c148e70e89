import type { OfficerAssessment } from '../../../src/elements/hhsrs-assessor/officer/officer-assessment.ts';
import { addHazard, choose, setValue } from './fixture.ts';

/** Fills the details and one hazard as worked example 1 (L = 180, Class IV most likely, [0, 4.6, 21.5]). */
export async function fillWorkedExample(
  view: OfficerAssessment,
  root: ShadowRoot,
  nation: 'england' | 'wales' = 'wales',
  date = '2026-03-02',
) {
  await setValue(root, '#details-address', 'Flat 2, 14 Mill Lane', view);
  await setValue(root, '#details-reference', 'MILL-14-2', view);
  await choose(root, `#details-nation-${nation}`, view);
  await setValue(root, '#details-date', date, view);
  await setValue(root, '#details-occupiers', '2, 34', view);
  await addHazard(root, 'damp-and-mould-growth', view);
  await setValue(root, '#hazard-0-likelihood', '180', view);
  await choose(root, '#hazard-0-class-4', view);
  await setValue(root, '#hazard-0-spread-2', '4.6', view);
  await setValue(root, '#hazard-0-spread-3', '21.5', view);
  await setValue(root, '#hazard-0-justification', 'Black mould on the bedroom ceiling, 1.5 m².', view);
}
