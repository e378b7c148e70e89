import {
  formatNumber,
  likelihoodOption,
  type AssessmentSummary,
  type EvaluatedHazard,
  type Scheme,
} from '../core/index.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { PrintBlock, PrintDocument } from './document.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

export interface AssessmentPrintInput {
  assessment: Assessment;
  evaluated: readonly EvaluatedHazard[];
  summary: AssessmentSummary;
  /** Undefined when no scheme covers the inspection: findings print, scores do not. */
  scheme: Scheme | undefined;
  schemeMessage: string | undefined;
  /** Set when the inspection cannot be scored yet (FACTS §7: England from 22 June 2026 without its pack): each
   * hazard prints its findings with these words instead of the 2005 inputs. */
  notScored?: string | undefined;
  /** ISO date-time the document was made, shown in the footer. */
  printedAt: string;
}

/** The officer's assessment as a document: details, each hazard's inputs and working, the summary, the scheme. */
export function assessmentLayout(input: AssessmentPrintInput): PrintDocument {
  const { assessment, scheme } = input;
  const d = assessment.details;
  const nation = d.nation === 'england' ? 'England' : d.nation === 'wales' ? 'Wales' : 'Not given';
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: 'HHSRS assessment' },
    {
      kind: 'keyValue',
      rows: [
        ['Address', d.address || 'Not given'],
        ['Reference', d.reference || '—'],
        ['Nation', nation],
        ['Inspection began', d.inspectionDate ? longDate(d.inspectionDate) : 'Not given'],
        ['Inspector', d.inspector || '—'],
        ['Occupiers’ ages', d.occupiers || '—'],
        ['HMO or common parts', d.hmoOrCommonParts ? 'Yes' : 'No'],
        [
          'Scoring scheme',
          scheme
            ? `${scheme.name} — ${scheme.source} (id ${scheme.id}, version ${scheme.version})`
            : (input.notScored ?? 'None: not scored'),
        ],
      ],
    },
  ];
  blocks.push(...finalisedBlocks(assessment));
  if (scheme?.example)
    blocks.push({
      kind: 'paragraph',
      emphasis: 'warning',
      text: 'Scored under an example scheme pack, not official figures.',
    });
  if (input.schemeMessage) blocks.push({ kind: 'paragraph', emphasis: 'warning', text: input.schemeMessage });
  if (d.notes) blocks.push({ kind: 'heading', level: 3, text: 'Notes' }, { kind: 'paragraph', text: d.notes });
  const { notScored } = input;
  blocks.push(...(notScored ? notScoredSummary(input.evaluated, notScored) : summaryBlocks(input.summary)));
  blocks.push({ kind: 'heading', level: 2, text: 'Hazards' });
  if (input.evaluated.length === 0) blocks.push({ kind: 'paragraph', text: 'No hazards recorded.' });
  input.evaluated.forEach((item, i) => {
    blocks.push(...hazardBlocks(item, scheme, notScored), ...photoBlocks(assessment.hazards[i]?.photos));
  });
  return {
    title: `HHSRS assessment — ${d.address || 'untitled'}`,
    lang: 'en-GB',
    footer: [
      scheme ? `Scheme ${scheme.id} v${scheme.version}` : 'Not scored',
      `printed ${input.printedAt.slice(0, 16).replace('T', ' ')} UTC`,
      `assessment ${assessment.id}`,
      assessment.finalised
        ? `revision ${assessment.finalised.revision}, SHA-256 ${assessment.finalised.sha256.slice(0, 12)}…`
        : 'draft',
    ].join(' · '),
    blocks,
  };
}

/** A date-time as the officer reads it: "2 March 2026 at 14:05 UK time". */
export function formatFinalisedAt(iso: string): string {
  return `${new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' })} UK time`;
}

/** Who finalised it, when, and the fingerprint that proves the record unchanged since; or that it is a draft. */
function finalisedBlocks(assessment: Assessment): PrintBlock[] {
  const { finalised, previous } = assessment;
  const replaces: PrintBlock[] = previous
    ? [
        {
          kind: 'paragraph',
          emphasis: 'small',
          text: `Replaces revision ${previous.revision}, SHA-256 ${previous.sha256}`,
        },
      ]
    : [];
  if (!finalised) {
    return [
      {
        kind: 'paragraph',
        emphasis: 'warning',
        text: 'Draft: not finalised. The findings and scores may still change.',
      },
      ...replaces,
    ];
  }
  return [
    { kind: 'heading', level: 2, text: 'Finalised' },
    {
      kind: 'keyValue',
      rows: [
        ['Finalised by', finalised.by],
        ['Finalised at', `${formatFinalisedAt(finalised.at)} (${finalised.at})`],
        ['Revision', String(finalised.revision)],
      ],
    },
    { kind: 'paragraph', emphasis: 'small', text: `SHA-256 fingerprint: ${finalised.sha256}` },
    ...statementFingerprintBlocks(finalised.statementSha256),
    ...replaces,
    { kind: 'paragraph', emphasis: 'small', text: fingerprintNote(finalised.fingerprintVersion === 2) },
  ];
}

/** The statement of reasons' own fingerprint, so a printed copy of it can be compared too. */
function statementFingerprintBlocks(sha256: string | undefined): PrintBlock[] {
  return sha256 ? [{ kind: 'paragraph', emphasis: 'small', text: `Statement of reasons SHA-256: ${sha256}` }] : [];
}

