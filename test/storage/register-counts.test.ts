import { expect } from '@open-wc/testing';
import { mergeKey } from '../../src/core/register/index.ts';
import { prepareEvidence } from '../../src/evidence/prepare-evidence.ts';
import { openRegisterOf } from '../../src/storage/register/location.ts';
import { countsKey } from '../../src/storage/register/counts.ts';
import type { RegisterRepository } from '../../src/storage/register/repository.ts';
import { actionInput, freshRegister, hazardInput, pngFile, propertyInput } from '../elements/register/fixtures.ts';
import { divergedDevices } from './register-merge-fixtures.ts';

type Row = Record<string, unknown> & { owner: string };
const STORES = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions', 'evidence', 'audit'] as const;

/** Every figure the screens show, counted from every stored record of the register. */
async function fromScratch(owner: string) {
  const db = await openRegisterOf(owner);
  const rows = Object.fromEntries(
    await Promise.all(
      STORES.map(async (store) => [
        store,
        ((await db.getAll(store)) as unknown as Row[]).filter((r) => r.owner === owner),
      ]),
    ),
  ) as Record<(typeof STORES)[number], Row[]>;
  db.close();
  const figures: Record<string, number> = {};
  const add = (key: string, by = 1) => (figures[key] = (figures[key] ?? 0) + by);
  for (const store of STORES) for (const _ of rows[store]) add(store);
  for (const h of rows.hazards) {
    add(`hazards/status=${h.status}`);
    if (h.category !== null) {
      add(`hazards/category=${h.category}`);
      add(`hazards/status=${h.status}/category=${h.category}`);
    }
  }
  for (const a of rows.actions) add(`actions/state=${a.state}`);
  for (const p of rows.properties) if (p.housingSchemeId !== null) add(`properties/scheme=${p.housingSchemeId}`);
  for (const e of rows.evidence) add('evidence/bytes', Number(e.size));
  return figures;
}

/** The counts as the last write left them in the database, without the repository counting anything. */
async function keptInDatabase(owner: string) {
  const db = await openRegisterOf(owner);
  const kept = (await db.get('meta', countsKey(owner)))?.value;
  db.close();
  return kept;
}

/** The totals the lists show for each filter. */
async function listTotals(repository: RegisterRepository, scheme?: string) {
  const total = async (p: Promise<{ total: number }>) => (await p).total;
  return {
    properties: await total(repository.listProperties({ sort: 'reference', offset: 0, limit: 5 })),
    inScheme:
      scheme === undefined
        ? undefined
        : await total(repository.listProperties({ housingSchemeId: scheme, sort: 'reference', offset: 0, limit: 5 })),
    hazards: await total(repository.listHazards({ offset: 0, limit: 5 })),
    openCategory1: await total(repository.listHazards({ status: 'open', category: 1, offset: 0, limit: 5 })),
    category2: await total(repository.listHazards({ category: 2, offset: 0, limit: 5 })),
    resolved: await total(repository.listHazards({ status: 'resolved', offset: 0, limit: 5 })),
    actions: await total(repository.listActions({ offset: 0, limit: 5 })),
    openActions: await total(repository.listActions({ state: 'open', offset: 0, limit: 5 })),
  };
}

async function expectKept(repository: RegisterRepository, when: string, scheme?: string) {
  const scratch = await fromScratch(repository.storageKey);
  expect(await keptInDatabase(repository.storageKey), `kept in the write's transaction ${when}`).to.deep.equal(scratch);
  await expectRight(repository, when, scheme, scratch);
}

async function expectRight(
  repository: RegisterRepository,
  when: string,
  scheme?: string,
  known?: Record<string, number>,
) {
  const scratch = known ?? (await fromScratch(repository.storageKey));
  const get = (key: string) => scratch[key] ?? 0;
  expect(await repository.counts(), `counts ${when}`).to.deep.equal(Object.fromEntries(STORES.map((s) => [s, get(s)])));
  expect(await listTotals(repository, scheme), `list totals ${when}`).to.deep.equal({
    properties: get('properties'),
    inScheme: scheme === undefined ? undefined : get(`properties/scheme=${scheme}`),
    hazards: get('hazards'),
    openCategory1: get('hazards/status=open/category=1'),
    category2: get('hazards/category=2'),
    resolved: get('hazards/status=resolved'),
    actions: get('actions'),
    openActions: get('actions/state=open'),
  });
}

