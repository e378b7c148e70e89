import type { PropertyRecords } from './checks/context.ts';
import type {
  RegisterAction,
  RegisterAssessment,
  RegisterEvidence,
  RegisterHazard,
  RegisterProperty,
} from './types.ts';

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sorts flat record lists into one bundle per property, in one pass each (50,000 hazards is normal). */
export function groupRecords(input: {
  properties: readonly RegisterProperty[];
  assessments: readonly RegisterAssessment[];
  hazards: readonly RegisterHazard[];
  actions: readonly RegisterAction[];
  evidence: readonly RegisterEvidence[];
}): PropertyRecords[] {
  const assessments = new Map<string, RegisterAssessment[]>();
  const hazards = new Map<string, RegisterHazard[]>();
  const actions = new Map<string, RegisterAction[]>();
  const evidence = new Map<string, RegisterEvidence[]>();
  for (const assessment of input.assessments) push(assessments, assessment.propertyId, assessment);
  for (const hazard of input.hazards) push(hazards, hazard.propertyId, hazard);
  for (const action of input.actions) push(actions, action.hazardId, action);
  for (const item of input.evidence) push(evidence, item.recordId, item);
  return input.properties.map((property) => {
    const own = hazards.get(property.id) ?? [];
    return {
      property,
      assessments: assessments.get(property.id) ?? [],
      hazards: own,
      actionsByHazard: new Map(own.map((hazard) => [hazard.id, actions.get(hazard.id) ?? []])),
      evidenceByRecord: evidence,
    };
  });
}
