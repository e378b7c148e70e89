import type { EvaluatedHazard, Scheme } from '../../../../../core/index.ts';
import { dayOfService, type DayOfService } from '../../../../../core/day-of-service.ts';
import { noticeTimeline, type NoticeTimeline } from '../../../../../core/deadlines.ts';
import { HhsrsInputError } from '../../../../../core/errors.ts';
import { checkServiceDate, type ServiceDateCheck } from '../../../../../core/service-date.ts';
import { NOTICE_RULES } from '../../../../../core/notice-rules.ts';
import {
  draftStatement,
  eligibleHazards,
  longDate,
  type StatementHazard,
  type StatementSection,
} from '../../../../../core/statement.ts';
import { ukDateOf } from '../../../../../core/uk-time.ts';
import type { PrintDocument } from '../../../../../print/document.ts';
import { statementLayout } from '../../../../../print/statement-layout.ts';
import type { Assessment, Statement } from '../../../../../schema/assessment.ts';
import type { Translate } from '../../../../i18n.ts';
import type { FieldError } from '../../../../ui/error-summary.ts';
import type { StatementMessages } from './statement-messages.ts';

/** The statement as it starts: nothing chosen (GOV.UK: no pre-selected answers). */
export const emptyStatement = (): Statement => ({ action: '', date: '', hazardIds: [], sections: [] });

/** The scored hazards, in the assessment's order, as the statement is drafted from them. */
export function statementHazards(evaluated: readonly EvaluatedHazard[], scheme: Scheme | undefined): StatementHazard[] {
  return evaluated.flatMap(({ entry, hazard, result, working }) =>
    hazard && result && working
      ? [
          {
            id: hazard.id,
            number: hazard.number,
            name: hazard.name,
            relevantOccupier: hazard.relevantOccupier,
            score: result.score,
            band: result.band,
            category: result.category,
            working,
            justification: entry.justification,
            prescribedFire: scheme?.prescribedFireHazards.includes(hazard.id) ?? false,
          },
        ]
      : [],
  );
}

/** The hazards the chosen action can deal with (emergency measures: Category 1 only). */
export function offeredHazards(statement: Statement, hazards: readonly StatementHazard[]): StatementHazard[] {
  return statement.action ? eligibleHazards(statement.action, hazards) : [...hazards];
}

/** The hazards ticked that the chosen action can deal with. */
export function chosenHazards(statement: Statement, hazards: readonly StatementHazard[]): StatementHazard[] {
  return offeredHazards(statement, hazards).filter((h) => statement.hazardIds.includes(h.id));
}

/** Whether the chosen action is a notice, whose dates count from its day of service (not an order or action). */
export const isServed = (statement: Statement): boolean =>
  statement.action !== '' && NOTICE_RULES[statement.action].dateIs === 'served';

/** The field each of dayOfService's inputs is typed in. */
const SERVICE_FIELD: Record<string, string> = {
  method: 'statement-method',
  sentOn: 'statement-sent',
  sentAt: 'statement-sent-at',
};

/**
 * A notice's day of service, once how and when it is sent are given (the time too, for email); or why it
 * cannot be worked out, against the field to fix; undefined while they are not all given.
 */
export function statementService(
  statement: Statement,
): { ok: DayOfService } | { fieldId: string; message: string } | undefined {
  const service = statement.service;
  if (!isServed(statement) || !service?.method || !service.sentOn) return undefined;
  if (service.method === 'email' && !service.sentAt) return undefined;
  try {
    return {
      ok: dayOfService({ method: service.method, sentOn: service.sentOn, sentAt: service.sentAt || undefined }),
    };
  } catch (error) {
    if (!(error instanceof HhsrsInputError)) throw error;
    return { fieldId: SERVICE_FIELD[error.field] ?? 'statement-sent', message: error.message };
  }
}

/** The day of service, where how and when the notice is sent give one. */
function dayOfServiceOf(statement: Statement): DayOfService | undefined {
  const service = statementService(statement);
  return service && 'ok' in service ? service.ok : undefined;
}

/** The statement with its date kept to the day of service that how and when it is sent lead to ('' until known). */
export function withServiceDate(statement: Statement): Statement {
  if (!isServed(statement) || statement.service === undefined) return statement;
  const service = statementService(statement);
  return { ...statement, date: service && 'ok' in service ? service.ok.servedOn : '' };
}

