import { html, nothing, type TemplateResult } from 'lit';
import type { Finding, OvercrowdingReport, ReportTable, Tone } from '../../print/overcrowding-layout.ts';

/** The findings on screen, GOV.UK style: a tag with words (never colour alone), reasons, a summary list, tables. */

const TAG: Record<Tone, string> = { bad: 'tag tag--cat1', good: 'tag tag--green', neutral: 'tag tag--grey' };

function table(source: ReportTable): TemplateResult {
  return html`<div class="table-wrap">
    <table>
      <caption>${source.caption}</caption>
      <thead>
        <tr>${source.head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr>
      </thead>
      <tbody>
        ${source.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}
        ${source.total
          ? html`<tr class="total">${source.total.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`
          : nothing}
      </tbody>
    </table>
  </div>`;
}

function findingView(finding: Finding): TemplateResult {
  const verdict = finding.id === 'verdict';
  return html`<section class="finding ${verdict ? 'finding--verdict' : ''}" part="finding finding-${finding.id}" aria-labelledby="finding-${finding.id}">
    <h4 id="finding-${finding.id}">${finding.heading}</h4>
    ${finding.status
      ? html`<p class="finding__status">
          <span class="visually-hidden">${finding.status.label}: </span><strong class=${TAG[finding.status.tone]}>${finding.status.text}</strong>
        </p>`
      : nothing}
    ${finding.reasons.map((reason) => html`<p>${reason}</p>`)}
    ${finding.list.length > 0 ? html`<ul class="list">${finding.list.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    ${finding.facts.length > 0
      ? html`<dl class="summary-list">${finding.facts.map(([key, value]) => html`<div><dt>${key}</dt><dd>${value}</dd></div>`)}</dl>`
      : nothing}
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

/** Each finding, then the inputs as tables (on paper only). */
export function findingsView(report: OvercrowdingReport): TemplateResult {
  return html`${report.findings.map(findingView)} ${inputTablesView(report.inputs.heading, report.inputs.tables)}`;
}
