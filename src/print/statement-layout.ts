import type { DayOfService } from '../core/day-of-service.ts';
import type { NoticeTimeline } from '../core/deadlines.ts';
import { dayOfServiceRules, longDate } from '../core/statement.ts';
import type { Assessment, Statement } from '../schema/assessment.ts';
import { formatFinalisedAt } from './assessment-layout.ts';
import type { PrintBlock, PrintDocument } from './document.ts';

export interface StatementPrintInput {
  /** The finalised assessment the statement is drawn from. */
  assessment: Assessment;
  statement: Statement;
  /** The action's title with its sections, e.g. "Improvement notice (sections 11 and 12)". */
  actionLabel: string;
  /** The action's dated deadlines, or undefined until the action and date are given. */
  timeline: NoticeTimeline | undefined;
  /** True when the action is a notice, whose dates count from its day of service. */
  served: boolean;
  /** How the notice is sent and the day of service that follows, where given. */
  service?: DayOfService | undefined;
  /** ISO date-time the document was made, shown in the footer. */
  printedAt: string;
}

/** What the statement's date is the date of, as a label. */
export const DATE_LABEL: Readonly<Record<NoticeTimeline['dateIs'], string>> = {
  served: 'Date of service',
  made: 'Date the order is made',
  started: 'Date the emergency action started',
};

/**
 * The statement of reasons (Housing Act 2004 s.8) as a document: the action and date, the officer's edited
 * text section by section, the deadlines with how each is worked out, and the finalised assessment it rests on.
 */
export function statementLayout(input: StatementPrintInput): PrintDocument {
  const { assessment, statement, timeline } = input;
  const { finalised } = assessment;
  const address = assessment.details.address || 'the dwelling';
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: 'Statement of reasons' },
    { kind: 'paragraph', text: 'Housing Act 2004, section 8: the reasons for the action the authority is taking.' },
    {
      kind: 'keyValue',
      rows: [
        ['Dwelling', address],
        ['Reference', assessment.details.reference || '—'],
        ['Action', input.actionLabel],
        [
          input.served ? DATE_LABEL.served : timeline ? DATE_LABEL[timeline.dateIs] : 'Date',
          statement.date ? longDate(statement.date) : input.served ? 'Not known yet (see Deadlines)' : 'Not given',
        ],
        ...(input.service
          ? [['How it is sent', `${input.service.rule}. Source: ${input.service.source}.`] as [string, string]]
          : []),
        [
          'Assessment',
          finalised
            ? `Revision ${finalised.revision}, finalised by ${finalised.by} on ${formatFinalisedAt(finalised.at)}`
            : 'Not finalised',
        ],
      ],
    },
  ];
  if (finalised)
    blocks.push({ kind: 'paragraph', emphasis: 'small', text: `Assessment SHA-256 fingerprint: ${finalised.sha256}` });
  let hazardsHeaded = false;
  for (const section of statement.sections) {
    const hazard = section.id.startsWith('hazard:');
    if (hazard && !hazardsHeaded) blocks.push({ kind: 'heading', level: 2, text: 'The hazards' });
    hazardsHeaded ||= hazard;
    blocks.push({ kind: 'heading', level: hazard ? 3 : 2, text: section.heading });
    const paragraphs = section.text
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean);
    blocks.push(...paragraphs.map((text): PrintBlock => ({ kind: 'paragraph', text })));
  }
  blocks.push(...deadlineBlocks(timeline, input.served));
  return {
    title: `Statement of reasons — ${address}`,
    lang: 'en-GB',
    footer: [
      'Statement of reasons (Housing Act 2004 s.8)',
      `assessment ${assessment.id}${finalised ? ` revision ${finalised.revision}, SHA-256 ${finalised.sha256.slice(0, 12)}…` : ''}`,
      `printed ${input.printedAt.slice(0, 16).replace('T', ' ')} UTC`,
    ].join(' · '),
    blocks,
  };
}

/** The notes that go with the deadlines. The reminder to prepare an s.8 statement is left out: this is that statement. */
export function deadlineNotes(timeline: NoticeTimeline): string[] {
  return [...timeline.milestones.map((m) => m.note), ...timeline.notes.filter((n) => !n.includes('(s.8)'))];
}

/**
 * Each deadline with its date, the sum it comes from and the provision, then what else follows. Written as
 * paragraphs rather than a table so the long formulas read whole, on paper and when copied out of the PDF.
 */
export function deadlineBlocks(timeline: NoticeTimeline | undefined, served = false): PrintBlock[] {
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 2, text: 'Deadlines' }];
  // A notice not yet sent has no day of service: the statement gives the rule its dates will count by.
  if (!timeline && served) return [...blocks, { kind: 'paragraph', text: dayOfServiceRules() }];
  if (!timeline)
    return [...blocks, { kind: 'paragraph', text: 'Give the action and its date to work out the deadlines.' }];
  if (timeline.milestones.length > 0)
    blocks.push({ kind: 'paragraph', text: 'Counted in calendar days. Each date is shown with how it is worked out.' });
  for (const m of timeline.milestones) {
    blocks.push(
      { kind: 'paragraph', emphasis: 'strong', text: `${m.label}: ${longDate(m.date)}`, keepWithNext: true },
      { kind: 'paragraph', text: `How it is worked out: ${m.formula} = ${m.date}. Source: ${m.source}.` },
    );
  }
  const notes = deadlineNotes(timeline);
  if (notes.length > 0) blocks.push({ kind: 'list', items: notes });
  return blocks;
}
