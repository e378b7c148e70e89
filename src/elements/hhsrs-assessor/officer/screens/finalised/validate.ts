import type { EvaluatedHazard } from '../../../../../core/index.ts';
import type { Assessment } from '../../../../../schema/assessment.ts';
import type { FieldError } from '../../../../ui/error-summary.ts';
import { checkText as t } from './check-messages.ts';

export { checkText } from './check-messages.ts';

/** Ages typed as "2, 34, 71": whole numbers 0 to 130, or undefined if any is not. */
export function parseAges(text: string): number[] | undefined {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const ages = parts.map(Number);
  return ages.every((age, i) => /^\d+$/.test(parts[i]!) && age <= 130) ? ages : undefined;
}

/** What stops the assessment being complete, in page order, each tied to the field to fix. */
export function validateAssessment(assessment: Assessment, evaluated: readonly EvaluatedHazard[]): FieldError[] {
  const errors: FieldError[] = [];
  const { details } = assessment;
  if (!details.address.trim()) errors.push({ fieldId: 'details-address', message: t('errAddress') });
  if (!details.nation) errors.push({ fieldId: 'details-nation', message: t('errNation') });
  if (!details.inspectionDate) errors.push({ fieldId: 'details-date', message: t('errDate') });
  if (details.occupiers.trim() && !parseAges(details.occupiers))
    errors.push({ fieldId: 'details-occupiers', message: t('errOccupiers') });
  evaluated.forEach((item, index) => {
    const name = item.hazard ? `${item.hazard.number}. ${item.hazard.name}` : item.entry.hazardId;
    if (item.missing.includes('likelihood'))
      errors.push({ fieldId: `hazard-${index}-likelihood`, message: t('errLikelihood', name) });
    if (item.missing.includes('mostLikelyClass'))
      errors.push({ fieldId: `hazard-${index}-class`, message: t('errClass', name) });
    if (item.error) errors.push({ fieldId: `hazard-${index}-spread`, message: `${name}: ${item.error.message}` });
    if (item.missing.includes('justification'))
      errors.push({ fieldId: `hazard-${index}-justification`, message: t('errJustification', name) });
  });
  return errors;
}
