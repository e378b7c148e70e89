import { defineOnce } from '../../define-once.ts';
import { OfficerAssessment } from './officer-assessment.ts';

defineOnce('hhsrs-officer-assessment', OfficerAssessment);