/** Where the date sent stands against the assessment: before its inspection, before it was finalised, or fine. */
export function sentCheck(statement: Statement, assessment: Assessment): ServiceDateCheck {
  const sentOn = statement.service?.sentOn;
  const { inspectionDate } = assessment.details;
  if (!isServed(statement) || !sentOn || !inspectionDate) return 'ok';
  const finalisedAt = assessment.finalised?.at;
  return checkServiceDate(sentOn, {
    inspectionDate,
    finalisedOn: finalisedAt === undefined ? undefined : ukDateOf(Date.parse(finalisedAt)),
  });
}

/** The action's dated deadlines, once the action and its date (for a notice, its day of service) are known. */
export function statementTimeline(
  statement: Statement,
  chosen: readonly StatementHazard[],
  nation: Assessment['details']['nation'],
): NoticeTimeline | undefined {
  if (!statement.action || !statement.date || !nation) return undefined;
  try {
    return noticeTimeline({
      notice: statement.action,
      category: chosen.some((h) => h.category === 1) ? 1 : 2,
      nation,
      date: statement.date,
    });
  } catch {
    return undefined;
  }
}

/** "Improvement notice (sections 11 and 12)": the title with the sections the chosen hazards fall under. */
export function actionLabel(statement: Statement, chosen: readonly StatementHazard[]): string {
  if (!statement.action) return 'Not chosen';
  const rule = NOTICE_RULES[statement.action];
  const used = [
    ...new Set(chosen.map((h) => rule.sections[h.category - 1]).filter((s): s is string => Boolean(s))),
  ].sort();
  return used.length
    ? `${rule.title} (${used.length > 1 ? 'sections' : 'section'} ${used.map((s) => s.slice(2)).join(' and ')})`
    : rule.title;
}

export const dateIsOf = (statement: Statement): NoticeTimeline['dateIs'] =>
  statement.action ? NOTICE_RULES[statement.action].dateIs : 'served';

/** What stops the statement being drafted, each tied to the field to fix. */
export function validateStatement(
  statement: Statement,
  hazards: readonly StatementHazard[],
  assessment: Assessment,
  t: Translate<StatementMessages>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!statement.action) errors.push({ fieldId: 'statement-action', message: t('errAction') });
  if (chosenHazards(statement, hazards).length === 0)
    errors.push({ fieldId: 'statement-hazards', message: t('errHazards') });
  // A notice's statement can be written before it is sent: its dates then say they count from the day of service.
  if (isServed(statement)) errors.push(...serviceErrors(statement, assessment, t));
  else if (!statement.date)
    errors.push({ fieldId: 'statement-date', message: t('errDate', t('dateLabel', dateIsOf(statement))) });
  return errors;
}

function serviceErrors(statement: Statement, assessment: Assessment, t: Translate<StatementMessages>): FieldError[] {
  const service = statement.service;
  if (!service?.method) return [];
  if (!service.sentOn) return [{ fieldId: 'statement-sent', message: t('errSentOn') }];
  if (service.method === 'email' && !service.sentAt) return [{ fieldId: 'statement-sent-at', message: t('errSentAt') }];
  if (sentCheck(statement, assessment) === 'before-inspection')
    return [
      { fieldId: 'statement-sent', message: t('errSentBeforeInspection', longDate(assessment.details.inspectionDate)) },
    ];
  const worked = statementService(statement);
  return worked && 'fieldId' in worked ? [worked] : [];
}

/** The default text for the chosen action and hazards (core/statement.ts), ready to edit. */
export function draftSections(
  assessment: Assessment,
  statement: Statement,
  hazards: readonly StatementHazard[],
): StatementSection[] {
  const { details } = assessment;
  return draftStatement({
    action: statement.action as Exclude<Statement['action'], ''>,
    date: statement.date,
    service: dayOfServiceOf(statement),
    nation: details.nation || 'england',
    address: details.address,
    hmoOrCommonParts: details.hmoOrCommonParts,
    hazards: chosenHazards(statement, hazards),
  }).sections;
}

export function statementDocument(
  assessment: Assessment,
  statement: Statement,
  hazards: readonly StatementHazard[],
  printedAt: string,
): PrintDocument {
  const chosen = chosenHazards(statement, hazards);
  return statementLayout({
    assessment,
    statement,
    actionLabel: actionLabel(statement, chosen),
    timeline: statementTimeline(statement, chosen, assessment.details.nation),
    served: isServed(statement),
    service: dayOfServiceOf(statement),
    printedAt,
  });
}
