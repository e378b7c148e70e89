/**
 * The hazard register's zod-free constants: what code on the register's first screen, or code that only
 * writes records, needs without the schemas (and zod) that read and check them (./register.ts).
 */
export const REGISTER_SCHEMA_VERSION = 1;

/** UK postcodes, written in capitals with one space (e.g. "LS1 1UR"). */
export const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;

export const REGISTER_STORES = [
  'housingSchemes',
  'properties',
  'assessments',
  'hazards',
  'actions',
  'evidence',
] as const;
export type RegisterStore = (typeof REGISTER_STORES)[number];

export const BACKUP_FORMAT = 'hhsrs-toolkit/hazard-register-backup';
