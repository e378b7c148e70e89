import { expect } from '@open-wc/testing';
import { HAZARDS } from '../../../src/core/index.ts';
import { problemById, problemsFor, TENANT_PROBLEMS, TOPIC_IDS } from '../../../src/core/tenant/index.ts';

/**
 * Each plain-English answer and the Schedule 1 hazard an inspector would assess it under (SI 2005/3208,
 * Schedule 1; FACTS.md §2 — seed 002's numbers are wrong). The name is checked too, so a shifted number fails.
 */
const rows: { id: string; hazards: [number, string][]; why: string }[] = [
  { id: 'mould', hazards: [[1, 'Damp and mould growth']], why: 'mould growth from damp is hazard 1' },
  { id: 'damp-patches', hazards: [[1, 'Damp and mould growth']], why: 'rising or penetrating damp' },
  { id: 'condensation', hazards: [[1, 'Damp and mould growth']], why: 'high humidity feeds mould and dust mites' },
  {
    id: 'water-coming-in',
    hazards: [
      [1, 'Damp and mould growth'],
      [29, 'Structural collapse and falling elements'],
    ],
    why: 'penetrating damp; failing roof or walls',
  },
  { id: 'musty-smell', hazards: [[1, 'Damp and mould growth']], why: 'a sign of damp and mould' },
  { id: 'no-heating', hazards: [[2, 'Excess cold']], why: 'the home cannot be kept warm' },
  {
    id: 'no-hot-water',
    hazards: [[17, 'Personal hygiene, sanitation and drainage']],
    why: 'hot water for washing is part of hazard 17',
  },
  { id: 'some-rooms-cold', hazards: [[2, 'Excess cold']], why: 'heating that does not reach every room' },
  { id: 'will-not-warm-up', hazards: [[2, 'Excess cold']], why: 'poor insulation' },
  { id: 'draughts', hazards: [[2, 'Excess cold']], why: 'heat lost through gaps' },
  { id: 'too-hot', hazards: [[3, 'Excess heat']], why: 'high indoor temperatures' },
  { id: 'heating-stuck-on', hazards: [[3, 'Excess heat']], why: 'uncontrollable heating' },
  { id: 'windows-do-not-open', hazards: [[3, 'Excess heat']], why: 'no way to let heat out' },
  {
    id: 'stair-rail',
    hazards: [[21, 'Falling on stairs etc.']],
    why: 'handrails and banisters are part of stair safety, hazard 21 (seed 002 says 11)',
  },
  { id: 'stairs-damaged', hazards: [[21, 'Falling on stairs etc.']], why: 'broken or uneven steps' },
  { id: 'floors', hazards: [[20, 'Falling on level surfaces etc.']], why: 'trips and slips on the level' },
  {
    id: 'bath-or-shower',
    hazards: [[19, 'Falls associated with baths etc.']],
    why: 'falls in or out of a bath or shower',
  },
  { id: 'window-or-balcony', hazards: [[22, 'Falling between levels']], why: 'falls from a window or balcony' },
  { id: 'fire-now', hazards: [[24, 'Fire']], why: 'fire and smoke (seed 002 lumps fire with electrics as 22)' },
  { id: 'no-smoke-alarm', hazards: [[24, 'Fire']], why: 'warning of fire' },
  { id: 'hard-to-escape', hazards: [[24, 'Fire']], why: 'means of escape from fire' },
  { id: 'fire-doors', hazards: [[24, 'Fire']], why: 'fire doors hold back fire and smoke' },
  {
    id: 'exposed-wires',
    hazards: [
      [23, 'Electrical hazards'],
      [24, 'Fire'],
    ],
    why: 'shock from live parts; electrical fires',
  },
  { id: 'water-on-electrics', hazards: [[23, 'Electrical hazards']], why: 'water reaching live parts' },
  { id: 'damaged-sockets', hazards: [[23, 'Electrical hazards']], why: 'broken fittings expose live parts' },
  { id: 'power-keeps-tripping', hazards: [[23, 'Electrical hazards']], why: 'a wiring or appliance fault' },
  {
    id: 'too-few-sockets',
    hazards: [
      [23, 'Electrical hazards'],
      [24, 'Fire'],
    ],
    why: 'overloaded extension leads',
  },
  {
    id: 'gas-smell',
    hazards: [
      [9, 'Uncombusted fuel gas'],
      [27, 'Explosions'],
    ],
    why: 'escaping gas can explode',
  },
  { id: 'carbon-monoxide', hazards: [[6, 'Carbon monoxide and fuel combustion products']], why: 'carbon monoxide' },
  {
    id: 'appliance-faulty',
    hazards: [[6, 'Carbon monoxide and fuel combustion products']],
    why: 'poor burning makes carbon monoxide',
  },
  {
    id: 'no-co-alarm',
    hazards: [[6, 'Carbon monoxide and fuel combustion products']],
    why: 'no warning of carbon monoxide',
  },
  {
    id: 'no-gas-safety-check',
    hazards: [
      [9, 'Uncombusted fuel gas'],
      [6, 'Carbon monoxide and fuel combustion products'],
    ],
    why: 'leaks and burning unchecked',
  },
  { id: 'mice-or-rats', hazards: [[15, 'Domestic hygiene, pests and refuse']], why: 'pests' },
  { id: 'insects', hazards: [[15, 'Domestic hygiene, pests and refuse']], why: 'insect pests' },
  { id: 'gaps-where-pests-get-in', hazards: [[15, 'Domestic hygiene, pests and refuse']], why: 'pest entry points' },
  { id: 'rubbish', hazards: [[15, 'Domestic hygiene, pests and refuse']], why: 'refuse storage' },
  { id: 'no-water', hazards: [[18, 'Water supply']], why: 'no supply of water' },
  { id: 'dirty-water', hazards: [[18, 'Water supply']], why: 'water that is not wholesome' },
  { id: 'sewage', hazards: [[17, 'Personal hygiene, sanitation and drainage']], why: 'foul drainage' },
  { id: 'no-toilet', hazards: [[17, 'Personal hygiene, sanitation and drainage']], why: 'sanitation' },
  { id: 'blocked-drains', hazards: [[17, 'Personal hygiene, sanitation and drainage']], why: 'drainage' },
  { id: 'old-lead-pipes', hazards: [[7, 'Lead']], why: 'lead pipes and paint' },
  { id: 'no-cooker', hazards: [[16, 'Food safety']], why: 'cooking facilities' },
  { id: 'kitchen-broken', hazards: [[16, 'Food safety']], why: 'surfaces that cannot be kept clean' },
  {
    id: 'bathroom-broken',
    hazards: [[17, 'Personal hygiene, sanitation and drainage']],
    why: 'washing and toilet facilities',
  },
  { id: 'burn-risk', hazards: [[25, 'Flames, hot surfaces etc.']], why: 'burns and scalds' },
  {
    id: 'hard-to-use',
    hazards: [[28, 'Position and operability of amenities etc.']],
    why: 'where fittings are and whether they can be used',
  },
  { id: 'door-will-not-lock', hazards: [[12, 'Entry by intruders']], why: 'security of the home (seed 002 says 23)' },
  { id: 'windows-will-not-lock', hazards: [[12, 'Entry by intruders']], why: 'insecure windows' },
  { id: 'shared-entrance', hazards: [[12, 'Entry by intruders']], why: 'insecure shared entrances' },
  { id: 'doors-or-windows-trap', hazards: [[26, 'Collision and entrapment']], why: 'trapping and collision' },
  { id: 'too-dark', hazards: [[13, 'Lighting']], why: 'natural light' },
  {
    id: 'lights-not-working',
    hazards: [
      [13, 'Lighting'],
      [21, 'Falling on stairs etc.'],
    ],
    why: 'artificial light, often on stairs',
  },
  { id: 'noise-comes-through', hazards: [[14, 'Noise']], why: 'sound insulation' },
  { id: 'noisy-equipment', hazards: [[14, 'Noise']], why: 'noise from the home’s own equipment' },
  { id: 'not-enough-bedrooms', hazards: [[11, 'Crowding and space']], why: 'too few bedrooms' },
  { id: 'sleeping-in-living-room', hazards: [[11, 'Crowding and space']], why: 'sleeping in living rooms' },
  { id: 'no-space', hazards: [[11, 'Crowding and space']], why: 'space to live' },
  {
    id: 'ceiling-falling',
    hazards: [[29, 'Structural collapse and falling elements']],
    why: 'parts of the building that could fall',
  },
  { id: 'cracks', hazards: [[29, 'Structural collapse and falling elements']], why: 'a moving structure' },
  {
    id: 'loose-outside',
    hazards: [[29, 'Structural collapse and falling elements']],
    why: 'falling roof tiles or gutters',
  },
  { id: 'damaged-old-boards', hazards: [[4, 'Asbestos and manufactured mineral fibres']], why: 'possible asbestos' },
];

describe('tenant answers → HHSRS hazards (Schedule 1)', () => {
  for (const { id, hazards, why } of rows) {
    it(`maps "${id}" to ${hazards.map(([n, name]) => `${n} ${name}`).join(' and ')} — ${why}`, () => {
      const problem = problemById(id);
      expect(problem, id).to.exist;
      expect(problem!.hazards).to.deep.equal(hazards.map(([number]) => number));
      for (const [number, name] of hazards) expect(HAZARDS[number - 1]!.name).to.equal(name);
    });
  }

  it('has a row above for every answer offered, so none goes untested', () => {
    expect(TENANT_PROBLEMS.map((problem) => problem.id).sort()).to.deep.equal(rows.map((row) => row.id).sort());
  });

  it('offers every topic at least two answers and gives each answer a reason', () => {
    for (const topic of TOPIC_IDS) expect(problemsFor(topic).length, topic).to.be.at.least(2);
    for (const problem of TENANT_PROBLEMS) expect(problem.why, problem.id).to.match(/^Hazards? \d+/);
  });

  it('does not know an answer from another version of the tool', () => {
    expect(problemById('haunted')).to.equal(undefined);
  });
});
