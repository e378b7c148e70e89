import type { EmergencyId, TopicId } from './types.ts';

/**
 * Each answer to "What is the problem?", mapped to the HHSRS hazard(s) an inspector would assess it under
 * (Schedule 1 numbers, FACTS.md §2) and a starting indicative seriousness. `why` says what in the hazard's
 * description the answer falls under (HHSRS Operating Guidance, 2006, hazard profiles).
 *
 * Hazards 5 (biocides), 8 (radiation: radon), 10 (volatile organic compounds) and 27 (explosions) are not
 * offered: a tenant cannot see them, and an inspector looks for them on any visit.
 */
export interface TenantProblem {
  id: string;
  topic: TopicId;
  /** Schedule 1 numbers, the one an inspector would start with first. */
  hazards: readonly number[];
  /** Before "how bad is it?" and "who lives there?" move it up or down (see indicativeResult). */
  base: 'serious' | 'moderate' | 'minor';
  /**
   * Get help now. `always`: whatever else was answered. `cold-and-vulnerable`: only when the weather is cold
   * now and a child under 5 or someone 65 or over lives there (the relevant occupiers of hazards 17 and 2).
   */
  emergency?: { id: EmergencyId; when: 'always' | 'cold-and-vulnerable' };
  why: string;
}

export const TENANT_PROBLEMS: readonly TenantProblem[] = [
  // Damp and mould
  {
    id: 'mould',
    topic: 'damp-and-mould',
    hazards: [1],
    base: 'moderate',
    why: 'Hazard 1 covers mould and fungal growth caused by damp or high humidity.',
  },
  {
    id: 'damp-patches',
    topic: 'damp-and-mould',
    hazards: [1],
    base: 'moderate',
    why: 'Hazard 1: rising or penetrating damp makes walls wet.',
  },
  {
    id: 'condensation',
    topic: 'damp-and-mould',
    hazards: [1],
    base: 'minor',
    why: 'Hazard 1: condensation is high humidity, which feeds mould and dust mites.',
  },
  {
    id: 'water-coming-in',
    topic: 'damp-and-mould',
    hazards: [1, 29],
    base: 'moderate',
    why: 'Hazard 1: penetrating damp through roofs, walls or windows; hazard 29 when the fabric is failing.',
  },
  {
    id: 'musty-smell',
    topic: 'damp-and-mould',
    hazards: [1],
    base: 'minor',
    why: 'Hazard 1: a musty smell and spoiled belongings are signs of damp and mould.',
  },

  // Cold, heating and hot water
  {
    id: 'no-heating',
    topic: 'cold',
    hazards: [2],
    base: 'serious',
    emergency: { id: 'no-heat-vulnerable', when: 'cold-and-vulnerable' },
    why: 'Hazard 2: without working heating the home cannot be kept warm.',
  },
  {
    id: 'no-hot-water',
    topic: 'cold',
    hazards: [17],
    base: 'serious',
    emergency: { id: 'no-heat-vulnerable', when: 'cold-and-vulnerable' },
    why: 'Hazard 17 includes hot and cold water for washing.',
  },
  {
    id: 'some-rooms-cold',
    topic: 'cold',
    hazards: [2],
    base: 'moderate',
    why: 'Hazard 2: heating that does not reach every room.',
  },
  {
    id: 'will-not-warm-up',
    topic: 'cold',
    hazards: [2],
    base: 'moderate',
    why: 'Hazard 2: poor insulation or heating too small for the home.',
  },
  {
    id: 'draughts',
    topic: 'cold',
    hazards: [2],
    base: 'minor',
    why: 'Hazard 2: draughts and ill-fitting windows and doors let heat out.',
  },

  // Heat
  {
    id: 'too-hot',
    topic: 'heat',
    hazards: [3],
    base: 'moderate',
    why: 'Hazard 3: high indoor temperatures, e.g. under a roof or behind large windows.',
  },
  {
    id: 'heating-stuck-on',
    topic: 'heat',
    hazards: [3],
    base: 'moderate',
    why: 'Hazard 3: heating that cannot be controlled.',
  },
  {
    id: 'windows-do-not-open',
    topic: 'heat',
    hazards: [3],
    base: 'minor',
    why: 'Hazard 3: no way to let hot air out.',
  },

  // Falls and stairs
  {
    id: 'stair-rail',
    topic: 'falls',
    hazards: [21],
    base: 'moderate',
    why: 'Hazard 21: a missing or loose handrail or banister on stairs or steps.',
  },
  {
    id: 'stairs-damaged',
    topic: 'falls',
    hazards: [21],
    base: 'moderate',
    why: 'Hazard 21: broken, uneven or slippery stairs and steps.',
  },
  {
    id: 'floors',
    topic: 'falls',
    hazards: [20],
    base: 'minor',
    why: 'Hazard 20: uneven, broken or slippery floors and paths, and trip steps.',
  },
  {
    id: 'bath-or-shower',
    topic: 'falls',
    hazards: [19],
    base: 'minor',
    why: 'Hazard 19: falls in or getting out of a bath or shower.',
  },
  {
    id: 'window-or-balcony',
    topic: 'falls',
    hazards: [22],
    base: 'moderate',
    why: 'Hazard 22: falls from windows, balconies or landings.',
  },

  // Fire and smoke alarms
  {
    id: 'fire-now',
    topic: 'fire',
    hazards: [24],
    base: 'serious',
    emergency: { id: 'fire', when: 'always' },
    why: 'Hazard 24: fire and smoke in the home.',
  },
  {
    id: 'no-smoke-alarm',
    topic: 'fire',
    hazards: [24],
    base: 'moderate',
    why: 'Hazard 24: no working way to warn people of a fire.',
  },
  { id: 'hard-to-escape', topic: 'fire', hazards: [24], base: 'serious', why: 'Hazard 24: no safe way out in a fire.' },
  {
    id: 'fire-doors',
    topic: 'fire',
    hazards: [24],
    base: 'moderate',
    why: 'Hazard 24: fire doors that do not close hold back neither fire nor smoke.',
  },

  // Electrics
  {
    id: 'exposed-wires',
    topic: 'electrics',
    hazards: [23, 24],
    base: 'serious',
    emergency: { id: 'electric-shock-risk', when: 'always' },
    why: 'Hazard 23: electric shock from exposed live parts; hazard 24: electrical faults start fires.',
  },
  {
    id: 'water-on-electrics',
    topic: 'electrics',
    hazards: [23],
    base: 'serious',
    emergency: { id: 'electric-shock-risk', when: 'always' },
    why: 'Hazard 23: water reaching live parts.',
  },
  {
    id: 'damaged-sockets',
    topic: 'electrics',
    hazards: [23],
    base: 'moderate',
    why: 'Hazard 23: broken sockets, switches and fittings expose live parts.',
  },
  {
    id: 'power-keeps-tripping',
    topic: 'electrics',
    hazards: [23],
    base: 'minor',
    why: 'Hazard 23: a fault somewhere in the wiring or an appliance.',
  },
  {
    id: 'too-few-sockets',
    topic: 'electrics',
    hazards: [23, 24],
    base: 'minor',
    why: 'Hazard 23 and 24: overloaded extension leads.',
  },

  // Gas and carbon monoxide
  {
    id: 'gas-smell',
    topic: 'gas',
    hazards: [9, 27],
    base: 'serious',
    emergency: { id: 'gas', when: 'always' },
    why: 'Hazard 9: escaping fuel gas; hazard 27: it can explode.',
  },
  {
    id: 'carbon-monoxide',
    topic: 'gas',
    hazards: [6],
    base: 'serious',
    emergency: { id: 'carbon-monoxide', when: 'always' },
    why: 'Hazard 6: carbon monoxide from faulty or badly ventilated appliances.',
  },
  {
    id: 'appliance-faulty',
    topic: 'gas',
    hazards: [6],
    base: 'serious',
    why: 'Hazard 6: yellow flames and soot are signs of poor burning, which makes carbon monoxide.',
  },
  {
    id: 'no-co-alarm',
    topic: 'gas',
    hazards: [6],
    base: 'moderate',
    why: 'Hazard 6: no warning of carbon monoxide near a fuel-burning appliance.',
  },
  {
    id: 'no-gas-safety-check',
    topic: 'gas',
    hazards: [9, 6],
    base: 'moderate',
    why: 'Hazards 9 and 6: gas appliances not checked for leaks and safe burning.',
  },

  // Pests and rubbish
  {
    id: 'mice-or-rats',
    topic: 'pests-and-rubbish',
    hazards: [15],
    base: 'moderate',
    why: 'Hazard 15: pests getting in because of the home’s design or disrepair.',
  },
  {
    id: 'insects',
    topic: 'pests-and-rubbish',
    hazards: [15],
    base: 'moderate',
    why: 'Hazard 15: cockroaches, bed bugs and other insect pests.',
  },
  {
    id: 'gaps-where-pests-get-in',
    topic: 'pests-and-rubbish',
    hazards: [15],
    base: 'minor',
    why: 'Hazard 15: holes and gaps that let pests in.',
  },
  {
    id: 'rubbish',
    topic: 'pests-and-rubbish',
    hazards: [15],
    base: 'minor',
    why: 'Hazard 15: somewhere to store rubbish until it is collected.',
  },

  // Water and drainage
  {
    id: 'no-water',
    topic: 'water-and-drainage',
    hazards: [18],
    base: 'serious',
    emergency: { id: 'no-water', when: 'always' },
    why: 'Hazard 18: no supply of clean water.',
  },
  {
    id: 'dirty-water',
    topic: 'water-and-drainage',
    hazards: [18],
    base: 'serious',
    why: 'Hazard 18: water that is not clean and wholesome.',
  },
  {
    id: 'sewage',
    topic: 'water-and-drainage',
    hazards: [17],
    base: 'serious',
    emergency: { id: 'sewage', when: 'always' },
    why: 'Hazard 17: foul drainage backing up into the home.',
  },
  {
    id: 'no-toilet',
    topic: 'water-and-drainage',
    hazards: [17],
    base: 'serious',
    emergency: { id: 'no-toilet', when: 'always' },
    why: 'Hazard 17: no working toilet in the home.',
  },
  {
    id: 'blocked-drains',
    topic: 'water-and-drainage',
    hazards: [17],
    base: 'moderate',
    why: 'Hazard 17: blocked or leaking drains and waste pipes.',
  },
  {
    id: 'old-lead-pipes',
    topic: 'water-and-drainage',
    hazards: [7],
    base: 'moderate',
    why: 'Hazard 7: lead from old pipes or old paint.',
  },

  // Kitchen and bathroom
  {
    id: 'no-cooker',
    topic: 'kitchen-and-bathroom',
    hazards: [16],
    base: 'moderate',
    why: 'Hazard 16: facilities to store, prepare and cook food.',
  },
  {
    id: 'kitchen-broken',
    topic: 'kitchen-and-bathroom',
    hazards: [16],
    base: 'minor',
    why: 'Hazard 16: sinks, worktops and cupboards that cannot be kept clean.',
  },
  {
    id: 'bathroom-broken',
    topic: 'kitchen-and-bathroom',
    hazards: [17],
    base: 'moderate',
    why: 'Hazard 17: facilities for washing and the toilet.',
  },
  {
    id: 'burn-risk',
    topic: 'kitchen-and-bathroom',
    hazards: [25],
    base: 'moderate',
    why: 'Hazard 25: burns from cookers, heaters and hot pipes in unsafe places.',
  },
  {
    id: 'hard-to-use',
    topic: 'kitchen-and-bathroom',
    hazards: [28],
    base: 'minor',
    why: 'Hazard 28: where kitchen and bathroom fittings are and whether they can be used.',
  },

  // Security, doors and windows
  {
    id: 'door-will-not-lock',
    topic: 'security',
    hazards: [12],
    base: 'serious',
    emergency: { id: 'insecure-home', when: 'always' },
    why: 'Hazard 12: the home cannot be kept secure against intruders.',
  },
  {
    id: 'windows-will-not-lock',
    topic: 'security',
    hazards: [12],
    base: 'moderate',
    why: 'Hazard 12: windows that are easy to get in through.',
  },
  {
    id: 'shared-entrance',
    topic: 'security',
    hazards: [12],
    base: 'moderate',
    why: 'Hazard 12: shared entrances that anyone can walk into.',
  },
  {
    id: 'doors-or-windows-trap',
    topic: 'security',
    hazards: [26],
    base: 'minor',
    why: 'Hazard 26: doors and windows that can trap or hit someone.',
  },

  // Noise and light
  {
    id: 'too-dark',
    topic: 'noise-and-light',
    hazards: [13],
    base: 'minor',
    why: 'Hazard 13: too little natural light.',
  },
  {
    id: 'lights-not-working',
    topic: 'noise-and-light',
    hazards: [13, 21],
    base: 'moderate',
    why: 'Hazard 13: too little artificial light; hazard 21 when it is on stairs.',
  },
  {
    id: 'noise-comes-through',
    topic: 'noise-and-light',
    hazards: [14],
    base: 'minor',
    why: 'Hazard 14: poor sound insulation in walls, floors or windows.',
  },
  {
    id: 'noisy-equipment',
    topic: 'noise-and-light',
    hazards: [14],
    base: 'minor',
    why: 'Hazard 14: noise from the home’s own equipment, such as a boiler or pipes.',
  },

  // Crowding
  {
    id: 'not-enough-bedrooms',
    topic: 'crowding',
    hazards: [11],
    base: 'moderate',
    why: 'Hazard 11: too few bedrooms for the household.',
  },
  {
    id: 'sleeping-in-living-room',
    topic: 'crowding',
    hazards: [11],
    base: 'moderate',
    why: 'Hazard 11: people sleeping in living rooms or kitchens.',
  },
  {
    id: 'no-space',
    topic: 'crowding',
    hazards: [11],
    base: 'minor',
    why: 'Hazard 11: too little space to live, cook and eat.',
  },

  // Walls, ceilings and roof
  {
    id: 'ceiling-falling',
    topic: 'structure',
    hazards: [29],
    base: 'serious',
    emergency: { id: 'collapse', when: 'always' },
    why: 'Hazard 29: a ceiling, wall or other part of the building that could fall.',
  },
  {
    id: 'cracks',
    topic: 'structure',
    hazards: [29],
    base: 'moderate',
    why: 'Hazard 29: large cracks and bulges are signs that the structure is moving.',
  },
  {
    id: 'loose-outside',
    topic: 'structure',
    hazards: [29],
    base: 'moderate',
    why: 'Hazard 29: roof tiles, gutters or chimneys that could fall.',
  },
  {
    id: 'damaged-old-boards',
    topic: 'structure',
    hazards: [4],
    base: 'moderate',
    why: 'Hazard 4: old damaged boards, ceilings or pipe lagging may contain asbestos.',
  },
];

/** The problems offered under a topic, in the order shown. */
export function problemsFor(topic: TopicId): readonly TenantProblem[] {
  return TENANT_PROBLEMS.filter((problem) => problem.topic === topic);
}

/** A problem by id, or undefined for an id this version does not know (e.g. from an older draft). */
export function problemById(id: string): TenantProblem | undefined {
  return TENANT_PROBLEMS.find((problem) => problem.id === id);
}
