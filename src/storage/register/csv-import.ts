import { bandFor, categoryFor } from '../../core/index.ts';
import {
  applyMapping,
  guessMapping,
  parseCsv,
  readChoice,
  readDate,
  readHazard,
  readWholeNumber,
  unmappedRequired,
  type CellResult,
  type ColumnMapping,
  type ColumnSpec,
} from '../../core/register/index.ts';
import type { HousingSchemeRecord, PropertyRecord, RegisterStore } from '../../schema/register.ts';
import { POSTCODE } from '../../schema/register-constants.ts';
import { registerPart } from './part.ts';
import { RegisterValidationError, type RecordInput, type RegisterRepository, type SaveBatch } from './repository.ts';

/**
 * Importing properties or hazards from a spreadsheet: read the file, match its columns, check every row,
 * and say exactly what would happen (a dry run) before anything is written. Writing is all or nothing.
 */
export type ImportTable = 'properties' | 'hazards';

export const IMPORT_COLUMNS: Record<ImportTable, readonly ColumnSpec[]> = {
  properties: [
    {
      field: 'reference',
      label: 'Reference',
      required: true,
      aliases: ['ref', 'property reference', 'property ref', 'uprn'],
    },
    { field: 'addressLine1', label: 'Address line 1', required: true, aliases: ['address', 'address 1', 'street'] },
    { field: 'addressLine2', label: 'Address line 2', required: false, aliases: ['address 2'] },
    { field: 'town', label: 'Town', required: false, aliases: ['city', 'town or city'] },
    { field: 'postcode', label: 'Postcode', required: true, aliases: ['post code'] },
    { field: 'landlordType', label: 'Landlord type', required: true, aliases: ['landlord', 'tenure'] },
    { field: 'nation', label: 'Nation', required: true, aliases: ['country'] },
    {
      field: 'nextInspectionDate',
      label: 'Next inspection date',
      required: false,
      aliases: ['next inspection', 'inspection due'],
    },
    { field: 'housingScheme', label: 'Housing scheme', required: false, aliases: ['scheme', 'service'] },
    { field: 'notes', label: 'Notes', required: false, aliases: [] },
  ],
  hazards: [
    {
      field: 'propertyReference',
      label: 'Property reference',
      required: true,
      aliases: ['reference', 'property', 'ref'],
    },
    { field: 'hazard', label: 'Hazard', required: true, aliases: ['hazard number', 'hazard name'] },
    { field: 'location', label: 'Location', required: false, aliases: ['room', 'where'] },
    { field: 'description', label: 'Description', required: false, aliases: ['details', 'what was found'] },
    { field: 'foundOn', label: 'Found on', required: true, aliases: ['date found', 'reported on', 'date'] },
    { field: 'reportedBy', label: 'Reported by', required: true, aliases: ['how reported', 'source'] },
    { field: 'score', label: 'Score', required: false, aliases: ['hhsrs score'] },
  ],
};

export interface ImportRow {
  /** The line of the file, counting the heading as line 1. */
  line: number;
  problems: string[];
  /** What would be written, when the row has no problems. */
  summary: string;
}

export interface ImportPlan {
  table: ImportTable;
  header: string[];
  mapping: ColumnMapping;
  /** Problems with the file as a whole (a required column missing, a broken quote). */
  fileProblems: string[];
  rows: ImportRow[];
  /** Housing schemes named in the file that do not exist yet and would be created. */
  newSchemes: string[];
  batch: SaveBatch;
}

const LANDLORD = {
  social: ['housing association', 'council', 'registered provider', 'local authority'],
  private: ['private landlord', 'prs'],
} as const;
const NATION = { england: ['eng'], wales: ['cymru', 'wal'] } as const;
const REPORTED_BY = {
  inspection: ['inspector', 'officer', 'survey'],
  resident: ['tenant', 'occupier'],
  'key-worker': ['keyworker', 'support worker', 'staff'],
} as const;

function take<T>(result: CellResult<T>, label: string, problems: string[]): T | undefined {
  if (result.ok) return result.value;
  problems.push(`${label}: ${result.message}`);
  return undefined;
}

export interface PlanOptions {
  /** Told how many rows are checked so far, every few hundred rows. */
  onProgress?: (checked: number, total: number) => void;
  /** Stops the check between rows: `planImport` then rejects with an 'AbortError'. */
  signal?: AbortSignal;
}

