import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistItemResult, ComplianceReport, Finding } from '../../../../core/register/index.ts';
import type { RegisterContext } from '../../context.ts';
import { formatNumber } from '../../common/format.ts';

/** How many failing properties each item lists on screen; the CSV and PDF list them all. */
const SHOWN = 50;

function finding(ctx: RegisterContext, item: Finding, hazardOf: ReadonlyMap<string, string>): TemplateResult {
  const hazardId = item.recordId === null ? undefined : (hazardOf.get(item.recordId) ?? item.recordId);
  return html`<li>${item.text}
    ${
      hazardId
        ? html` <button type="button" class="link" aria-label=${`${ctx.m.openRecord}: ${item.text}`}
            @click=${() => ctx.navigate({ view: 'hazard', id: hazardId })}>${ctx.m.openRecord}</button>`
        : nothing
    }</li>`;
}

function itemDetail(
  ctx: RegisterContext,
  item: ChecklistItemResult,
  names: ReadonlyMap<string, string>,
  hazardOf: ReadonlyMap<string, string>,
): TemplateResult {
  const { m } = ctx;
  return html`<section class="report-item" aria-labelledby="item-${item.number}-title">
    <h3 id="item-${item.number}-title">${item.number}. ${item.title}
      ${item.fail > 0 ? html`<strong class="tag tag--overdue">${m.failCount(item.fail)}</strong>` : html`<strong class="tag tag--green">${m.allPass}</strong>`}</h3>
    <p class="hint">${item.definition}</p>
    ${
      item.fail > 0
        ? html`<details id="item-${item.number}-failing">
          <summary>${m.showFailing(item.fail)}</summary>
          <ul class="failing-list">
            ${item.failing.slice(0, SHOWN).map(
              (row) => html`<li>
              <button type="button" class="link" @click=${() => ctx.navigate({ view: 'property', id: row.propertyId })}>${names.get(row.propertyId) ?? row.reference}</button>
              <ul>${row.findings.map((f) => finding(ctx, f, hazardOf))}</ul>
            </li>`,
            )}
          </ul>
          ${item.fail > SHOWN ? html`<p>${m.moreFailing(formatNumber(item.fail - SHOWN))}</p>` : nothing}
        </details>`
        : nothing
    }
  </section>`;
}

/** The checklist counts, the policy used, and each item with its failing properties (drill-down). */
export function reportResults(
  ctx: RegisterContext,
  report: ComplianceReport,
  names: ReadonlyMap<string, string>,
  hazardOf: ReadonlyMap<string, string>,
): TemplateResult {
  const { m } = ctx;
  return html`<div class="table-wrap"><table class="report-table table--stack">
      <caption class="table-caption">${m.checklistCaption}</caption>
      <thead><tr><th scope="col">${m.colItem}</th><th scope="col" class="numeric">${m.colPass}</th><th scope="col" class="numeric">${m.colFail}</th><th scope="col" class="numeric">${m.colNotApplicable}</th></tr></thead>
      <tbody>${report.items.map(
        (item) => html`<tr>
        <th scope="row">${item.number}. ${item.title}</th>
        <td class="numeric" data-label=${m.colPass}>${formatNumber(item.pass)}</td>
        <td class="numeric" data-label=${m.colFail}>${formatNumber(item.fail)}</td>
        <td class="numeric" data-label=${m.colNotApplicable}>${formatNumber(item.notApplicable)}</td>
      </tr>`,
      )}</tbody>
    </table></div>
    <h3>${m.policyUsed}</h3>
    <ul class="list">${report.policyLines.map((line) => html`<li>${line}</li>`)}</ul>
    ${report.items.map((item) => itemDetail(ctx, item, names, hazardOf))}`;
}
