import type { Nation } from './scheme/types.ts';

export interface EnforcementOption {
  action: string;
  /** Housing Act 2004 section unless it says otherwise. */
  section: string;
  note: string;
}

export interface EnforcementAdvice {
  /** s.5: a duty to take the most appropriate action for Category 1; s.7: a power for Category 2. */
  basis: 'duty' | 'power';
  summary: string;
  options: EnforcementOption[];
  /** s.10 with reg 4: consult the fire and rescue authority before acting on the prescribed fire hazard. */
  consultFireAuthority: boolean;
}

export interface EnforcementContext {
  category: 1 | 2;
  /** True when the scheme names this hazard a prescribed fire hazard (reg 4). */
  prescribedFireHazard: boolean;
  /** s.10 applies only to an HMO or the common parts of a building containing flats. */
  hmoOrCommonParts: boolean;
  nation: Nation;
}

/** The courses of action open to the authority for one hazard (FACTS §3), in the Act's order. */
export function enforcementOptions(context: EnforcementContext): EnforcementAdvice {
  const cat1 = context.category === 1;
  const tribunal = context.nation === 'wales' ? 'Residential Property Tribunal' : 'First-tier Tribunal';
  const options: EnforcementOption[] = [
    {
      action: 'Improvement notice',
      section: cat1 ? 's.11' : 's.12',
      note: `Appeal to the ${tribunal} within 21 days beginning with the day of service; works may not be required to start before the 28th day after service.`,
    },
    { action: 'Suspended improvement notice', section: 's.14', note: 'Reviewed at least every 12 months (s.17).' },
    {
      action: 'Prohibition order',
      section: cat1 ? 's.20' : 's.21',
      note: `Appeal to the ${tribunal} within 28 days beginning with the day it is made.`,
    },
    { action: 'Hazard awareness notice', section: cat1 ? 's.28' : 's.29', note: 'Advisory; no appeal.' },
  ];
  if (cat1) {
    options.push(
      {
        action: 'Emergency remedial action',
        section: 's.40',
        note: 'Only where there is an imminent risk of serious harm; notice within 7 days of starting.',
      },
      {
        action: 'Emergency prohibition order',
        section: 's.43',
        note: 'Only where there is an imminent risk of serious harm; effective immediately.',
      },
      {
        action: 'Demolition order',
        section: 'Housing Act 1985 s.265',
        note: 'Where the other courses are not appropriate.',
      },
      { action: 'Clearance area', section: 'Housing Act 1985 s.289', note: 'For an area of such dwellings.' },
    );
  } else {
    // FACTS §3: for Category 2 hazards both are open only in the circumstances prescribed by order.
    options.push(
      { action: 'Demolition order', section: 'Housing Act 1985 s.265(2)', note: 'Only in prescribed cases.' },
      {
        action: 'Clearance area',
        section: 'Housing Act 1985 s.289(2B)',
        note: 'Only in prescribed cases; for an area of such dwellings.',
      },
    );
  }
  const consultFireAuthority = context.prescribedFireHazard && context.hmoOrCommonParts;
  return {
    basis: cat1 ? 'duty' : 'power',
    summary: cat1
      ? 'Category 1: the authority must take the most appropriate course of action (s.5).'
      : 'Category 2: the authority may take a course of action (s.7).',
    options,
    consultFireAuthority,
  };
}