/** Rows checked between reports of progress, each followed by a pause that lets the page respond. */
const ROWS_PER_STEP = 500;

async function step(index: number, total: number, options: PlanOptions): Promise<void> {
  if (index % ROWS_PER_STEP !== 0) return;
  options.onProgress?.(index, total);
  await new Promise((resolve) => setTimeout(resolve, 0));
  options.signal?.throwIfAborted();
}

const CHECKED_AT = '2000-01-01T00:00:00.000Z';

/**
 * The problems the import's write would find with a record: the same check (`stamp`, the record schema)
 * run now, so a dry run that passes a row cannot be followed by an import that fails on it.
 */
type Stamp = typeof import('./idb.ts').stamp;
let stamp: Stamp | undefined;

function writeProblems<S extends RegisterStore>(
  store: S,
  input: RecordInput<S>,
  labels: Readonly<Record<string, string>>,
): string[] {
  try {
    (stamp as Stamp)('dry-run', store, input, undefined, CHECKED_AT);
    return [];
  } catch (error) {
    if (!(error instanceof RegisterValidationError)) throw error;
    return error.problems.map(
      (problem) => `${labels[problem.path.split(/[.[]/)[0] as string] ?? problem.path}: ${problem.message}`,
    );
  }
}

const labelsOf = (table: ImportTable) =>
  Object.fromEntries(IMPORT_COLUMNS[table].map((spec) => [spec.field, spec.label]));

/**
 * Reads a CSV file and works out what importing it would do, touching nothing: every check the import
 * makes, so the two cannot disagree.
 * @param mapping the user's choice of column for each field; guessed from the headings when not given
 */
export async function planImport(
  repository: RegisterRepository,
  table: ImportTable,
  text: string,
  mapping?: ColumnMapping,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const parsed = parseCsv(text);
  const [header = [], ...data] = parsed.rows;
  const specs = IMPORT_COLUMNS[table];
  const chosen = mapping ?? guessMapping(header, specs);
  const missing = unmappedRequired(chosen, specs);
  const fileProblems = [
    ...parsed.problems,
    ...missing.map((label) => `No column is chosen for “${label}”, which every row needs.`),
  ];
  const plan: ImportPlan = { table, header, mapping: chosen, fileProblems, rows: [], newSchemes: [], batch: {} };
  if (fileProblems.length > 0) return plan;
  // The record checks (and zod) arrive when a file is first checked, not with the Import and export page.
  stamp ??= (await registerPart(import('./idb.ts'))).stamp;
  if (table === 'properties') await planProperties(repository, data, plan, options);
  else await planHazards(repository, data, plan, options);
  options.onProgress?.(data.length, data.length);
  return plan;
}