describe('register counts: kept with every write, so lists and the data screen read one key', () => {
  let register: Awaited<ReturnType<typeof freshRegister>>;
  beforeEach(async () => {
    register = await freshRegister();
  });
  afterEach(() => register.close());

  it('match the records after adds, edits that change a filter, deletions, a scheme deleted, policy and retention', async () => {
    const { repository } = register;
    await expectRight(repository, 'on an empty register');
    const scheme = await repository.save(
      'housingSchemes',
      { name: 'Mill Court', commissioner: '', notes: '' },
      null,
      'Jo',
    );
    const p1 = await repository.save('properties', propertyInput('P-1', { housingSchemeId: scheme.id }), null, 'Jo');
    const p2 = await repository.save('properties', propertyInput('P-2'), null, 'Jo');
    const damp = await repository.save('hazards', hazardInput(p1.id), null, 'Jo');
    const fire = await repository.save(
      'hazards',
      hazardInput(p2.id, { hazardId: 'fire', category: 2, score: 600, band: 'D' }),
      null,
      'Jo',
    );
    await repository.save(
      'hazards',
      hazardInput(p2.id, { hazardId: 'noise', category: null, score: null, band: null, status: 'reported' }),
      null,
      'Jo',
    );
    const action = await repository.save('actions', actionInput(p1.id, damp.id), null, 'Jo');
    const photo = await prepareEvidence(await pngFile(), { allow: ['image'] });
    if (!photo.ok) throw new Error(photo.message);
    await repository.addEvidence(
      { recordId: action.id, propertyId: p1.id, kind: 'photo', file: photo, note: '', takenAt: null },
      'Jo',
    );
    await expectKept(repository, 'after adding', scheme.id);
    expect((await repository.listHazards({ status: 'open', category: 1, offset: 0, limit: 5 })).total).to.equal(1);

    await repository.save('hazards', { ...damp, status: 'resolved', resolvedOn: '2026-03-20' }, damp.revision, 'Jo');
    await repository.save('hazards', { ...fire, category: 1, score: 1200, band: 'C' }, fire.revision, 'Jo');
    await repository.save(
      'actions',
      { ...action, state: 'completed', completedOn: '2026-03-19' },
      action.revision,
      'Jo',
    );
    await repository.save('properties', { ...p2, housingSchemeId: scheme.id }, p2.revision, 'Jo');
    await expectKept(repository, 'after edits that move records between filters', scheme.id);
    expect((await repository.listHazards({ status: 'resolved', offset: 0, limit: 5 })).total).to.equal(1);

    await repository.remove('housingSchemes', scheme.id, 'Jo');
    await expectKept(repository, 'after deleting a housing scheme, which leaves its properties in none');
    await repository.setPolicy(await repository.getPolicy(), 'Jo');
    await expectKept(repository, 'after a policy change');
    expect(await repository.deleteRetained([damp.id], 1, '2027-06-01', 'Jo')).to.equal(1);
    await expectKept(repository, 'after retention deleted a closed hazard with its action and evidence');
    await repository.remove('properties', p2.id, 'Jo');
    await expectKept(repository, 'after deleting a property with its hazards');
  });

  it('match the records after an import, a restore and deleting everything, counted once and kept', async () => {
    const { repository } = register;
    await repository.save('properties', propertyInput('P-1'), null, 'Jo');
    await repository.counts();
    await repository.saveMany({ properties: ['P-2', 'P-3'].map((ref) => propertyInput(ref)) }, 'Jo');
    await expectKept(repository, 'after an import');
    const backup = JSON.parse(JSON.stringify(await repository.exportBackup()));
    const p4 = await repository.save('properties', propertyInput('P-4'), null, 'Jo');
    await repository.save('hazards', hazardInput(p4.id), null, 'Jo');
    expect((await repository.restoreBackup(backup, 'Jo')).ok).to.equal(true);
    expect(await keptInDatabase(repository.storageKey), 'a restore leaves no counts that could be wrong').to.equal(
      undefined,
    );
    await expectRight(repository, 'after a restore');
    await expectKept(repository, 'once counted after the restore');
    await repository.deleteEverything();
    await expectRight(repository, 'after deleting everything');
  });

  it('match the records after a merge from another device', async () => {
    register.close();
    const devices = await divergedDevices();
    try {
      const { repository, backupB } = devices;
      await repository.counts();
      const checked = await repository.checkMerge(backupB);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      const conflict = checked.merge.plan.items.find((item) => item.kind === 'conflict')!;
      await repository.applyMerge(checked.merge, new Map([[mergeKey(conflict), 'there']]), 'Jo');
      await expectRight(repository, 'after a merge');
    } finally {
      await devices.close();
    }
  });
});
