import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hhsrs-assessor/define.ts';
import type { Assessment } from '../src/schema/assessment.ts';
import { ASSESSMENT_SCHEMA_VERSION, emptyAssessment } from '../src/schema/assessment-values.ts';
import { MemoryRepository } from '../src/storage/memory-repository.ts';

const STORAGE_KEY = 'story:officer';

/** A repository in memory holding one saved assessment, so the story opens with it. */
async function withAssessment(assessment: Assessment): Promise<MemoryRepository> {
  const repository = new MemoryRepository();
  await repository.saveDraft(
    {
      key: `${STORAGE_KEY}/${assessment.id}`,
      kind: 'assessment',
      title: assessment.details.address,
      value: assessment,
      schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    },
    null,
    '2026-11-23T10:00:00Z',
  );
  return repository;
}

/** A flat in England inspected in March 2024: damp and mould (the guidance's worked example) and excess cold. */
const scored: Assessment = {
  ...emptyAssessment('mill-lane'),
  schemeId: 'england-2005',
  details: {
    address: 'Flat 2, 14 Mill Lane, Anytown AN1 2BC',
    reference: 'HH/2024/0117',
    nation: 'england',
    inspectionDate: '2024-03-01',
    inspector: 'A. Officer',
    occupiers: '2, 34, 36',
    hmoOrCommonParts: false,
    notes: 'Tenant reports mould in the back bedroom since last winter.',
  },
  hazards: [
    {
      hazardId: 'damp-and-mould-growth',
      likelihood: 180,
      mostLikelyClass: 4,
      spread: [0, 4.6, 21.5, 0],
      justification:
        'Black mould on the external wall of the bedroom where the toddler sleeps; no extractor in the bathroom.',
    },
    {
      hazardId: 'excess-cold',
      likelihood: 10,
      mostLikelyClass: 4,
      spread: [0, 10, 21.5, 0],
      justification: 'Single glazing and a broken storage heater in the living room; bedroom at 12 °C at 11am.',
    },
  ],
};

/** Details started but not finished, and a hazard with no likelihood or justification yet. */
const unfinished: Assessment = {
  ...emptyAssessment('unfinished'),
  details: { ...emptyAssessment('').details, address: '3 Station Road, Anytown' },
  hazards: [
    { hazardId: 'falling-on-stairs', likelihood: null, mostLikelyClass: null, spread: [0, 0, 0, 0], justification: '' },
  ],
};

/** Waits for the officer view inside the element to render, then returns its shadow root. */
async function officerView(canvas: HTMLElement): Promise<ShadowRoot> {
  for (let i = 0; i < 100; i++) {
    const root = canvas
      .querySelector('hhsrs-assessor')
      ?.shadowRoot?.querySelector('hhsrs-officer-assessment')?.shadowRoot;
    if (root?.querySelector('#details-address')) return root;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The officer view did not render');
}

const meta: Meta = {
  title: 'Elements/hhsrs-assessor (officer)',
  component: 'hhsrs-assessor',
  render: (_args, { loaded }) => html`<hhsrs-assessor
    mode="officer"
    storage-key=${STORAGE_KEY}
    .repository=${(loaded as { repository?: MemoryRepository }).repository ?? new MemoryRepository()}
  ></hhsrs-assessor>`,
};
export default meta;

type Story = StoryObj;

/** A new assessment: nothing typed yet, every hazard ready to add. */
export const Empty: Story = {};

/** Details given and two hazards scored: Category 2 (Band G, 65) and Category 1 (Band C, 1,714), with the working. */
export const Filled: Story = {
  loaders: [async () => ({ repository: await withAssessment(scored) })],
};

/** "Check assessment" pressed on an unfinished one: the error summary takes focus and each field says what is missing. */
export const Errors: Story = {
  loaders: [async () => ({ repository: await withAssessment(unfinished) })],
  play: async ({ canvasElement }) => {
    const root = await officerView(canvasElement);
    const check = [...root.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Check assessment',
    );
    check?.click();
  },
};
