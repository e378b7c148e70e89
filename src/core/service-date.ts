import { toDayNumber } from './iso-date.ts';

/**
 * Whether the day a notice was sent fits the assessment it rests on. A notice cannot be sent before the
 * inspection that found the hazard, so that is refused; one sent before the assessment was finalised may rest
 * on figures that changed afterwards, which is worth a warning but can be right (an emergency notice).
 */
export type ServiceDateCheck = 'ok' | 'before-inspection' | 'before-finalised';

export interface ServiceDateAssessment {
  /** YYYY-MM-DD of the inspection. */
  inspectionDate: string;
  /** YYYY-MM-DD (UK date) the assessment was finalised, where that is known. */
  finalisedOn?: string | undefined;
}

/**
 * @throws HhsrsInputError naming "sentOn", "inspectionDate" or "finalisedOn" when one is not a real YYYY-MM-DD date
 */
export function checkServiceDate(sentOn: string, assessment: ServiceDateAssessment): ServiceDateCheck {
  const sent = toDayNumber(sentOn, 'sentOn');
  if (sent < toDayNumber(assessment.inspectionDate, 'inspectionDate')) return 'before-inspection';
  if (assessment.finalisedOn !== undefined && sent < toDayNumber(assessment.finalisedOn, 'finalisedOn'))
    return 'before-finalised';
  return 'ok';
}
