/** The managers' quarterly checklist (FACTS.md §6, seed 000), each with how the register works it out. */
export type ChecklistItemId =
  | 'assessment-current'
  | 'remedial-action'
  | 'repairs-tracked'
  | 'reports-escalated'
  | 'property-summary';

export const CHECKLIST_ITEMS: readonly {
  id: ChecklistItemId;
  number: 1 | 2 | 3 | 4 | 5;
  title: string;
  definition: string;
}[] = [
  {
    id: 'assessment-current',
    number: 1,
    title: 'Every property has a current HHSRS assessment or a scheduled inspection date',
    definition:
      'Passes when the last inspection is within the policy’s months, or an inspection is booked for the report date or later.',
  },
  {
    id: 'remedial-action',
    number: 2,
    title: 'Category 1 hazards have documented remedial action within required timescales',
    definition:
      'Each Category 1 hazard (and each hazard under Awaab’s Law) needs recorded remedial action, targeted and completed by its due date: the policy’s days from being found, or Awaab’s Law’s make-safe date if sooner. Where Awaab’s Law applies, each of its steps (investigation, written summary, made safe, further works started) must also be recorded by its due date.',
  },
  {
    id: 'repairs-tracked',
    number: 3,
    title: 'Repairs raised from inspections are tracked to completion with evidence attached',
    definition:
      'Each repair for a hazard found on inspection is open within its target date, or completed with a photo, invoice or follow-up note attached.',
  },
  {
    id: 'reports-escalated',
    number: 4,
    title: 'New hazards reported by residents or key workers are escalated',
    definition:
      'Each report is passed on for assessment within the policy’s days (or Awaab’s Law’s investigation date if sooner).',
  },
  {
    id: 'property-summary',
    number: 5,
    title: 'Property compliance summary for commissioners or funders',
    definition: 'A property is compliant when it fails none of items 1 to 4 on the report date.',
  },
];
