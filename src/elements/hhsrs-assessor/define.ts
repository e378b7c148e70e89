import { defineOnce } from '../define-once.ts';
import { HhsrsAssessor } from './hhsrs-assessor.ts';
import { OfficerAssessment } from './officer/officer-assessment.ts';
import './tenant/define.ts';

// The views inside are registered before the outer element, so it renders them already upgraded.
defineOnce('hhsrs-officer-assessment', OfficerAssessment);
defineOnce('hhsrs-assessor', HhsrsAssessor);

declare global {
  interface HTMLElementTagNameMap {
    'hhsrs-assessor': HhsrsAssessor;
    'hhsrs-officer-assessment': OfficerAssessment;
  }
}
