import { ENGLAND_2005_HAZARDS } from './england-2005-hazards.ts';
import type { Scheme } from './types.ts';

/**
 * The 2005 scheme: HHSRS (England) Regulations 2005 (SI 2005/3208), in force 6 April 2006, for English
 * inspections begun before 22 June 2026; and the HHSRS (Wales) Regulations 2006 (SI 2006/1702 (W.164)),
 * in force 31 July 2006, which use the same method and tables.
 */
export const ENGLAND_2005: Scheme = {
  id: 'england-2005',
  version: '2005.1',
  name: 'HHSRS 2005 (England before 22 June 2026; Wales)',
  source: 'SI 2005/3208 regs 6–8, Schedules 1–2; SI 2006/1702 (W.164)',
  example: false,
  coverage: [
    { nation: 'england', from: '2006-04-06', until: '2026-06-22' },
    { nation: 'wales', from: '2006-07-31', until: null },
  ],
  hazards: ENGLAND_2005_HAZARDS,
  // Reg 6(2), Table 1: ratios of likelihood "1 in N" and their representative scale points (RSPR).
  likelihoodScale: [
    { rspr: 5600, from: 4200, to: Infinity },
    { rspr: 3200, from: 2400, to: 4200 },
    { rspr: 1800, from: 1300, to: 2400 },
    { rspr: 1000, from: 750, to: 1300 },
    { rspr: 560, from: 420, to: 750 },
    { rspr: 320, from: 240, to: 420 },
    { rspr: 180, from: 130, to: 240 },
    { rspr: 100, from: 75, to: 130 },
    { rspr: 56, from: 42, to: 75 },
    { rspr: 32, from: 24, to: 42 },
    { rspr: 18, from: 13, to: 24 },
    { rspr: 10, from: 7.5, to: 13 },
    { rspr: 6, from: 4, to: 7.5 },
    { rspr: 3, from: 2.5, to: 4 },
    { rspr: 2, from: 1.5, to: 2.5 },
    { rspr: 1, from: 1, to: 1.5 },
  ],
  // Reg 6(4), Table 2: ranges of possibility (%) and their representative scale points (RSPPR).
  spreadScale: [
    { rsppr: 0, from: 0, to: 0.05 },
    { rsppr: 0.1, from: 0.05, to: 0.15 },
    { rsppr: 0.2, from: 0.15, to: 0.3 },
    { rsppr: 0.5, from: 0.3, to: 0.7 },
    { rsppr: 1, from: 0.7, to: 1.5 },
    { rsppr: 2.2, from: 1.5, to: 3 },
    { rsppr: 4.6, from: 3, to: 7 },
    { rsppr: 10, from: 7, to: 15 },
    { rsppr: 21.5, from: 15, to: 26 },
    { rsppr: 31.6, from: 26, to: 38 },
    { rsppr: 46.4, from: 38, to: 100 },
  ],
  // Reg 6(5) weights; Schedule 2 classes with its examples.
  harmClasses: [
    {
      harmClass: 1,
      name: 'Class I — extreme',
      weight: 10000,
      examples:
        'death from any cause; lung cancer; mesothelioma; permanent paralysis below the neck; permanent loss of consciousness; regular severe pneumonia; 80% burn injuries',
    },
    {
      harmClass: 2,
      name: 'Class II — severe',
      weight: 1000,
      examples:
        'cardio-respiratory disease; asthma; non-malignant respiratory diseases; heart attack; loss of a hand or foot; serious fractures; serious burns',
    },
    {
      harmClass: 3,
      name: 'Class III — serious',
      weight: 300,
      examples:
        'eye disorders; rhinitis; hypertension; gastro-enteritis; chronic severe stress; loss of a finger; fractured skull and severe concussion',
    },
    {
      harmClass: 4,
      name: 'Class IV — moderate',
      weight: 10,
      examples:
        'pleural plaques; occasional severe discomfort; benign tumours; occasional mild pneumonia; broken finger; slight concussion; severe bruising; regular serious coughs or colds',
    },
  ],
  // Reg 7, Table 3: bands of whole scores.
  bands: [
    { band: 'A', min: 5000, max: Infinity },
    { band: 'B', min: 2000, max: 4999 },
    { band: 'C', min: 1000, max: 1999 },
    { band: 'D', min: 500, max: 999 },
    { band: 'E', min: 200, max: 499 },
    { band: 'F', min: 100, max: 199 },
    { band: 'G', min: 50, max: 99 },
    { band: 'H', min: 20, max: 49 },
    { band: 'I', min: 10, max: 19 },
    { band: 'J', min: 0, max: 9 },
  ],
  // Reg 8: bands A, B and C are Category 1; any other band is Category 2.
  category1Bands: ['A', 'B', 'C'],
  // Reg 4: the risk of harm from exposure to uncontrolled fire and associated smoke.
  prescribedFireHazards: ['fire'],
};