/** What the printed fingerprint covers, and what comparing it does and does not prove (as the README says). */
function fingerprintNote(version2: boolean): string {
  const covers = version2
    ? 'It covers every field, including who finalised it, when, the revision and the scheme data it was scored ' +
      'under; the statement of reasons has its own SHA-256.'
    : 'It is an older fingerprint: it leaves out who finalised it, when, and any statement of reasons.';
  return (
    `The fingerprint is the SHA-256 of this assessment as canonical JSON (keys sorted, no spaces). ${covers} ` +
    'A record whose recomputed fingerprint equals the one printed here has not changed since this copy was printed; ' +
    'the fingerprint alone does not prove who made the record.'
  );
}

function summaryBlocks(summary: AssessmentSummary): PrintBlock[] {
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 2, text: 'Summary' }];
  if (summary.ranked.length === 0) return [...blocks, { kind: 'paragraph', text: 'No hazard has been scored.' }];
  blocks.push(
    { kind: 'paragraph', text: `${summary.category1} Category 1 and ${summary.category2} Category 2 hazards.` },
    {
      kind: 'table',
      head: ['Rank', 'Hazard', 'Score', 'Band', 'Category'],
      widths: [18, 82, 24, 16, 30],
      rows: summary.ranked.map((item, i) => [
        String(i + 1),
        `${item.hazard?.number}. ${item.hazard?.name}`,
        formatNumber(item.result!.score),
        item.result!.band,
        `Category ${item.result!.category}`,
      ]),
    },
  );
  if (summary.incomplete > 0)
    blocks.push({ kind: 'paragraph', emphasis: 'warning', text: `${summary.incomplete} hazard(s) incomplete.` });
  if (summary.consultFireAuthorityFor.length > 0) {
    blocks.push({
      kind: 'paragraph',
      emphasis: 'warning',
      text: `Consult the fire and rescue authority before enforcement on ${summary.consultFireAuthorityFor.join(', ')} (Housing Act 2004 s.10).`,
    });
  }
  if (summary.enforcement) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Courses of action' },
      { kind: 'paragraph', text: summary.enforcement.summary },
      { kind: 'list', items: summary.enforcement.options.map((o) => `${o.action} (${o.section}). ${o.note}`) },
    );
  }
  return blocks;
}

const hazardName = (item: EvaluatedHazard) =>
  `${item.hazard?.number ?? '?'}. ${item.hazard?.name ?? item.entry.hazardId}`;

/** Each hazard found, said to be not scored, in place of the ranked table. */
function notScoredSummary(evaluated: readonly EvaluatedHazard[], notScored: string): PrintBlock[] {
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 2, text: 'Summary' }];
  if (evaluated.length === 0) return [...blocks, { kind: 'paragraph', text: 'No hazard has been recorded.' }];
  const lower = notScored.toLowerCase();
  return [
    ...blocks,
    { kind: 'paragraph', text: 'Findings recorded, not scored:', keepWithNext: true },
    { kind: 'list', items: evaluated.map((item) => `${hazardName(item)}: ${lower}`) },
  ];
}

function hazardBlocks(item: EvaluatedHazard, scheme: Scheme | undefined, notScored: string | undefined): PrintBlock[] {
  const { entry } = item;
  if (notScored) {
    return [
      { kind: 'heading', level: 3, text: hazardName(item) },
      { kind: 'paragraph', emphasis: 'warning', text: `${notScored}.` },
      { kind: 'paragraph', emphasis: 'strong', text: 'Justification', keepWithNext: true },
      { kind: 'paragraph', text: entry.justification.trim() || 'None given.' },
    ];
  }
  const likelihoodRow = scheme?.likelihoodScale.find((row) => row.rspr === entry.likelihood);
  const spread = item.spread ?? entry.spread;
  const rows: [string, string][] = [
    ['Relevant occupier', item.hazard?.relevantOccupier ?? '—'],
    [
      'Likelihood',
      likelihoodRow
        ? likelihoodOption(likelihoodRow)
        : entry.likelihood === null
          ? 'Not chosen'
          : String(entry.likelihood),
    ],
    ['Most likely harm', entry.mostLikelyClass ? `Class ${ROMAN[entry.mostLikelyClass - 1]}` : 'Not chosen'],
    [
      'Spread of harm',
      spread
        .map(
          (v, i) =>
            `Class ${ROMAN[i]} ${formatNumber(v, 4)} %${entry.mostLikelyClass === i + 1 ? ' (worked out)' : ''}`,
        )
        .join(' · '),
    ],
  ];
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 3, text: hazardName(item) },
    { kind: 'keyValue', rows },
  ];
  if (item.result && item.working) {
    blocks.push({ kind: 'paragraph', emphasis: 'strong', text: `Working: ${item.working}`, keepWithNext: true });
    if (item.sensitivity)
      blocks.push({
        kind: 'paragraph',
        emphasis: item.sensitivity.nearCategoryBoundary ? 'warning' : 'small',
        text: item.sensitivity.summary,
      });
  } else {
    blocks.push({
      kind: 'paragraph',
      emphasis: 'warning',
      text: item.error ? `Not scored: ${item.error.message}` : 'Not scored: incomplete.',
    });
  }
  blocks.push({ kind: 'paragraph', emphasis: 'strong', text: 'Justification', keepWithNext: true });
  blocks.push({ kind: 'paragraph', text: entry.justification.trim() || 'None given.' });
  return blocks;
}

/** Photos are listed by name and SHA-256, so the printed record pins exactly which files were kept. */
function photoBlocks(photos: Assessment['hazards'][number]['photos']): PrintBlock[] {
  if (!photos?.length) return [];
  return [
    { kind: 'paragraph', emphasis: 'strong', text: 'Photos', keepWithNext: true },
    { kind: 'list', items: photos.map((p) => `${p.originalName} — SHA-256 ${p.sha256}`) },
  ];
}

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
