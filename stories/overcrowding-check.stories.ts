import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/overcrowding-check/define.ts';
import { MemoryRepository } from '../src/storage/memory-repository.ts';
import { OVERCROWDING_DRAFT_VERSION, type OvercrowdingDraft } from '../src/schema/overcrowding.ts';

interface Args {
  units: 'metric' | 'imperial';
  lang: 'en' | 'cy';
}

/** A repository in memory holding one saved check, so a story opens on a filled form. */
async function savedCheck(draft: OvercrowdingDraft): Promise<MemoryRepository> {
  const repository = new MemoryRepository();
  await repository.saveDraft(
    {
      key: 'story/current',
      kind: 'overcrowding',
      title: 'Story',
      value: draft,
      schemaVersion: OVERCROWDING_DRAFT_VERSION,
    },
    null,
    '2026-12-01T10:00:00Z',
  );
  return repository;
}

const metres = (text: string) => ({ text, unit: 'metric' as const });
const blank = metres('');
const room = (id: string, name: string, use: OvercrowdingDraft['rooms'][number]['use'], area: string) => ({
  id,
  name,
  use,
  size: 'area' as const,
  area: metres(area),
  length: blank,
  width: blank,
  lowCeiling: blank,
});

/** A couple with a son of 15 and a daughter of 12 in a one-bedroom flat with a 10.21 m² bedroom and a living room. */
const overcrowdedFamily: OvercrowdingDraft = {
  version: OVERCROWDING_DRAFT_VERSION,
  units: 'metric',
  hmo: false,
  people: [
    { id: 'mum', name: 'Mum', age: '38', sex: 'female', partnerId: 'dad' },
    { id: 'dad', name: 'Dad', age: '40', sex: 'male', partnerId: 'mum' },
    { id: 'son', name: 'Sami', age: '15', sex: 'male', partnerId: '' },
    { id: 'daughter', name: 'Lena', age: '12', sex: 'female', partnerId: '' },
  ],
  rooms: [
    room('b1', 'Bedroom', 'bedroom', '10.21'),
    room('lr', 'Living room', 'living', '14'),
    room('k', 'Kitchen', 'kitchen', '7'),
  ],
};

/** Three sharers in a licensed HMO, one room with a sloping attic ceiling. */
const hmo: OvercrowdingDraft = {
  version: OVERCROWDING_DRAFT_VERSION,
  units: 'metric',
  hmo: true,
  people: [
    { id: 'a', name: 'Tenant A', age: '24', sex: 'female', partnerId: '' },
    { id: 'b', name: 'Tenant B', age: '31', sex: 'male', partnerId: '' },
    { id: 'c', name: 'Tenant C', age: '27', sex: 'male', partnerId: '' },
  ],
  rooms: [
    room('r1', 'Room 1', 'bedroom', '11'),
    room('r2', 'Room 2', 'bedroom', '7.2'),
    { ...room('r3', 'Attic room', 'bedroom', '9'), lowCeiling: metres('2.6') },
    room('lr', 'Shared lounge', 'living', '16'),
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/overcrowding-check',
  component: 'overcrowding-check',
  args: { units: 'metric', lang: 'en' },
  argTypes: {
    units: { control: 'inline-radio', options: ['metric', 'imperial'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args, { loaded }) => html`<overcrowding-check
    storage-key="story"
    units=${args.units}
    lang=${args.lang}
    .repository=${(loaded as { repository?: MemoryRepository }).repository ?? new MemoryRepository()}
  ></overcrowding-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A new check: nobody and no rooms yet. */
export const Empty: Story = {};

/** Typing in feet and square feet. */
export const Imperial: Story = { args: { units: 'imperial' } };

/**
 * Overcrowded by the space standard: 4 people, and 3 permitted (Table I for two rooms; Table II gives 3½, the
 * 10.21 m² bedroom counting for 1½). The room standard is met by parting the couple.
 */
export const OvercrowdedFamily: Story = {
  loaders: [async () => ({ repository: await savedCheck(overcrowdedFamily) })],
};

/** The 2018 HMO licence room sizes, with floor under a low ceiling left out. */
export const LicensedHmo: Story = { loaders: [async () => ({ repository: await savedCheck(hmo) })] };

/** The shadow root of the story's check (or its n-th, for the two-tab story), once its draft has loaded. */
async function checkRoot(canvasElement: HTMLElement, n = 0): Promise<ShadowRoot> {
  const el = canvasElement.querySelectorAll('overcrowding-check')[n];
  if (!el) throw new Error('no <overcrowding-check> in the story');
  await customElements.whenDefined('overcrowding-check');
  for (let tries = 0; !el.shadowRoot?.querySelector('form') && tries < 100; tries++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return el.shadowRoot as ShadowRoot;
}

const buttonIn = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

/** "Delete my data" pressed: GOV.UK asks first, beside the button, with focus on "Yes, delete it". */
export const AskingBeforeDeleting: Story = {
  loaders: [async () => ({ repository: await savedCheck(overcrowdedFamily) })],
  play: async ({ canvasElement }) => {
    buttonIn(await checkRoot(canvasElement), 'Delete my data')?.click();
  },
};

/**
 * Two tabs on one check (two elements with the same storage key and storage): the left one saves while the
 * right one has a change not yet saved, so the right one shows the conflict with "Keep mine" and "Use the
 * other version". Keeping yours saves it as the check and sets the other version aside; the left one, with
 * nothing unsaved, then shows yours with a notice.
 */
export const TwoTabs: Story = {
  loaders: [async () => ({ repository: await savedCheck(overcrowdedFamily) })],
  render: (args, { loaded }) => {
    const repository = (loaded as { repository: MemoryRepository }).repository;
    return html`<overcrowding-check storage-key="story" units=${args.units} lang=${args.lang} .repository=${repository}></overcrowding-check>
      <hr />
      <overcrowding-check storage-key="story" units=${args.units} lang=${args.lang} .repository=${repository}></overcrowding-check>`;
  },
  play: async ({ canvasElement }) => {
    const [left, right] = [await checkRoot(canvasElement, 0), await checkRoot(canvasElement, 1)];
    const rename = (root: ShadowRoot, name: string) => {
      const input = root.querySelector<HTMLInputElement>('[part="person"] input[id$="-name"]');
      if (!input) return;
      input.value = name;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    rename(left, 'Mum (changed in the left tab)');
    rename(right, 'Mum (changed in the right tab)');
  },
};
