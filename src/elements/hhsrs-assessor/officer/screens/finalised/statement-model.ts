import type { EvaluatedHazard, Scheme } from '../../../../../core/index.ts';
import { noticeTimeline, type NoticeTimeline } from '../../../../../core/deadlines.ts';
import { NOTICE_RULES } from '../../../../../core/notice-rules.ts';
import {
  draftStatement,
  eligibleHazards,
  type StatementHazard,
  type StatementSection,
} from '../../../../../core/statement.ts';
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

/** The action's dated deadlines, once the action and date are given. */
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
  t: Translate<StatementMessages>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!statement.action) errors.push({ fieldId: 'statement-action', message: t('errAction') });
  if (chosenHazards(statement, hazards).length === 0)
    errors.push({ fieldId: 'statement-hazards', message: t('errHazards') });
  if (!statement.date)
    errors.push({ fieldId: 'statement-date', message: t('errDate', t('dateLabel', dateIsOf(statement))) });
  return errors;
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
    printedAt,
  });
}
