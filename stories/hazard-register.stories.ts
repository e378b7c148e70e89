import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hazard-register/define.ts';
import { openRegisterRepository } from '../src/storage/register/open.ts';
import type { RecordInput, RegisterRepository } from '../src/storage/register/repository.ts';

/** Each story keeps its own register in the browser's IndexedDB, emptied and filled again when it loads. */
async function register(
  storageKey: string,
  fill?: (repository: RegisterRepository) => Promise<void>,
): Promise<{ repository: RegisterRepository }> {
  const repository = await openRegisterRepository(storageKey);
  await repository.deleteEverything();
  if (fill) {
    await repository.setSetting('who', 'Priya Shah');
    await fill(repository);
  }
  return { repository };
}

const home = (
  reference: string,
  addressLine1: string,
  housingSchemeId: string | null,
  nextInspectionDate: string | null,
): RecordInput<'properties'> => ({
  reference,
  addressLine1,
  addressLine2: '',
  town: 'Anytown',
  postcode: 'AN1 2BC',
  housingSchemeId,
  landlordType: 'social',
  nation: 'england',
  nextInspectionDate,
  notes: '',
});

const hazard = (propertyId: string, change: Partial<RecordInput<'hazards'>>): RecordInput<'hazards'> => ({
  propertyId,
  assessmentId: null,
  hazardId: 'damp-and-mould-growth',
  location: 'Back bedroom',
  description: 'Black mould behind the wardrobe',
  foundOn: '2026-02-02',
  reportedBy: 'inspection',
  likelihood: null,
  spread: null,
  score: 1714,
  band: 'C',
  category: 1,
  status: 'open',
  escalatedOn: null,
  resolvedOn: null,
  awaabs: null,
  investigationEndedOn: null,
  ...change,
});

/** A supported-housing provider's small portfolio: two services, one overdue repair, one resident's report. */
async function portfolio(repository: RegisterRepository): Promise<void> {
  const riverside = await repository.save(
    'housingSchemes',
    { name: 'Riverside Supported Living', commissioner: 'Anytown County Council', notes: '' },
    null,
    'Priya Shah',
  );
  const oak = await repository.save(
    'housingSchemes',
    { name: 'Oak House', commissioner: 'Anytown County Council', notes: '' },
    null,
    'Priya Shah',
  );
  const mill = await repository.save(
    'properties',
    home('RSL-001', 'Flat 1, 4 Mill Lane', riverside.id, '2026-06-01'),
    null,
    'Priya Shah',
  );
  await repository.save(
    'properties',
    home('RSL-002', 'Flat 2, 4 Mill Lane', riverside.id, '2026-06-01'),
    null,
    'Priya Shah',
  );
  const oakHouse = await repository.save(
    'properties',
    home('OAK-001', 'Oak House, 9 Church Street', oak.id, null),
    null,
    'Priya Shah',
  );
  await repository.save(
    'assessments',
    {
      propertyId: mill.id,
      inspectionDate: '2026-02-02',
      inspector: 'Priya Shah',
      schemeId: 'england-2005',
      source: 'entered',
      notes: '',
    },
    null,
    'Priya Shah',
  );
  const damp = await repository.save(
    'hazards',
    hazard(mill.id, { awaabs: { riskLevel: 'significant', awareAt: '2026-02-02T10:30' } }),
    null,
    'Priya Shah',
  );
  await repository.save(
    'actions',
    {
      propertyId: mill.id,
      hazardId: damp.id,
      description: 'Treat mould and fit an extractor fan',
      assignee: 'Sam Patel',
      contractor: 'Dry Homes Ltd',
      costPence: 45000,
      raisedOn: '2026-02-02',
      targetDate: '2026-02-16',
      completedOn: null,
      outcome: '',
      state: 'open',
      notice: null,
    },
    null,
    'Priya Shah',
  );
  await repository.save(
    'hazards',
    hazard(oakHouse.id, {
      hazardId: 'falling-on-stairs',
      location: 'Main stairs',
      description: 'Loose handrail',
      reportedBy: 'key-worker',
      score: null,
      band: null,
      category: null,
      status: 'reported',
      foundOn: '2026-03-01',
    }),
    null,
    'Priya Shah',
  );
}

const meta: Meta = {
  title: 'Elements/hazard-register',
  component: 'hazard-register',
  render: (args, { loaded }) => html`<hazard-register
    storage-key=${args['storage-key'] as string}
    today="2026-03-10"
    .repository=${(loaded as { repository: RegisterRepository }).repository}
  ></hazard-register>`,
};
export default meta;

type Story = StoryObj;

/** First use on a device: the register asks for the user's name, which every change is recorded with. */
export const FirstUse: Story = {
  args: { 'storage-key': 'story:register-first-use' },
  loaders: [() => register('story:register-first-use')],
};

/** A portfolio of three homes in two services: an overdue Category 1 repair under Awaab’s Law, a key worker’s report awaiting assessment. */
export const Portfolio: Story = {
  args: { 'storage-key': 'story:register-portfolio' },
  loaders: [() => register('story:register-portfolio', portfolio)],
};
