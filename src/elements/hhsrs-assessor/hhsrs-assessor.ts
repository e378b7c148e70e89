import { consume } from '@lit/context';
import { css, html, LitElement, type PropertyValues, unsafeCSS } from 'lit';
import { property } from 'lit/decorators.js';
import { repositoryContext } from '../context.ts';
import type { Scheme } from '../../core/index.ts';
import type { DraftRepository } from '../../storage/repository.ts';
import { tokenStyles } from '../ui/tokens.styles.ts';
import { RESERVED_HEIGHT } from '../controllers/arriving.ts';
import { headingLevelOf } from '../controllers/heading-level.ts';
import { OnDemand } from '../controllers/on-demand.ts';

/** The assessor's two views, one per mode: each is fetched the first time its mode is shown. */
const VIEWS = {
  officer: () => import('./officer/define.ts'),
  tenant: () => import('./tenant/define.ts'),
} as const;

/**
 * @summary Scores housing hazards under the HHSRS: an officer's full assessment, or a tenant's self-check.
 *
 * @attr mode - `tenant` (default): plain-English self-check ending in a letter to the landlord; `officer`: full scoring.
 * @attr storage-key - Namespace of everything this element saves (default `hhsrs-assessor:<mode>`); two on one page need different keys.
 * @attr lang - `en` (default) or `cy` (Welsh, tenant mode).
 * @attr scheme - An explicit scoring scheme id (e.g. `england-2005`).
 * @attr scheme-src - URL of a scheme pack (JSON) to load.
 * @attr council-name - Tenant mode: the council's name for next steps and the letter.
 * @attr council-phone - Tenant mode: the council's phone number.
 * @attr council-url - Tenant mode: the council's web page for reporting housing problems.
 * @attr heading-level - The level of the view's top heading (1–6, default 1): `2` under a page's own h1. Every heading inside moves with it.
 * @attr council-hours - Tenant mode: opening hours, e.g. "Monday to Friday, 9am to 5pm".
 *
 * @event hhsrs-score-change - A hazard's score, band or category changed (officer mode). Fields: assessmentId, schemeId, hazards.
 * @event hhsrs-draft-saved - The draft reached storage. Fields: key, revision, savedAt, persistent.
 * @event hhsrs-error - A save, import or printout failed; the user has been told. Fields: kind, message.
 *
 * @cssprop --hhsrs-accent - Banner and highlight colour (default GOV.UK blue #1d70b8).
 * @cssprop --hhsrs-button-colour - Primary button colour (default GOV.UK green #00703c).
 * @cssprop --hhsrs-font-family - Font stack (default system-ui).
 * @cssprop --hhsrs-focus-colour - Focus highlight (default #ffdd00).
 * @cssprop --hhsrs-text-colour - Body text colour.
 * @cssprop --hhsrs-error-colour - Error colour.
 * @cssprop --hhsrs-reserved-height - The height held while the first screen arrives (default `100vh` for the officer view, `min(100vh, 45rem)` for the tenant's).
 *
 * @csspart view - The officer or tenant view inside.
 */
export class HhsrsAssessor extends LitElement {
  static override styles = [
    tokenStyles,
    // The view's tag is drawn before its code arrives: it holds the view's space until then.
    css`
      hhsrs-officer-assessment:not(:defined) {
        display: block;
        min-height: var(--hhsrs-reserved-height, ${unsafeCSS(RESERVED_HEIGHT.officer)});
      }
      hhsrs-tenant-check:not(:defined) {
        display: block;
        min-height: var(--hhsrs-reserved-height, ${unsafeCSS(RESERVED_HEIGHT.tenant)});
      }
    `,
  ];

  @property({ reflect: true }) mode: 'officer' | 'tenant' = 'tenant';
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;
  @property({ reflect: true }) override lang = 'en';
  @property() scheme: string | undefined;
  @property({ attribute: 'scheme-src' }) schemeSrc: string | undefined;
  @property({ attribute: 'council-name' }) councilName: string | undefined;
  @property({ attribute: 'council-phone' }) councilPhone: string | undefined;
  @property({ attribute: 'council-url' }) councilUrl: string | undefined;
  @property({ attribute: 'council-hours' }) councilHours: string | undefined;
  @property({ attribute: 'heading-level' }) headingLevel: string | undefined;

  /** Scheme packs given by the page (validated with `parseSchemePack`), used before any stored in the browser. */
  @property({ attribute: false }) schemes: readonly Scheme[] = [];

  /** Where drafts are kept; defaults to the page's IndexedDB (or memory, with a warning, where refused). */
  @consume({ context: repositoryContext, subscribe: true })
  @property({ attribute: false })
  repository: DraftRepository | undefined;

  private readonly views = {
    officer: new OnDemand(this, VIEWS.officer),
    tenant: new OnDemand(this, VIEWS.tenant),
  };

  private get view(): OnDemand<unknown> {
    return this.views[this.mode === 'officer' ? 'officer' : 'tenant'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The view's tag is drawn at once and upgrades when its code arrives; only a failure replaces it.
    if (changed.has('mode')) this.view.get();
  }

  /** The namespace for this element's saved data. */
  get effectiveStorageKey(): string {
    return this.storageKey ?? `hhsrs-assessor:${this.mode === 'officer' ? 'officer' : 'tenant'}`;
  }

  override render() {
    if (this.view.failed) return this.view.placeholder();
    if (this.mode === 'officer') {
      return html`<hhsrs-officer-assessment
        part="view"
        exportparts="error-summary, hazard, working, summary"
        .storageKey=${this.effectiveStorageKey}
        .repository=${this.repository}
        .schemeId=${this.scheme}
        .schemeSrc=${this.schemeSrc}
        .loadedSchemes=${this.schemes}
        .headingLevel=${headingLevelOf(this.headingLevel)}
      ></hhsrs-officer-assessment>`;
    }
    return html`<hhsrs-tenant-check
      part="view"
      exportparts="error-summary, question, result, letter"
      .storageKey=${this.effectiveStorageKey}
      .repository=${this.repository}
      .lang=${this.lang}
      .councilName=${this.councilName}
      .councilPhone=${this.councilPhone}
      .councilUrl=${this.councilUrl}
      .councilHours=${this.councilHours}
      .headingLevel=${headingLevelOf(this.headingLevel)}
    ></hhsrs-tenant-check>`;
  }
}
