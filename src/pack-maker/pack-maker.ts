import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { downloadBlob } from '../print/download.ts';
import { parseSchemePack, toSchemePack } from '../schema/scheme-pack.ts';
import { readJson, type Problem } from '../schema/zod.ts';
import { errorSummary, focusErrorSummary } from '../elements/ui/error-summary.ts';
import { fileButton } from '../elements/ui/file-button.ts';
import { sharedStyles } from '../elements/ui/styles.ts';
import {
  checkDraft,
  draftFromPack,
  emptyExample,
  type DraftCheck,
  type PackDraft,
  type SavedExample,
} from './draft.ts';
import { describePath, messages as m } from './messages.ts';
import { packMakerStyles } from './pack-maker.styles.ts';

const CLASSES = ['I', 'II', 'III', 'IV'] as const;
const GROUPS = ['physiological', 'psychological', 'infection', 'safety'] as const;

/** "hazards[3].id" → "f-hazards-3-id": the box a problem belongs to. */
const fieldId = (path: string) => `f-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/**
 * @summary Makes a scheme pack (the 2026 English tables) from forms, checked against the guidance's worked
 * examples, and downloads it as the JSON file the officer page and `scheme-src` load.
 *
 * @attr example-src - URL of the example pack the form starts from when nothing is kept in this browser.
 * @attr storage-key - localStorage key the work is kept under as it is typed (default `hhsrs-pack-maker`).
 */
export class HhsrsPackMaker extends LitElement {
  static override styles = [...sharedStyles, packMakerStyles];

  @property({ attribute: 'example-src' }) exampleSrc = 'schemes/example-england-2026-shape.json';
  @property({ attribute: 'storage-key' }) storageKey = 'hhsrs-pack-maker';

  @state() private draft: PackDraft | null = null;
  @state() private saveFailed = false;
  @state() private showSummary = false;
  @state() private notice = '';
  @state() private openProblems: Problem[] = [];
  @state() private loadFailed = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  private async start() {
    const kept = this.readKept();
    if (kept) {
      this.draft = kept;
      return;
    }
    try {
      const response = await fetch(this.exampleSrc);
      const parsed = parseSchemePack(await response.json());
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join('; '));
      this.draft = draftFromPack(toSchemePack(parsed.scheme));
    } catch (error) {
      this.loadFailed = (error as Error).message;
    }
  }

  private readKept(): PackDraft | null {
    try {
      const text = localStorage.getItem(this.storageKey);
      return text ? (JSON.parse(text) as PackDraft) : null;
    } catch {
      return null;
    }
  }

  /** Every change is written at once: a reload or a closed tab loses nothing typed. */
  private change(update: (draft: PackDraft) => void) {
    const next = structuredClone(this.draft!);
    update(next);
    this.draft = next;
    this.notice = '';
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(next));
      this.saveFailed = false;
    } catch {
      this.saveFailed = true;
    }
  }

  private async open(file: File) {
    const read = readJson(await file.text());
    const parsed = read.ok ? parseSchemePack(read.data) : read;
    if (!parsed.ok) {
      this.openProblems = parsed.problems;
      return;
    }
    this.openProblems = [];
    // A pack made here carries the worked examples it was checked against; the scheme schema ignores them.
    const saved = (read as { data: { workedExamples?: unknown } }).data.workedExamples;
    const examples = Array.isArray(saved) ? (saved as SavedExample[]) : [];
    this.change((draft) => Object.assign(draft, draftFromPack(toSchemePack(parsed.scheme), examples)));
    this.notice = m.opened(file.name);
  }

  private async download(check: DraftCheck) {
    if (check.refusals.length > 0) {
      this.showSummary = true;
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot!);
      return;
    }
    const name = `${check.file.id}.json`;
    downloadBlob(new Blob([`${JSON.stringify(check.file, null, 2)}\n`], { type: 'application/json' }), name);
    this.notice = m.downloaded(name);
  }

  override render() {
    if (this.loadFailed)
      return html`<div class="banner banner--error" role="alert"><p>${m.loading}</p><p>${this.loadFailed}</p></div>`;
    if (!this.draft) return html`<p role="status">${m.loading}</p>`;
    const d = this.draft;
    const check = checkDraft(d);
    const errors = new Map<string, string>();
    for (const p of check.refusals) if (!errors.has(p.path)) errors.set(p.path, p.message);
    const root = this.shadowRoot!;
    const summary = this.showSummary
      ? check.refusals.map((p) => ({
          fieldId: root.getElementById(fieldId(p.path)) ? fieldId(p.path) : fieldId(p.path.split(/[[.]/)[0]!),
          message: `${describePath(p.path)}: ${p.message}`,
        }))
      : [];
    const text = (
      path: string,
      label: string,
      value: string,
      set: (d: PackDraft, v: string) => void,
      o: { hint?: string; width?: string; inputmode?: string } = {},
    ) =>
      this.field(
        path,
        label,
        errors.get(path),
        o.hint,
        (described) => html`<input type="text" id=${fieldId(path)} class=${o.width ?? ''}
        inputmode=${o.inputmode ?? nothing} spellcheck="false" aria-invalid=${errors.has(path) ? 'true' : 'false'} aria-describedby=${described || nothing}
        .value=${live(value)} @input=${(e: Event) => this.change((draft) => set(draft, (e.target as HTMLInputElement).value))} />`,
      );
    const num = (path: string, label: string, value: string, set: (d: PackDraft, v: string) => void) =>
      text(path, label, value, set, { width: 'input--short', inputmode: 'decimal' });
    return html`
      ${errorSummary(m.errorTitle, summary, root)}
      <div class="banner" role="note"><p class="banner__title">${m.exampleWarningTitle}</p><p class="banner__body">${m.exampleWarning}</p></div>
      <p class="status-line" role="status">${this.saveFailed ? nothing : html`${m.kept} <strong>${m.saved}</strong>`}</p>
      ${this.saveFailed ? html`<div class="banner banner--error" role="alert"><p>${m.saveFailed}</p></div>` : nothing}
      <div class="button-group">${fileButton({ label: m.openPack, inputId: 'pack-file', accept: 'application/json,.json', onFile: (f) => void this.open(f), describedBy: 'open-hint' })}</div>
      <p class="hint" id="open-hint">${m.openHint}</p>
      ${
        this.openProblems.length > 0
          ? html`<div class="banner banner--error" role="alert" data-open-problems><p>${m.openFailed}</p>
            <ul>${this.openProblems.map((p) => html`<li>${p.path}: ${p.message}</li>`)}</ul></div>`
          : nothing
      }

      <h2 id="f-id-heading">${m.aboutHeading}</h2>
      ${text('id', m.id, d.id, (x, v) => (x.id = v), { hint: m.idHint })}
      ${text('version', m.version, d.version, (x, v) => (x.version = v), { hint: m.versionHint, width: 'input--medium' })}
      ${text('name', m.name, d.name, (x, v) => (x.name = v))}
      ${text('source', m.source, d.source, (x, v) => (x.source = v), { hint: m.sourceHint })}
      ${text('coverage[0].from', m.from, d.from, (x, v) => (x.from = v), { hint: m.fromHint, width: 'input--medium' })}
      ${this.checkbox('f-example', m.example, d.example, (x, v) => (x.example = v), m.exampleHint)}

      <section aria-labelledby="f-hazards-heading">
        <h2 id="f-hazards-heading">${m.hazardsHeading}</h2>
        ${d.hazards.map((h, i) =>
          this.row(
            m.hazard(i + 1),
            'hazards',
            i,
            html`
          ${num(`hazards[${i}].number`, m.number, h.number, (x, v) => (x.hazards[i]!.number = v))}
          ${text(`hazards[${i}].id`, m.hazardId, h.id, (x, v) => (x.hazards[i]!.id = v))}
          ${text(`hazards[${i}].name`, m.hazardName, h.name, (x, v) => (x.hazards[i]!.name = v))}
          ${this.field(
            `hazards[${i}].group`,
            m.group,
            errors.get(`hazards[${i}].group`),
            undefined,
            () => html`<select id=${fieldId(`hazards[${i}].group`)}
            @change=${(e: Event) => this.change((x) => (x.hazards[i]!.group = (e.target as HTMLSelectElement).value))}>
            ${GROUPS.map((g) => html`<option value=${g} .selected=${live(h.group === g)}>${m.groups[g]}</option>`)}</select>`,
          )}
          ${text(`hazards[${i}].relevantOccupier`, m.relevantOccupier, h.relevantOccupier, (x, v) => (x.hazards[i]!.relevantOccupier = v))}
          ${text(`hazards[${i}].replaces`, m.replaces, h.replaces, (x, v) => (x.hazards[i]!.replaces = v), { hint: m.replacesHint, width: 'input--medium' })}
          ${this.checkbox(`f-hazards-${i}-fire`, m.fire, h.fire, (x, v) => (x.hazards[i]!.fire = v))}`,
          ),
        )}
        ${this.addButton('f-hazards', m.addHazard, (x) => x.hazards.push({ number: String(x.hazards.length + 1), id: '', name: '', group: 'safety', relevantOccupier: '', replaces: '', fire: false }))}
      </section>

      <section aria-labelledby="f-likelihoodScale-heading">
        <h2 id="f-likelihoodScale-heading">${m.likelihoodHeading}</h2>
        <p class="hint">${m.likelihoodHint}</p>
        ${d.likelihood.map((r, i) =>
          this.row(
            m.likelihoodRow(i + 1),
            'likelihood',
            i,
            html`
          ${num(`likelihoodScale[${i}].rspr`, m.rspr, r.rspr, (x, v) => (x.likelihood[i]!.rspr = v))}
          ${num(`likelihoodScale[${i}].from`, m.ratioFrom, r.from, (x, v) => (x.likelihood[i]!.from = v))}
          ${num(`likelihoodScale[${i}].to`, m.ratioTo, r.to, (x, v) => (x.likelihood[i]!.to = v))}`,
          ),
        )}
        ${this.addButton('f-likelihoodScale', m.addRow, (x) => x.likelihood.push({ rspr: '', from: '', to: '' }))}
      </section>

      <section aria-labelledby="f-spreadScale-heading">
        <h2 id="f-spreadScale-heading">${m.spreadHeading}</h2>
        <p class="hint">${m.spreadHint}</p>
        ${d.spread.map((r, i) =>
          this.row(
            m.spreadRow(i + 1),
            'spread',
            i,
            html`
          ${num(`spreadScale[${i}].rsppr`, m.rsppr, r.rsppr, (x, v) => (x.spread[i]!.rsppr = v))}
          ${num(`spreadScale[${i}].from`, m.percentFrom, r.from, (x, v) => (x.spread[i]!.from = v))}
          ${num(`spreadScale[${i}].to`, m.percentTo, r.to, (x, v) => (x.spread[i]!.to = v))}`,
          ),
        )}
        ${this.addButton('f-spreadScale', m.addRow, (x) => x.spread.push({ rsppr: '', from: '', to: '' }))}
      </section>

      <section aria-labelledby="f-harmClasses-heading">
        <h2 id="f-harmClasses-heading">${m.harmHeading}</h2>
        ${d.harmClasses.map(
          (h, i) => html`<fieldset class="row"><legend>${m.harmClass(CLASSES[i]!)}</legend><div class="row__fields">
          ${text(`harmClasses[${i}].name`, m.harmName, h.name, (x, v) => (x.harmClasses[i]!.name = v), { width: 'input--medium' })}
          ${num(`harmClasses[${i}].weight`, m.weight, h.weight, (x, v) => (x.harmClasses[i]!.weight = v))}
          ${text(`harmClasses[${i}].examples`, m.harmExamples, h.examples, (x, v) => (x.harmClasses[i]!.examples = v))}</div></fieldset>`,
        )}
      </section>

      <section aria-labelledby="f-bands-heading" id="f-category1Bands" tabindex="-1">
        <h2 id="f-bands-heading">${m.bandsHeading}</h2>
        <p class="hint">${m.bandsHint}</p>
        ${d.bands.map((b, i) =>
          this.row(
            m.bandRow(i + 1),
            'bands',
            i,
            html`
          ${text(`bands[${i}].band`, m.band, b.band, (x, v) => (x.bands[i]!.band = v), { width: 'input--short' })}
          ${num(`bands[${i}].min`, m.min, b.min, (x, v) => (x.bands[i]!.min = v))}
          ${num(`bands[${i}].max`, m.max, b.max, (x, v) => (x.bands[i]!.max = v))}
          ${this.checkbox(`f-bands-${i}-category1`, m.category1, b.category1, (x, v) => (x.bands[i]!.category1 = v))}`,
          ),
        )}
        ${this.addButton('f-bands', m.addRow, (x) => x.bands.push({ band: '', min: '', max: '', category1: false }))}
      </section>

      <section aria-labelledby="f-examples-heading">
        <h2 id="f-examples-heading">${m.examplesHeading}</h2>
        <p class="hint">${m.examplesHint}</p>
        ${d.examples.length === 0 ? html`<p>${m.noExamples}</p>` : nothing}
        ${d.examples.map((row, i) => {
          const result = check.examples[i]!.check;
          const verdict = result?.ok ? (result.agrees ? m.agrees : m.disagrees) : m.notChecked;
          return this.row(
            m.exampleRow(i + 1),
            'examples',
            i,
            html`
            ${text(`examples[${i}].description`, m.description, row.description, (x, v) => (x.examples[i]!.description = v))}
            ${num(`examples[${i}].likelihood`, m.exampleLikelihood, row.likelihood, (x, v) => (x.examples[i]!.likelihood = v))}
            ${row.spread.map((s, c) => num(`examples[${i}].spread[${c}]`, m.classSpread(CLASSES[c]!), s, (x, v) => (x.examples[i]!.spread[c] = v)))}
            ${num(`examples[${i}].expectedScore`, m.expectedScore, row.expectedScore, (x, v) => (x.examples[i]!.expectedScore = v))}
            <p class="verdict" data-example-result>${m.computed}: <strong>${result?.ok ? result.score : '—'}</strong>
              <span class="tag ${result?.ok ? (result.agrees ? 'tag--green' : 'tag--cat1') : 'tag--grey'}">${verdict}</span></p>`,
          );
        })}
        ${this.addButton('f-examples', m.addExample, (x) => x.examples.push(emptyExample()))}
      </section>

      <h2>${m.downloadHeading}</h2>
      <p class="hint">${m.downloadHint}</p>
      <div class="button-group"><button type="button" class="button" @click=${() => void this.download(check)}>${m.download}</button></div>
      <p role="status" data-notice>${this.notice}</p>
    `;
  }

  private field(
    path: string,
    label: string,
    error: string | undefined,
    hint: string | undefined,
    control: (describedBy: string) => TemplateResult,
  ) {
    const id = fieldId(path);
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${m.errorPrefix}</span> ${error}</span>` : nothing}
      ${control(described)}
    </div>`;
  }

  private checkbox(
    id: string,
    label: string,
    checked: boolean,
    set: (d: PackDraft, v: boolean) => void,
    hint?: string,
  ) {
    return html`<div class="choices"><div class="choice">
      <input type="checkbox" id=${id} .checked=${live(checked)} aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${(e: Event) => this.change((x) => set(x, (e.target as HTMLInputElement).checked))} />
      <label for=${id}>${label}</label>${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}</div></div>`;
  }

  private row(
    legend: string,
    list: 'hazards' | 'likelihood' | 'spread' | 'bands' | 'examples',
    index: number,
    fields: TemplateResult,
  ) {
    return html`<fieldset class="row"><legend>${legend}</legend><div class="row__fields">${fields}</div>
      <button type="button" class="button button--secondary" aria-label=${m.removeLabel(legend)}
        @click=${() => this.change((x) => x[list].splice(index, 1))}>${m.remove}</button></fieldset>`;
  }

  private addButton(id: string, label: string, add: (d: PackDraft) => void) {
    return html`<div class="button-group"><button type="button" class="button button--secondary" id=${id} @click=${() => this.change(add)}>${label}</button></div>`;
  }
}