async function planProperties(
  repository: RegisterRepository,
  data: string[][],
  plan: ImportPlan,
  options: PlanOptions,
): Promise<void> {
  const schemes = new Map(
    (await repository.listHousingSchemes()).map((scheme: HousingSchemeRecord) => [
      scheme.name.toLowerCase(),
      scheme.id,
    ]),
  );
  const seen = new Set<string>();
  const properties: RecordInput<'properties'>[] = [];
  const newSchemes: RecordInput<'housingSchemes'>[] = [];
  const labels = { ...labelsOf('properties'), name: 'Housing scheme', housingSchemeId: 'Housing scheme' };
  for (const [index, row] of data.entries()) {
    await step(index, data.length, options);
    const cells = applyMapping(row, plan.mapping);
    const problems: string[] = [];
    const reference = cells.reference ?? '';
    if (seen.has(reference)) problems.push(`Reference: ${reference} appears earlier in the file`);
    else if (reference && (await repository.propertyByReference(reference)))
      problems.push(`Reference: ${reference} is already in the register`);
    seen.add(reference);
    for (const field of ['reference', 'addressLine1', 'postcode', 'landlordType', 'nation'] as const) {
      if (!cells[field])
        problems.push(`${IMPORT_COLUMNS.properties.find((spec) => spec.field === field)?.label}: is empty`);
    }
    const postcode = (cells.postcode ?? '')
      .toUpperCase()
      .replace(/\s+/g, '')
      .replace(/^(.+)(\d[A-Z]{2})$/, '$1 $2');
    if (cells.postcode && !POSTCODE.test(postcode)) problems.push(`Postcode: “${cells.postcode}” is not a UK postcode`);
    const landlordType = cells.landlordType
      ? take(readChoice(cells.landlordType, LANDLORD), 'Landlord type', problems)
      : undefined;
    const nation = cells.nation ? take(readChoice(cells.nation, NATION), 'Nation', problems) : undefined;
    const next = cells.nextInspectionDate
      ? take(readDate(cells.nextInspectionDate), 'Next inspection date', problems)
      : null;
    plan.rows.push({ line: index + 2, problems, summary: `${reference}, ${cells.addressLine1 ?? ''}, ${postcode}` });
    if (problems.length > 0) continue;
    const key = cells.housingScheme?.toLowerCase();
    const newScheme =
      key && !schemes.has(key)
        ? { id: crypto.randomUUID(), name: cells.housingScheme as string, commissioner: '', notes: '' }
        : undefined;
    const input: RecordInput<'properties'> = {
      housingSchemeId: key ? (schemes.get(key) ?? (newScheme as { id: string }).id) : null,
      reference,
      addressLine1: cells.addressLine1 as string,
      addressLine2: cells.addressLine2 ?? '',
      town: cells.town ?? '',
      postcode,
      landlordType: landlordType as PropertyRecord['landlordType'],
      nation: nation as PropertyRecord['nation'],
      nextInspectionDate: next ?? null,
      notes: cells.notes ?? '',
    };
    problems.push(
      ...(newScheme ? writeProblems('housingSchemes', newScheme, labels) : []),
      ...writeProblems('properties', input, labels),
    );
    if (problems.length > 0) continue;
    if (newScheme) {
      schemes.set(key as string, newScheme.id);
      plan.newSchemes.push(newScheme.name);
      newSchemes.push(newScheme);
    }
    properties.push(input);
  }
  plan.batch = { housingSchemes: newSchemes, properties };
}

async function planHazards(
  repository: RegisterRepository,
  data: string[][],
  plan: ImportPlan,
  options: PlanOptions,
): Promise<void> {
  const hazards: RecordInput<'hazards'>[] = [];
  const properties = new Map<string, string | undefined>();
  const labels = { ...labelsOf('hazards'), hazardId: 'Hazard', band: 'Score', category: 'Score' };
  for (const [index, row] of data.entries()) {
    await step(index, data.length, options);
    const cells = applyMapping(row, plan.mapping);
    const problems: string[] = [];
    const reference = cells.propertyReference ?? '';
    if (!properties.has(reference)) properties.set(reference, (await repository.propertyByReference(reference))?.id);
    const propertyId = properties.get(reference);
    if (!propertyId)
      problems.push(`Property reference: ${reference || '(empty)'} is not in the register; import the property first`);
    const hazardId = take(readHazard(cells.hazard ?? ''), 'Hazard', problems);
    const foundOn = take(readDate(cells.foundOn ?? ''), 'Found on', problems);
    const reportedBy = take(readChoice(cells.reportedBy ?? '', REPORTED_BY), 'Reported by', problems);
    const score = cells.score ? take(readWholeNumber(cells.score), 'Score', problems) : null;
    plan.rows.push({
      line: index + 2,
      problems,
      summary: `${reference}: ${cells.hazard ?? ''}, found ${foundOn ?? cells.foundOn ?? ''}`,
    });
    if (problems.length > 0) continue;
    const band = score === null || score === undefined ? null : bandFor(score);
    const input: RecordInput<'hazards'> = {
      propertyId: propertyId as string,
      assessmentId: null,
      hazardId: hazardId as string,
      location: cells.location ?? '',
      description: cells.description ?? '',
      foundOn: foundOn as string,
      reportedBy: reportedBy as RecordInput<'hazards'>['reportedBy'],
      likelihood: null,
      spread: null,
      score: score ?? null,
      band,
      category: band === null ? null : categoryFor(band),
      status: band === null ? 'reported' : 'open',
      escalatedOn: null,
      resolvedOn: null,
      awaabs: null,
      investigationEndedOn: null,
    };
    problems.push(...writeProblems('hazards', input, labels));
    if (problems.length === 0) hazards.push(input);
  }
  plan.batch = { hazards };
}

/** Writes the rows of a plan that have no problems (rows with problems are skipped), in one transaction. */
export async function commitImport(repository: RegisterRepository, plan: ImportPlan, who: string): Promise<number> {
  await repository.saveMany(plan.batch, who);
  return (plan.batch.properties ?? plan.batch.hazards ?? []).length;
}
