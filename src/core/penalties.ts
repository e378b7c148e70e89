/**
 * Civil penalty maxima (FACTS.md §3) as one dated table. A civil penalty under Housing Act 2004 s.249A,
 * as an alternative to prosecution (e.g. for failing to comply with an improvement notice, s.30), is
 * available in England only. Print the row's source and date beside any amount.
 */

export interface CivilPenaltyMaximum {
  /** Pounds sterling. */
  maximum: number;
  provision: string;
  nation: 'england';
  /** YYYY-MM-DD the maximum took effect, or null where commencement has not been verified. */
  inForceFrom: string | null;
  source: string;
  /** The date the source is dated or was checked. */
  asOf: string;
  verified: boolean;
}

export const CIVIL_PENALTY_MAXIMA: readonly CivilPenaltyMaximum[] = [
  {
    maximum: 30_000,
    provision: 'Housing Act 2004 s.249A(4)',
    nation: 'england',
    // Inserted by the Housing and Planning Act 2016 s.126 and Sch. 9, commenced 6 April 2017.
    inForceFrom: '2017-04-06',
    source: 'Housing Act 2004 s.249A, inserted by the Housing and Planning Act 2016',
    asOf: '2017-04-06',
    verified: true,
  },
  {
    maximum: 40_000,
    provision: 'Housing Act 2004 s.249A, as amended by the Renters’ Rights Act 2025 (some offences)',
    nation: 'england',
    inForceFrom: null,
    source:
      'Renters’ Rights Act 2025, Royal Assent 27 October 2025 (reported; which offences, and commencement, ' +
      'unverified — check locally)',
    asOf: '2025-10-27',
    verified: false,
  },
];
