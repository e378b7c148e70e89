import { dayOfService, SERVICE_METHODS } from '../core/day-of-service.ts';
import { NOTICE_RULES } from '../core/notice-rules.ts';
import {
  bandFor,
  categoryFor,
  HAZARDS,
  HhsrsInputError,
  scoreHazard,
  type HazardScore,
  type Spread,
} from '../core/index.ts';
import { AWARENESS_MEANS } from '../core/register/types.ts';
import { parseUkDateTime } from '../core/uk-time.ts';
import {
  BACKUP_FORMAT,
  POSTCODE,
  REGISTER_SCHEMA_VERSION,
  REGISTER_STORES,
  type RegisterStore,
} from './register-constants.ts';
import { z } from './zod.ts';

export { BACKUP_FORMAT, POSTCODE, REGISTER_SCHEMA_VERSION, REGISTER_STORES, type RegisterStore };

/**
 * The hazard register's persisted shapes: housing schemes → properties → assessments → hazard entries →
 * remedial actions → evidence, the audit trail, the policy settings and the backup file. Every record has
 * an id, its register's storage key (`owner`), timestamps, a schema version and a revision.
 */
const text = z.string().check(z.minLength(1), z.maxLength(500));
const note = z.string().check(z.maxLength(5000));
const isoDate = z.iso.date();
const instant = z.iso.datetime();
const count = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
// A refinement rather than z.regex, so the message says what to write instead of "must be a valid regex".
const matches = (pattern: RegExp, message: string) => z.refine<string>((value) => pattern.test(value), message);
const hazardIds = HAZARDS.map((hazard) => hazard.id) as [string, ...string[]];
const ukClock = z.string().check(
  matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time written YYYY-MM-DDTHH:MM'),
  z.refine((value) => {
    try {
      return parseUkDateTime(value, 'awareAt') > 0;
    } catch {
      return false;
    }
  }, 'must be a real date and time'),
);

const record = {
  id: text,
  owner: text,
  createdAt: instant,
  updatedAt: instant,
  schemaVersion: z.literal(REGISTER_SCHEMA_VERSION),
  revision: count(1, Number.MAX_SAFE_INTEGER),
};

export const housingSchemeSchema = z.strictObject({ ...record, name: text, commissioner: note, notes: note });

export const propertySchema = z.strictObject({
  ...record,
  housingSchemeId: z.nullable(text),
  reference: text,
  addressLine1: text,
  addressLine2: note,
  town: note,
  postcode: z.string().check(matches(POSTCODE, 'must be a UK postcode such as LS1 1UR')),
  landlordType: z.enum(['social', 'private']),
  nation: z.enum(['england', 'wales']),
  nextInspectionDate: z.nullable(isoDate),
  notes: note,
});

export const assessmentSchema = z.strictObject({
  ...record,
  propertyId: text,
  inspectionDate: isoDate,
  inspector: note,
  schemeId: text,
  source: z.enum(['entered', 'assessor-draft']),
  notes: note,
  /** The UK date an imported assessment was finalised; absent when entered here or imported unfinalised. */
  finalisedOn: z.optional(isoDate),
});

// How the landlord was first told, and a letter's class: optional, as entries made before they were asked lack them.
const awaabsSchema = z.strictObject({
  riskLevel: z.enum(['emergency', 'significant']),
  awareAt: ukClock,
  how: z.optional(z.enum(AWARENESS_MEANS)),
  postClass: z.optional(z.enum(['first', 'second'])),
});

type AddIssue = (path: (string | number)[], message: string) => void;

/**
 * The score of a hazard's likelihood and spread of harm (reg 6), or each reason the regulations do not
 * allow them, with its path. A stored score is never trusted in place of its inputs.
 */
function scoreFromInputs(likelihood: number, spread: readonly number[], add: AddIssue): HazardScore | undefined {
  const outOfRange = spread.flatMap((value, index) => (value < 0 || value > 100 ? [index] : []));
  for (const index of outOfRange) add(['spread', index], `must be a percentage from 0 to 100; got ${spread[index]}`);
  if (outOfRange.length > 0) return undefined;
  try {
    return scoreHazard({ likelihood, spread: spread as unknown as Spread });
  } catch (error) {
    if (!(error instanceof HhsrsInputError)) throw error;
    // The core's message starts with the field's name, which the path already gives.
    add([error.field], error.message.replace(new RegExp(`^${error.field} `), ''));
    return undefined;
  }
}

