import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { complianceReport, reportCsvRows, toCsv, type ComplianceReport } from '../../../../core/register/index.ts';
import { downloadBlob } from '../../../../print/download.ts';
import type { HousingSchemeRecord } from '../../../../schema/register.ts';
import { errorSummary } from '../../../ui/error-summary.ts';
import { OnDemand } from '../../../controllers/on-demand.ts';
import { HhsrsErrorEvent } from '../../../events.ts';
import { selectField, textField } from '../../common/fields.ts';
import { formatAddress, formatDate } from '../../common/format.ts';
import { showErrors, summaryOf, type Errors } from '../../common/form-errors.ts';
import { RegisterView } from '../../common/register-view.ts';
import { reportResults } from './report-results.ts';

interface Run {
  report: ComplianceReport;
  scope: string;
  /** Property id → "reference, first line, postcode": how the report names a property on screen and in print. */
  names: Map<string, string>;
  /** Property id → its full address, for the spreadsheet, where the reference has a column of its own. */
  addresses: Map<string, string>;
  /** Action id → hazard id, so a finding about a repair opens its hazard. */
  hazardOf: Map<string, string>;
}

/** The quarterly checklist for a chosen date, over one housing scheme or the whole portfolio; CSV and PDF. */
export class RegisterReportView extends RegisterView {
  @state() private asOf = '';
  @state() private scheme = '';
  @state() private schemes: HousingSchemeRecord[] = [];
  @state() private run: Run | undefined;
  @state() private errors: Errors = {};
  @state() private working = '';
  /** The PDF's layout and renderer, fetched when the first PDF is asked for. */
  private readonly printing = new OnDemand(this, () => this.ctx.later.reportPdf());

  protected async load(): Promise<void> {
    this.asOf ||= this.ctx.today;
    this.schemes = await this.ctx.repository.listHousingSchemes();
    if (this.run) await this.produce();
  }

  private scopeName(): string {
    return this.scheme ? (this.schemes.find((s) => s.id === this.scheme)?.name ?? '') : this.ctx.m.wholePortfolio;
  }

  private async produce(): Promise<void> {
    const { repository } = this.ctx;
    const [data, policy] = await Promise.all([
      repository.reportData(this.scheme || null, this.asOf),
      repository.getPolicy(),
    ]);
    const report = complianceReport({ ...data, asOf: this.asOf, policy });
    const names = new Map(data.properties.map((p) => [p.id, `${p.reference}, ${p.addressLine1}, ${p.postcode}`]));
    this.run = {
      report,
      scope: this.scopeName(),
      names,
      addresses: new Map(data.properties.map((p) => [p.id, formatAddress(p)])),
      hazardOf: new Map(data.actions.map((a) => [a.id, a.hazardId])),
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.errors = this.asOf ? {} : { 'report-date': this.ctx.m.errReportDate };
    if (!this.asOf) return showErrors(this);
    this.working = this.ctx.m.working;
    try {
      await this.produce();
      this.working = this.ctx.m.reportReady;
    } catch (error) {
      this.working = '';
      this.ctx.fail(error);
    }
  }

  private csv(run: Run): void {
    const schemeName = new Map(this.schemes.map((s) => [s.id, s.name]));
    const rows = reportCsvRows(run.report, run.scope, {
      address: (id) => run.addresses.get(id) ?? '',
      scheme: (id) => (id === null ? '' : (schemeName.get(id) ?? '')),
    });
    downloadBlob(new Blob([toCsv(rows)], { type: 'text/csv' }), `compliance-report-${run.report.asOf}.csv`);
  }

  private async pdf(run: Run): Promise<void> {
    const { m, repository, who } = this.ctx;
    this.working = m.makingPdf;
    const code = await this.printing.fetch();
    if (!code) {
      this.working = '';
      return;
    }
    const [{ registerReportLayout }, { renderPdf }] = code;
    try {
      const [counts, latest] = await Promise.all([repository.counts(), repository.recentChanges(20)]);
      const document = registerReportLayout({
        report: run.report,
        scope: run.scope,
        propertyNames: run.names,
        schemeNames: new Map(this.schemes.map((s) => [s.id, s.name])),
        audit: { count: counts.audit, latest },
        preparedBy: who,
        generatedAt: new Date().toISOString(),
      });
      downloadBlob(await renderPdf(document), `compliance-report-${run.report.asOf}.pdf`);
      this.working = m.pdfReady;
    } catch (error) {
      this.working = '';
      this.dispatchEvent(new HhsrsErrorEvent('print', m.pdfFailed));
      this.ctx.fail(error);
    }
  }

  override render() {
    const { m } = this.ctx;
    const run = this.run;
    return html`<h1 tabindex="-1">${m.reportTitle}</h1>
      <p>${m.reportIntro}</p>
      <form novalidate class="no-print" @submit=${this.submit}>
        ${errorSummary(m.errorSummaryTitle, summaryOf(this.errors), this)}
        ${textField({ id: 'report-date', label: m.fieldReportDate, hint: m.reportDateHint, type: 'date', width: 'medium', value: this.asOf, error: this.errors['report-date'], onInput: (v) => (this.asOf = v) })}
        ${selectField({ id: 'report-scope', label: m.fieldCovering, value: this.scheme, width: 'medium', choices: [['', m.wholePortfolio], ...this.schemes.map((s) => [s.id, s.name] as const)], onInput: (v) => (this.scheme = v) })}
        <button type="submit" class="button">${m.runReport}</button>
      </form>
      <p class="status-line" role="status">${this.working}</p>
      ${this.printing.failed ? this.printing.placeholder() : nothing}
      ${
        run
          ? html`<h2 id="report-heading">${m.reportHeading(run.scope, formatDate(run.report.asOf))}</h2>
            <p>${m.reportScope(run.report.propertyCount, formatDate(run.report.periodStart), formatDate(run.report.asOf))}</p>
            <div class="button-group no-print">
              <button type="button" class="button button--secondary" @click=${() => this.csv(run)}>${m.downloadCsv}</button>
              <button type="button" class="button button--secondary" @click=${() => void this.pdf(run)}>${m.downloadPdf}</button>
            </div>
            ${reportResults(this.ctx, run.report, run.names, run.hazardOf)}`
          : nothing
      }`;
  }
}
