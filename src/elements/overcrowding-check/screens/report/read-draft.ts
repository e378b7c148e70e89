import {
  decimal,
  exceeds,
  fromFeet,
  fromSquareFeet,
  isZero,
  parseDecimal,
  times,
  toNumber,
  type Decimal,
} from '../../../../core/overcrowding/exact-area.ts';
import type { HhsrsInputError } from '../../../../core/errors.ts';
import { ROOM_USES, type Person } from '../../../../core/overcrowding.ts';
import { validatePeople } from '../../../../core/overcrowding/validate.ts';
import type { DraftPerson, DraftRoom, Measure, OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';
import type {
  DraftReading,
  FloorArea,
  InputProblem,
  PersonField,
  ProblemCode,
  ReadRoom,
  RoomField,
} from '../../types.ts';

export type { DraftReading, InputProblem } from '../../types.ts';

/** The form's measures (text as typed, in the unit it was typed in) as exact decimals; see core/overcrowding/exact-area.ts. */

/** A length typed in metres or feet, exactly in metres. */
export function metres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : fromFeet(value);
}

/** An area typed in m² or sq ft, exactly in m². */
export function squareMetres(value: Decimal, unit: Units): Decimal {
  return unit === 'metric' ? value : fromSquareFeet(value);
}

/** A measure that parses, with its exact value. */
export function measuredValue(measure: Measure): Decimal | undefined {
  const parsed = parseDecimal(measure.text);
  return parsed.ok ? parsed.value : undefined;
}

export const MAX_AGE = 130;
/** Limits that catch a slip of the finger; no room in a home is this big. */
const MAX_AREA = { metric: decimal(1000), imperial: decimal(10764) } as const;
const MAX_LENGTH = { metric: decimal(100), imperial: decimal(330) } as const;

/** The DOM id of the control for a field (the first radio of a group). */
export function fieldId(problem: Pick<InputProblem, 'kind' | 'id' | 'field'>): string {
  const control = problem.field === 'sex' ? 'sex-female' : problem.field === 'counts' ? 'counts-yes' : problem.field;
  return `${problem.kind}-${problem.id}-${control}`;
}

function readPerson(
  person: DraftPerson,
  byId: Map<string, DraftPerson>,
  report: (f: PersonField, c: ProblemCode) => void,
): Person | null {
  const age = parseDecimal(person.age);
  let years: number | null = null;
  if (!age.ok) report('age', age.problem);
  else if (exceeds(age.value, decimal(MAX_AGE))) report('age', 'too-old');
  else years = toNumber(age.value);
  if (person.sex === '') report('sex', 'no-sex');
  let partnerId: string | undefined;
  if (person.partnerId !== '') {
    const partner = byId.get(person.partnerId);
    if (!partner || partner === person) report('partner', 'partner-missing');
    else if (partner.partnerId !== person.id) report('partner', 'partner-not-mutual');
    else partnerId = partner.id;
  }
  if (years === null || person.sex === '') return null;
  return partnerId === undefined
    ? { id: person.id, age: years, sex: person.sex }
    : { id: person.id, age: years, sex: person.sex, partnerId };
}

/** A positive measure within its limit, or null after reporting what is wrong. */
function positive(
  measure: Measure,
  limits: typeof MAX_AREA,
  tooBig: ProblemCode,
  report: (c: ProblemCode) => void,
): Decimal | null {
  const parsed = parseDecimal(measure.text);
  if (!parsed.ok) report(parsed.problem);
  else if (isZero(parsed.value)) report('zero');
  else if (exceeds(parsed.value, limits[measure.unit])) report(tooBig);
  else return parsed.value;
  return null;
}

