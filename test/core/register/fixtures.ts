import type {
  RegisterAction,
  RegisterAssessment,
  RegisterEvidence,
  RegisterHazard,
  RegisterProperty,
} from '../../../src/core/register/index.ts';

export const property = (id: string, change: Partial<RegisterProperty> = {}): RegisterProperty => ({
  id,
  reference: id.toUpperCase(),
  housingSchemeId: 'scheme-1',
  landlordType: 'private',
  nation: 'england',
  nextInspectionDate: null,
  ...change,
});

export const assessment = (propertyId: string, inspectionDate: string): RegisterAssessment => ({
  id: `a-${propertyId}-${inspectionDate}`,
  propertyId,
  inspectionDate,
});

export const hazard = (id: string, propertyId: string, change: Partial<RegisterHazard> = {}): RegisterHazard => ({
  id,
  propertyId,
  hazardId: 'damp-and-mould-growth',
  foundOn: '2026-03-02',
  reportedBy: 'inspection',
  category: 1,
  status: 'open',
  escalatedOn: null,
  resolvedOn: null,
  awaabs: null,
  ...change,
});

export const action = (
  id: string,
  hazardRecord: RegisterHazard,
  change: Partial<RegisterAction> = {},
): RegisterAction => ({
  id,
  propertyId: hazardRecord.propertyId,
  hazardId: hazardRecord.id,
  description: 'Treat mould and fix extractor fan',
  raisedOn: hazardRecord.foundOn,
  targetDate: '2026-03-20',
  completedOn: null,
  ...change,
});

export const evidence = (recordId: string, addedOn: string): RegisterEvidence => ({ recordId, addedOn });