export const hazardEntrySchema = z
  .strictObject({
    ...record,
    propertyId: text,
    assessmentId: z.nullable(text),
    hazardId: z.enum(hazardIds),
    location: note,
    description: note,
    foundOn: isoDate,
    reportedBy: z.enum(['inspection', 'resident', 'key-worker']),
    likelihood: z.nullable(finite),
    spread: z.nullable(z.tuple([finite, finite, finite, finite])),
    score: z.nullable(count(0, 1_000_000_000)),
    band: z.nullable(text),
    category: z.nullable(z.union([z.literal(1), z.literal(2)])),
    status: z.enum(['reported', 'open', 'resolved', 'no-action']),
    escalatedOn: z.nullable(isoDate),
    resolvedOn: z.nullable(isoDate),
    awaabs: z.nullable(awaabsSchema),
    investigationEndedOn: z.nullable(isoDate),
    // Awaab's Law steps (FACTS.md §4). Optional, not nullable: entries written before they existed have no
    // such fields, and absent means not yet recorded, so those entries stay valid version 1 records.
    writtenSummarySentOn: z.optional(isoDate),
    madeSafeAt: z.optional(ukClock),
    furtherWorksStartedOn: z.optional(isoDate),
  })
  .check(
    z.superRefine((entry, ctx) => {
      const add = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, input: entry });
      let inputsWrong = false;
      const addAt: AddIssue = (path, message) => {
        inputsWrong = true;
        ctx.addIssue({ code: 'custom', path, message, input: entry });
      };
      if (entry.likelihood === null && entry.spread !== null)
        addAt(['likelihood'], 'is missing: a spread of harm needs the likelihood it goes with');
      else if (entry.likelihood !== null && entry.spread === null)
        addAt(['spread'], 'is missing: a likelihood needs the spread of harm it goes with');
      else if (entry.likelihood !== null && entry.spread !== null) {
        const worked = scoreFromInputs(entry.likelihood, entry.spread, addAt);
        if (worked && entry.score !== worked.score)
          addAt(['score'], `must be ${worked.score}, the score of its likelihood and spread of harm`);
      }
      // Band and category follow from the score: checked once the score itself is right.
      if (!inputsWrong) {
        if (entry.score === null) {
          if (entry.band !== null || entry.category !== null)
            add('score', 'is missing: a band or category needs the score it comes from');
        } else if (entry.band !== bandFor(entry.score))
          add('band', `must be ${bandFor(entry.score)} for a score of ${entry.score}`);
        else if (entry.category !== categoryFor(entry.band))
          add('category', `must be ${categoryFor(entry.band)} for band ${entry.band}`);
      }
      const dealtWith = entry.status === 'resolved' || entry.status === 'no-action';
      if (dealtWith !== (entry.resolvedOn !== null))
        add(
          'resolvedOn',
          dealtWith
            ? `is missing: when was it ${entry.status === 'resolved' ? 'resolved' : 'closed'}?`
            : 'must be empty while the hazard is open',
        );
      for (const step of ['writtenSummarySentOn', 'madeSafeAt', 'furtherWorksStartedOn'] as const) {
        if (entry.awaabs === null && entry[step] !== undefined)
          add(step, 'must be empty: the risk has no Awaab’s Law classification');
      }
    }),
  );

const noticeTypes = Object.keys(NOTICE_RULES) as [keyof typeof NOTICE_RULES, ...(keyof typeof NOTICE_RULES)[]];

/**
 * A notice served or order made. `servedOn` is the day of service (or of making); for a served notice,
 * how it was sent (`method`, `sentOn`, and `sentAt` for email) is optional, because notices recorded before
 * it was asked have only `servedOn`. When given, `servedOn` must be the day of service they lead to.
 */
