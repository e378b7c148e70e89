import type { RegisterBackup } from '../../schema/register.ts';
import type { Problem } from '../../schema/zod.ts';

/**
 * Checks that a backup's records point at each other: every property's housing scheme exists, every hazard's
 * property, every action's hazard (on the same property), every file's record. Ids must be unique.
 */
export function referenceProblems(backup: RegisterBackup): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const tables = ['housingSchemes', 'properties', 'assessments', 'hazards', 'actions', 'evidence'] as const;
  for (const table of tables) {
    backup[table].forEach((record, index) => {
      const path = `${table}[${index}].id`;
      const first = ids.get(record.id);
      if (first) problems.push({ path, message: `repeats the id of ${first}` });
      else ids.set(record.id, path.slice(0, -3));
    });
  }
  const inTable = (table: (typeof tables)[number]) => new Set(backup[table].map((record) => record.id));
  const schemes = inTable('housingSchemes');
  const properties = inTable('properties');
  const hazards = new Map<string, string>();
  for (const hazard of backup.hazards) if (!hazards.has(hazard.id)) hazards.set(hazard.id, hazard.propertyId);
  const assessments = inTable('assessments');
  const missing = (path: string, what: string, id: string) =>
    problems.push({ path, message: `points to ${what} ${id}, which is not in the file` });
  backup.properties.forEach((property, i) => {
    if (property.housingSchemeId !== null && !schemes.has(property.housingSchemeId))
      missing(`properties[${i}].housingSchemeId`, 'housing scheme', property.housingSchemeId);
  });
  backup.assessments.forEach((assessment, i) => {
    if (!properties.has(assessment.propertyId))
      missing(`assessments[${i}].propertyId`, 'property', assessment.propertyId);
  });
  backup.hazards.forEach((hazard, i) => {
    if (!properties.has(hazard.propertyId)) missing(`hazards[${i}].propertyId`, 'property', hazard.propertyId);
    if (hazard.assessmentId !== null && !assessments.has(hazard.assessmentId))
      missing(`hazards[${i}].assessmentId`, 'assessment', hazard.assessmentId);
  });
  backup.actions.forEach((action, i) => {
    const property = hazards.get(action.hazardId);
    if (property === undefined) missing(`actions[${i}].hazardId`, 'hazard', action.hazardId);
    else if (property !== action.propertyId)
      problems.push({ path: `actions[${i}].propertyId`, message: `must be ${property}, the property of its hazard` });
  });
  backup.evidence.forEach((item, i) => {
    if (!ids.has(item.recordId)) missing(`evidence[${i}].recordId`, 'record', item.recordId);
  });
  return problems;
}