/** The floor area exactly in m², and in sq ft when every figure was typed in feet. */
function floorArea(
  room: DraftRoom,
  report: (f: RoomField, c: ProblemCode) => void,
): { exact: Decimal; feet: Decimal | null } | null {
  if (room.size === 'area') {
    const typed = positive(room.area, MAX_AREA, 'too-big', (code) => report('area', code));
    if (!typed) return null;
    return { exact: squareMetres(typed, room.area.unit), feet: room.area.unit === 'imperial' ? typed : null };
  }
  const length = positive(room.length, MAX_LENGTH, 'too-long', (code) => report('length', code));
  const width = positive(room.width, MAX_LENGTH, 'too-long', (code) => report('width', code));
  if (!length || !width) return null;
  const exact = times(metres(length, room.length.unit), metres(width, room.width.unit));
  const feet = room.length.unit === 'imperial' && room.width.unit === 'imperial' ? times(length, width) : null;
  if (feet ? exceeds(feet, MAX_AREA.imperial) : exceeds(exact, MAX_AREA.metric)) {
    report('length', 'too-big');
    return null;
  }
  return { exact, feet };
}

function readRoom(
  room: DraftRoom,
  hmo: boolean,
  report: (f: RoomField, c: ProblemCode, floor?: FloorArea) => void,
): ReadRoom | null {
  if (room.use === '') report('use', 'no-use');
  // s.325(2)(b), s.326(2)(b): a use that may count (a kitchen-diner) needs the user's decision.
  const mayCount = ROOM_USES.some((row) => row.use === room.use && row.counts === 'may-count');
  if (mayCount && room.counts !== 'yes' && room.counts !== 'no') report('counts', 'no-counts');
  const area = floorArea(room, report);
  let low: Decimal | null = null;
  if (hmo && room.lowCeiling.text.trim() !== '') {
    const parsed = parseDecimal(room.lowCeiling.text);
    if (!parsed.ok) report('lowCeiling', parsed.problem);
    else low = squareMetres(parsed.value, room.lowCeiling.unit);
    if (low && area && exceeds(low, area.exact)) {
      report(
        'lowCeiling',
        'more-than-floor',
        area.feet ? { area: area.feet, unit: 'imperial' } : { area: area.exact, unit: 'metric' },
      );
    }
  }
  if (room.use === '' || area === null || (mayCount && room.counts !== 'yes' && room.counts !== 'no')) return null;
  // Typed wholly in feet: core gets square feet, so the s.326 tables see the figure as typed.
  const base = area.feet ? { squareFeet: toNumber(area.feet) } : { squareMetres: toNumber(area.exact) };
  const lowPart = low ? { lowCeilingSquareMetres: toNumber(low) } : {};
  const decided = mayCount ? { counts: room.counts === 'yes' } : {};
  return { room: { id: room.id, use: room.use, ...decided, ...base, ...lowPart }, exactSquareMetres: area.exact };
}

/**
 * Core's own refusal of a couple (a partner under 16, FACTS §5), shown on the card of the person it names.
 * Asked once each person reads; the partner links themselves were checked above.
 */
function partnerAges(people: readonly Person[], draft: OvercrowdingDraft, problems: InputProblem[]): void {
  try {
    validatePeople(people);
  } catch (error) {
    const index = Number(/^people\[(\d+)\]\.partnerId$/.exec((error as HhsrsInputError).field)?.[1]);
    const person = draft.people[index] as DraftPerson;
    problems.push({ kind: 'person', index, id: person.id, field: 'partner', code: 'partner-under-16' });
  }
}

/** Reads the draft as the law needs it, listing every problem in the order of the form. */
export function readDraft(draft: OvercrowdingDraft): DraftReading {
  const problems: InputProblem[] = [];
  const byId = new Map(draft.people.map((person) => [person.id, person]));
  const people = draft.people.map((person, index) =>
    readPerson(person, byId, (field, code) => problems.push({ kind: 'person', index, id: person.id, field, code })),
  );
  if (problems.length === 0) partnerAges(people as Person[], draft, problems);
  const rooms = draft.rooms.map((room, index) =>
    readRoom(room, draft.hmo, (field, code, floor) =>
      problems.push({ kind: 'room', index, id: room.id, field, code, ...(floor ? { floor } : {}) }),
    ),
  );
  const complete = problems.length === 0 && people.length > 0 && rooms.length > 0;
  return {
    problems,
    input: complete ? { people: people as Person[], rooms: rooms as ReadRoom[] } : null,
  };
}