const noticeSchema = z.strictObject({
  type: z.enum(noticeTypes),
  servedOn: isoDate,
  method: z.optional(z.enum(SERVICE_METHODS)),
  sentOn: z.optional(isoDate),
  sentAt: z.optional(z.string().check(matches(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM'))),
});
type NoticeRecord = z.infer<typeof noticeSchema>;

function noticeProblems(notice: NoticeRecord, add: (path: string, message: string) => void): void {
  const { method, sentOn, sentAt } = notice;
  if (method === undefined && sentOn === undefined && sentAt === undefined) return;
  const rule = NOTICE_RULES[notice.type];
  if (rule.dateIs !== 'served') add('method', `must be empty: a ${rule.title.toLowerCase()} is not served`);
  else if (method === undefined) add('method', 'is missing: how was the notice sent?');
  else if (sentOn === undefined) add('sentOn', 'is missing: when was the notice sent?');
  else if (method !== 'email' && sentAt !== undefined) add('sentAt', 'must be empty: only an email’s time is kept');
  else {
    try {
      const served = dayOfService({ method, sentOn, sentAt }).servedOn;
      if (notice.servedOn !== served)
        add('servedOn', `must be ${served}, the day of service of a notice sent that way`);
    } catch (error) {
      if (!(error instanceof HhsrsInputError)) throw error;
      add(error.field, error.message.replace(new RegExp(`^${error.field} `), ''));
    }
  }
}

export const actionSchema = z
  .strictObject({
    ...record,
    propertyId: text,
    hazardId: text,
    description: text,
    assignee: note,
    contractor: note,
    costPence: z.nullable(count(0, 100_000_000_00)),
    raisedOn: isoDate,
    targetDate: isoDate,
    completedOn: z.nullable(isoDate),
    outcome: note,
    /** 'open' until completedOn is set: kept so lists can be filtered on an index. */
    state: z.enum(['open', 'completed']),
    notice: z.nullable(noticeSchema),
  })
  .check(
    z.superRefine((action, ctx) => {
      const add = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, input: action });
      if (action.targetDate < action.raisedOn)
        add('targetDate', `must be on or after the day it was raised (${action.raisedOn})`);
      if (action.completedOn !== null && action.completedOn < action.raisedOn)
        add('completedOn', `must be on or after the day it was raised (${action.raisedOn})`);
      if (action.state !== (action.completedOn === null ? 'open' : 'completed'))
        add('state', `must be ${action.completedOn === null ? 'open' : 'completed'}`);
      if (action.notice) noticeProblems(action.notice, (path, message) => add(`notice.${path}`, message));
    }),
  );

const evidenceFields = {
  ...record,
  recordId: text,
  propertyId: text,
  kind: z.enum(['photo', 'invoice', 'inspection-note', 'document']),
  originalName: text,
  type: z.enum(['image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'text/plain']),
  size: count(0, Number.MAX_SAFE_INTEGER),
  takenAt: z.nullable(instant),
  sha256: z.string().check(matches(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
  note: note,
};
export const evidenceSchema = z.strictObject({ ...evidenceFields, blob: z.instanceof(Blob) });
/** In a backup file the bytes travel as base64. */
export const backupEvidenceSchema = z.strictObject({
  ...evidenceFields,
  data: z.string().check(matches(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')),
});

export const auditEntrySchema = z.strictObject({
  ...record,
  recordId: text,
  /** 'register': a change to the register as a whole (its policy settings, a restore from backup). */
  store: z.enum([...REGISTER_STORES, 'register']),
  change: z.enum(['created', 'updated', 'deleted', 'restored', 'imported']),
  who: text,
  at: instant,
  summary: note,
  changes: z.array(z.strictObject({ field: text, before: z.unknown(), after: z.unknown() })),
});

export const policySchema = z.strictObject({
  assessmentCurrentMonths: count(1, 120),
  category1RemedialDays: count(0, 3650),
  category2RemedialDays: count(0, 3650),
  applyAwaabsLaw: z.boolean(),
  reportEscalationDays: count(0, 3650),
  reportingPeriodMonths: count(1, 120),
});

/** A full backup of one register: every record, the audit trail, the policy, and each file's bytes. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: instant,
  storageKey: text,
  policy: z.nullable(policySchema),
  housingSchemes: z.array(housingSchemeSchema),
  properties: z.array(propertySchema),
  assessments: z.array(assessmentSchema),
  hazards: z.array(hazardEntrySchema),
  actions: z.array(actionSchema),
  evidence: z.array(backupEvidenceSchema),
  audit: z.array(auditEntrySchema),
});

export type RegisterBackup = z.infer<typeof backupSchema>;
export type HousingSchemeRecord = z.infer<typeof housingSchemeSchema>;
export type PropertyRecord = z.infer<typeof propertySchema>;
export type AssessmentRecord = z.infer<typeof assessmentSchema>;
export type HazardEntryRecord = z.infer<typeof hazardEntrySchema>;
export type ActionRecord = z.infer<typeof actionSchema>;
export type EvidenceRecord = z.infer<typeof evidenceSchema>;
export type BackupEvidence = z.infer<typeof backupEvidenceSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type PolicySettings = z.infer<typeof policySchema>;

export interface RegisterRecords {
  housingSchemes: HousingSchemeRecord;
  properties: PropertyRecord;
  assessments: AssessmentRecord;
  hazards: HazardEntryRecord;
  actions: ActionRecord;
  evidence: EvidenceRecord;
}

export const RECORD_SCHEMAS = {
  housingSchemes: housingSchemeSchema,
  properties: propertySchema,
  assessments: assessmentSchema,
  hazards: hazardEntrySchema,
  actions: actionSchema,
  evidence: evidenceSchema,
} as const;
