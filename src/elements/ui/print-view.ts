import { html } from 'lit';
import type { PrintBlock, PrintDocument } from '../../print/document.ts';

/**
 * The same document model the PDF is drawn from, as HTML for the browser's own printing (print CSS shows
 * it and hides the form), so the printout and the PDF never say different things.
 */
export function printView(doc: PrintDocument) {
  return html`<div class="print-only" lang=${doc.lang}>
    ${doc.blocks.map(block)}
    <p class="small">${doc.footer}</p>
  </div>`;
}

function block(b: PrintBlock) {
  switch (b.kind) {
    case 'heading':
      return b.level === 1
        ? html`<h1>${b.text}</h1>`
        : b.level === 2
          ? html`<h2>${b.text}</h2>`
          : html`<h3>${b.text}</h3>`;
    case 'paragraph':
      return b.emphasis === 'warning'
        ? html`<p class="warning-text">${b.text}</p>`
        : html`<p class=${b.emphasis === 'small' ? 'small' : ''}>${b.emphasis === 'strong' ? html`<strong>${b.text}</strong>` : b.text}</p>`;
    case 'keyValue':
      return html`<dl class="summary-list">${b.rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
    case 'table':
      return html`<table class="table--stack">
        <thead><tr>${b.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${b.rows.map(
          (row) => html`<tr>${row.map((cell, i) => html`<td data-label=${b.head[i] ?? ''}>${cell}</td>`)}</tr>`,
        )}</tbody>
      </table>`;
    case 'list':
      return html`<ul>${b.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'pageBreak':
      return html`<div class="page-break"></div>`;
  }
}
