/**
 * hhsrs-toolkit: the element classes, their events and the pure core. Importing this module registers
 * nothing; import `hhsrs-toolkit/define` (or one element's entry) to register the tags.
 */
export { HhsrsAssessor } from './elements/hhsrs-assessor/hhsrs-assessor.ts';
export { OfficerAssessment } from './elements/hhsrs-assessor/officer/officer-assessment.ts';
export { TenantCheck } from './elements/hhsrs-assessor/tenant/tenant-check.ts';
export { OvercrowdingCheck, type OvercrowdingResult } from './elements/overcrowding-check/overcrowding-check.ts';
export { HazardRegister } from './elements/hazard-register/hazard-register.ts';
export * from './elements/events.ts';
export { defineOnce } from './elements/define-once.ts';
export { repositoryContext } from './elements/context.ts';
export { MemoryRepository } from './storage/memory-repository.ts';
export {
  StorageError,
  type DraftRepository,
  type StoredDraft,
  type DraftToSave,
  type StoredEvidence,
  type StorageErrorKind,
} from './storage/repository.ts';
export * from './core/index.ts';
