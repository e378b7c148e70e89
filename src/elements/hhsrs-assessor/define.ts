import { defineOnce } from '../define-once.ts';
import { HhsrsAssessor } from './hhsrs-assessor.ts';
import type { OfficerAssessment } from './officer/officer-assessment.ts';

// The officer and tenant views load on demand (see HhsrsAssessor), so a tenant page never carries the officer's code.
defineOnce('hhsrs-assessor', HhsrsAssessor);

declare global {
  interface HTMLElementTagNameMap {
    'hhsrs-assessor': HhsrsAssessor;
    'hhsrs-officer-assessment': OfficerAssessment;
  }
}
