/** The shape of a scoring scheme. A scheme is plain data so that a newer one is a data file, not code. */

export type Nation = 'england' | 'wales';
export type HazardGroup = 'physiological' | 'psychological' | 'infection' | 'safety';
export type HarmClass = 1 | 2 | 3 | 4;
/** Percentages for Classes I..IV, summing to 100. */
export type Spread = readonly [number, number, number, number];
/** 'A'..'J' under england-2005; a pack may name others (e.g. High/Medium/Low). */
export type Band = string;

export interface Hazard {
  /** Schedule 1 paragraph number. */
  number: number;
  id: string;
  name: string;
  group: HazardGroup;
  /** Reg 6(7): who the likelihood and spread are assessed for. */
  relevantOccupier: string;
  /** For a newer scheme: which 2005 hazard numbers it replaces. */
  replaces?: readonly number[];
}

/** A Table 1 row: an occurrence "1 in N" for N from `from` to `to` (to = Infinity: less likely than 1 in from). */
export interface LikelihoodPoint {
  rspr: number;
  from: number;
  to: number;
}

/** A Table 2 row: a possibility of `from` % to `to` %. */
export interface SpreadPoint {
  rsppr: number;
  from: number;
  to: number;
}

/** A Table 3 row of whole scores (max = Infinity for the top band). */
export interface BandRange {
  band: Band;
  min: number;
  max: number;
}

export interface HarmClassInfo {
  harmClass: HarmClass;
  name: string;
  /** Reg 6(5): the multiplier for this class (10000, 1000, 300, 10). */
  weight: number;
  examples: string;
}

/** The nation and inspection dates a scheme governs: from inclusive, until exclusive (null: open). */
export interface SchemeCoverage {
  nation: Nation;
  from: string;
  until: string | null;
}

export interface Scheme {
  id: string;
  version: string;
  name: string;
  /** Where the tables come from, so a printout can cite them. */
  source: string;
  /** True for a pack whose figures are not official (an example of the shape only). */
  example: boolean;
  coverage: readonly SchemeCoverage[];
  hazards: readonly Hazard[];
  likelihoodScale: readonly LikelihoodPoint[];
  spreadScale: readonly SpreadPoint[];
  harmClasses: readonly HarmClassInfo[];
  bands: readonly BandRange[];
  /** Reg 8: the bands that make a hazard Category 1; every other band is Category 2. */
  category1Bands: readonly Band[];
  /** Reg 4 / s.10: hazards whose enforcement needs the fire and rescue authority consulted. */
  prescribedFireHazards: readonly string[];
}
