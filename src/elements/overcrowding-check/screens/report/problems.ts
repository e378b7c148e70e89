import { decimalText } from '../../../../core/overcrowding/exact-area.ts';
import type { OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';
import type { FormReading, InputProblem } from '../../types.ts';
import { personLabel, roomLabel } from '../cards/messages.ts';
import type { OvercrowdingMessages } from './messages.ts';
import { fieldId, readDraft } from './read-draft.ts';

/** The draft read as the law needs it, each problem put into words. */
export function readForm(draft: OvercrowdingDraft, m: OvercrowdingMessages, units: Units): FormReading {
  const { problems, input } = readDraft(draft);
  const shown = problems.map((problem) => {
    const who = problem.kind === 'person' ? personLabel(draft, m, problem.id) : roomLabel(draft, m, problem.id);
    return { ...problem, fieldId: fieldId(problem), message: problemText(problem, who, m, units) };
  });
  return { problems: shown, input };
}

/** A problem in words that say what is wrong and how to put it right. */
export function problemText(problem: InputProblem, who: string, m: OvercrowdingMessages, units: Units): string {
  if (problem.kind === 'person') {
    switch (problem.code) {
      case 'missing':
        return m.ageMissing(who);
      case 'negative':
        return m.ageNegative(who);
      case 'too-old':
        return m.ageTooOld(who);
      case 'no-sex':
        return m.sexMissing(who);
      case 'partner-missing':
        return m.partnerMissing(who);
      case 'partner-not-mutual':
        return m.partnerNotMutual(who);
      case 'partner-under-16':
        return m.partnerUnder16(who);
      default:
        return m.ageNotANumber(who);
    }
  }
  if (problem.field === 'use') return m.useMissing(who);
  if (problem.field === 'counts') return m.countsMissing(who);
  if (problem.field === 'lowCeiling') {
    if (problem.code === 'more-than-floor' && problem.floor) {
      const unit = problem.floor.unit === 'metric' ? m.unitSquareMetres : m.unitSquareFeet;
      return m.lowCeilingTooBig(who, m.areaFigure(decimalText(problem.floor.area), unit));
    }
    return problem.code === 'negative' ? m.lowCeilingNegative(who) : m.lowCeilingNotANumber(who);
  }
  const what = problem.field === 'area' ? m.whatArea : problem.field === 'length' ? m.whatLength : m.whatWidth;
  switch (problem.code) {
    case 'missing':
      return m.sizeMissing(who, what);
    case 'negative':
      return m.sizeNegative(who, what);
    case 'zero':
      return m.sizeZero(who, what);
    case 'too-big':
      return m.areaTooBig(who, m.limitArea(units));
    case 'too-long':
      return m.lengthTooLong(who, what, m.limitLength(units));
    default:
      return m.sizeNotANumber(who, what);
  }
}
