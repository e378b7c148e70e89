import { html, nothing, type TemplateResult } from 'lit';
import { overcrowdingResult, type OvercrowdingResult, type Person } from '../../../../core/overcrowding.ts';
import {
  overcrowdingLayout,
  type Finding,
  type OvercrowdingReport,
  type ReportTable,
  type Tone,
} from '../../../../print/overcrowding-layout.ts';
import type { OvercrowdingDraft, Units } from '../../../../schema/overcrowding.ts';
import type { FormReading, ReadRoom } from '../../types.ts';
import { buildReport, type ReportContext } from './findings/build.ts';
import { inLanguage, isWelsh } from '../../messages.ts';
import { en, type OvercrowdingMessages } from './messages.ts';
import { cy } from './messages.cy.ts';
import { readForm } from './problems.ts';

export { convertedMeasure } from './format.ts';
export type { OvercrowdingResult } from '../../../../core/overcrowding.ts';

/**
 * The report screen: what was typed, read as the law needs it (each problem in words, for the form to show
 * beside its field), the result worked out in core, and the findings on screen and laid out for paper.
 * Fetched once there is a household to check (see ../../screens.ts), so the first screen is only the form.
 */

/** Every word of the check in the page's language: Welsh for `cy`, English otherwise. */
function catalogueFor(lang: string): OvercrowdingMessages {
  return inLanguage(en, cy, lang);
}

/** The result of what was read from the form, worked out in core (see `overcrowdingResult`). */
export function evaluate(
  input: { people: readonly Person[]; rooms: readonly ReadRoom[] },
  hmo: boolean,
): OvercrowdingResult {
  return overcrowdingResult({ people: input.people, rooms: input.rooms.map((read) => read.room), hmo });
}

/** The draft read in the page's language, and its result once every answer is in and nothing is wrong. */
export function check(
  draft: OvercrowdingDraft,
  lang: string,
  units: Units,
): { reading: FormReading; result: OvercrowdingResult | null } {
  const reading = readForm(draft, catalogueFor(lang), units);
  return { reading, result: reading.input ? evaluate(reading.input, draft.hmo) : null };
}

/** The report of a finished check in the page's language (Welsh for `cy`, otherwise English), dated now. */
export function reportFor(context: Omit<ReportContext, 'm'>, lang: string): OvercrowdingReport {
  return buildReport({ ...context, m: catalogueFor(lang) }, isWelsh(lang) ? 'cy' : 'en-GB', new Date());
}

/** The report laid out for the PDF renderer. */
export const paperLayout = overcrowdingLayout;

// The findings on screen, GOV.UK style: a tag with words (never colour alone), reasons, a summary list, tables.

const TAG: Record<Tone, string> = { bad: 'tag tag--cat1', good: 'tag tag--green', neutral: 'tag tag--grey' };

function table(source: ReportTable): TemplateResult {
  const cells = (row: readonly string[]) =>
    row.map((cell, i) =>
      i === 0 ? html`<th scope="row">${cell}</th>` : html`<td data-label=${source.head[i] ?? ''}>${cell}</td>`,
    );
  return html`<div class="table-wrap">
    <table class="table--stack">
      <caption>${source.caption}</caption>
      <thead>
        <tr>${source.head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr>
      </thead>
      <tbody>
        ${source.rows.map((row) => html`<tr>${cells(row)}</tr>`)}
        ${source.total ? html`<tr class="total">${cells(source.total)}</tr>` : nothing}
      </tbody>
    </table>
  </div>`;
}

function findingView(finding: Finding): TemplateResult {
  const verdict = finding.id === 'verdict';
  return html`<section class="finding ${verdict ? 'finding--verdict' : ''}" part="finding finding-${finding.id}" aria-labelledby="finding-${finding.id}">
    <h4 id="finding-${finding.id}">${finding.heading}</h4>
    ${
      finding.status
        ? html`<p class="finding__status">
          <span class="visually-hidden">${finding.status.label}: </span><strong class=${TAG[finding.status.tone]}>${finding.status.text}</strong>
        </p>`
        : nothing
    }
    ${finding.reasons.map((reason) => html`<p>${reason}</p>`)}
    ${finding.list.length > 0 ? html`<ul class="list">${finding.list.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    ${
      finding.facts.length > 0
        ? html`<dl class="summary-list">${finding.facts.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl>`
        : nothing
    }
    ${finding.tables.map(table)}
    <p class="law">${finding.law}</p>
    ${finding.notes.map((note) => html`<p class="law">${note}</p>`)}
  </section>`;
}

function inputTablesView(heading: string, tables: readonly ReportTable[]): TemplateResult {
  return html`<section class="print-only inputs" aria-labelledby="inputs-heading">
    <h4 id="inputs-heading">${heading}</h4>
    ${tables.map(table)}
  </section>`;
}

/** Which home, each finding, then the inputs as tables (on paper only). */
export function findingsView(report: OvercrowdingReport): TemplateResult {
  const home = html`<dl class="summary-list home" part="home">
    ${report.home.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}
  </dl>`;
  return html`${home} ${report.findings.map(findingView)} ${inputTablesView(report.inputs.heading, report.inputs.tables)}`;
}
