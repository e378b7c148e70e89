import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/hhsrs-assessor/tenant/define.ts';
import type { TenantDraft } from '../src/schema/tenant.ts';
import { freshTenantDraft, freshTopicAnswers, TENANT_DRAFT_VERSION } from '../src/schema/tenant-values.ts';
import { MemoryRepository } from '../src/storage/memory-repository.ts';

interface Args {
  lang: 'en' | 'cy';
  councilName: string;
  councilPhone: string;
  councilUrl: string;
  councilHours: string;
}

/** A repository in memory holding one saved check, so a story opens part-way through. */
async function savedCheck(draft: TenantDraft): Promise<MemoryRepository> {
  const repository = new MemoryRepository();
  await repository.saveDraft(
    { key: 'story/current', kind: 'tenant-check', title: 'Story', value: draft, schemaVersion: TENANT_DRAFT_VERSION },
    null,
    '2026-11-23T10:00:00Z',
  );
  return repository;
}

/** A council tenant in England, a toddler, black mould in the bedroom and bathroom for over six months. */
const dampFlat: TenantDraft = {
  ...freshTenantDraft(),
  nation: 'england',
  landlord: 'council',
  household: ['under-5'],
  topics: ['damp-and-mould'],
  answers: {
    'damp-and-mould': {
      kinds: ['mould', 'damp-patches'],
      severity: 'high',
      coldNow: null,
      since: 'over-6-months',
      rooms: ['bedroom', 'bathroom'],
    },
  },
  told: 'no',
  letter: {
    name: 'Sam Jones',
    address: 'Flat 2, 12 Mill Lane\nAnytown\nAN1 2BC',
    landlordName: 'Anytown Homes',
    contact: '07700 900123',
    extra: '',
  },
};

/** A housing association tenant of 70 with no heating in cold weather. */
const noHeating: TenantDraft = {
  ...freshTenantDraft(),
  page: 'emergency:cold',
  nation: 'england',
  landlord: 'housing-association',
  household: ['65-plus'],
  topics: ['cold'],
  answers: { cold: { ...freshTopicAnswers(), kinds: ['no-heating'], severity: 'high', coldNow: 'yes' } },
};

const meta: Meta<Args> = {
  title: 'Elements/hhsrs-tenant-check',
  component: 'hhsrs-tenant-check',
  args: {
    lang: 'en',
    councilName: 'Anytown Council',
    councilPhone: '01234 567890',
    councilUrl: 'https://www.example.org/housing',
    councilHours: 'Monday to Friday, 9am to 5pm',
  },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'cy'] } },
  render: (args, { loaded }) => html`<hhsrs-tenant-check
    storage-key="story"
    lang=${args.lang}
    council-name=${args.councilName}
    council-phone=${args.councilPhone}
    council-url=${args.councilUrl}
    council-hours=${args.councilHours}
    .today=${'2026-11-23'}
    .repository=${(loaded as { repository?: MemoryRepository }).repository ?? new MemoryRepository()}
  ></hhsrs-tenant-check>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The start page, with the storage notice. */
export const Start: Story = {};

/** No council details from the page: the text says "your local council" and links to GOV.UK's council finder. */
export const WithoutCouncilDetails: Story = {
  args: { councilName: '', councilPhone: '', councilUrl: '', councilHours: '' },
};

/** Emergencies interrupt the questions: no heating in cold weather for someone 65 or over. */
export const NoHeatingEmergency: Story = { loaders: [async () => ({ repository: await savedCheck(noHeating) })] };

/** The indicative result for the damp flat: "could be serious", never a score. */
export const DampFlatResults: Story = {
  loaders: [async () => ({ repository: await savedCheck({ ...dampFlat, page: 'results' }) })],
};

/** Next steps for a council tenant in England, with Awaab's Law time limits. */
export const DampFlatNextSteps: Story = {
  loaders: [async () => ({ repository: await savedCheck({ ...dampFlat, page: 'next-steps' }) })],
};

/** The letter to the landlord, ready to print, download or copy. */
export const DampFlatLetter: Story = {
  loaders: [async () => ({ repository: await savedCheck({ ...dampFlat, page: 'letter' }) })],
};

/** Scotland: the HHSRS does not apply, so the check says whom to contact instead. */
export const Scotland: Story = {
  loaders: [
    async () => ({ repository: await savedCheck({ ...freshTenantDraft(), nation: 'scotland', page: 'outside' }) }),
  ],
};

/** A council tenant in Wales with a toddler and damp, in Welsh. */
const dampFlatWales: TenantDraft = {
  ...dampFlat,
  nation: 'wales',
  answers: { 'damp-and-mould': { ...dampFlat.answers['damp-and-mould']!, kinds: ['mould', 'condensation'] } },
  letter: { ...dampFlat.letter, name: 'Siân Prys', address: '4 Heol y Dŵr\nCaerdydd\nCF10 1AA', landlordName: '' },
};

/** Yn Gymraeg: the start page with `lang="cy"`. */
export const WelshStart: Story = { args: { lang: 'cy', councilName: 'Cyngor Caerdydd' } };

/** Yn Gymraeg: next steps for a council tenant in Wales (no Awaab's Law; the Public Services Ombudsman for Wales). */
export const WelshNextSteps: Story = {
  args: { lang: 'cy', councilName: 'Cyngor Caerdydd' },
  loaders: [async () => ({ repository: await savedCheck({ ...dampFlatWales, page: 'next-steps' }) })],
};

/** Yn Gymraeg: the letter in Welsh, with the choice to write it in English instead. */
export const WelshLetter: Story = {
  args: { lang: 'cy', councilName: 'Cyngor Caerdydd' },
  loaders: [async () => ({ repository: await savedCheck({ ...dampFlatWales, page: 'letter' }) })],
};

/** After the letter: sent by post five days ago, so the tenant waits until the 14 days are up. */
export const FollowUpWaiting: Story = {
  loaders: [
    async () => ({
      repository: await savedCheck({
        ...dampFlat,
        landlord: 'private',
        page: 'follow-up',
        sent: { how: 'post', day: '18', month: '11', year: '2026' },
      }),
    }),
  ],
};

/** After the letter: sent 15 days ago to a private landlord, so the next step is the council, with the problems listed. */
export const FollowUpCouncilStep: Story = {
  loaders: [
    async () => ({
      repository: await savedCheck({
        ...dampFlat,
        landlord: 'private',
        page: 'follow-up',
        sent: { how: 'email', day: '8', month: '11', year: '2026' },
      }),
    }),
  ],
};

/** After the letter: a council tenant in England, with the Awaab's Law dates counted from the day it was sent. */
export const FollowUpAwaabsLaw: Story = {
  loaders: [
    async () => ({
      repository: await savedCheck({
        ...dampFlat,
        page: 'follow-up',
        sent: { how: 'by-hand', day: '23', month: '11', year: '2026' },
      }),
    }),
  ],
};
