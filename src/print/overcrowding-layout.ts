import type { PrintBlock, PrintDocument } from './document.ts';

/**
 * The overcrowding check's report as plain, already-worded data: what the element shows on screen and
 * what the PDF prints are the same findings, in the same words, with the same figures.
 */

export type Tone = 'bad' | 'good' | 'neutral';

export interface ReportTable {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** A last row that sums the table (e.g. "Total … 3½"). */
  readonly total?: readonly string[];
}

/** One result: a standard, what the law says, the verdict and the reasons for it. */
export interface Finding {
  readonly id: 'verdict' | 'room' | 'space' | 'bedroom' | 'hmo';
  readonly heading: string;
  /** What the law (or the measure) says, in plain English, citing its section. */
  readonly law: string;
  readonly status: { readonly label: string; readonly text: string; readonly tone: Tone } | null;
  readonly reasons: readonly string[];
  readonly list: readonly string[];
  readonly facts: readonly (readonly [string, string])[];
  readonly tables: readonly ReportTable[];
  readonly notes: readonly string[];
}

export interface OvercrowdingReport {
  readonly title: string;
  /** BCP 47 language of the words. */
  readonly lang: string;
  readonly intro: readonly string[];
  /** Which home: its address and reference, as label and value (first on paper, so a copy says which home). */
  readonly home: readonly (readonly [string, string])[];
  /** What was checked: the people and the rooms as entered. */
  readonly inputs: { readonly heading: string; readonly tables: readonly ReportTable[] };
  /** The s.324 verdict first, then each standard. */
  readonly findings: readonly Finding[];
  readonly footer: string;
}

function table(source: ReportTable): PrintBlock[] {
  const rows = source.total ? [...source.rows, source.total] : source.rows;
  return [
    { kind: 'paragraph', text: source.caption, emphasis: 'strong', keepWithNext: true },
    { kind: 'table', head: source.head, rows },
  ];
}

function finding(source: Finding): PrintBlock[] {
  const blocks: PrintBlock[] = [{ kind: 'heading', text: source.heading, level: 2 }];
  if (source.status) {
    blocks.push({
      kind: 'paragraph',
      text: `${source.status.label}: ${source.status.text}`,
      emphasis: source.status.tone === 'bad' ? 'warning' : 'strong',
    });
  }
  for (const reason of source.reasons) blocks.push({ kind: 'paragraph', text: reason });
  if (source.list.length > 0) blocks.push({ kind: 'list', items: source.list });
  if (source.facts.length > 0) blocks.push({ kind: 'keyValue', rows: source.facts });
  for (const part of source.tables) blocks.push(...table(part));
  blocks.push({ kind: 'paragraph', text: source.law, emphasis: 'small' });
  for (const note of source.notes) blocks.push({ kind: 'paragraph', text: note, emphasis: 'small' });
  return blocks;
}

/** The PDF of an overcrowding check: which home, the verdict, each standard with its reasons and figures, then the inputs. */
export function overcrowdingLayout(report: OvercrowdingReport): PrintDocument {
  return {
    title: report.title,
    lang: report.lang,
    footer: report.footer,
    blocks: [
      { kind: 'heading', text: report.title, level: 1 },
      ...(report.home.length > 0 ? [{ kind: 'keyValue', rows: report.home } satisfies PrintBlock] : []),
      ...report.intro.map((text): PrintBlock => ({ kind: 'paragraph', text })),
      ...report.findings.flatMap(finding),
      { kind: 'heading', text: report.inputs.heading, level: 2 },
      ...report.inputs.tables.flatMap(table),
    ],
  };
}
