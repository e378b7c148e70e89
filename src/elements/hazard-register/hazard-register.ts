import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ukDateOf } from '../../core/uk-time.ts';
import type { RegisterStore } from '../../schema/register.ts';
import { onOtherTabChange } from '../../storage/register/channel.ts';
import { openRegisterRepository } from '../../storage/register/open.ts';
import type { RegisterRepository } from '../../storage/register/repository.ts';
import { StorageError } from '../../storage/repository.ts';
import { Arriving, arrivingStyles, RESERVED_HEIGHT } from '../controllers/arriving.ts';
import { HeadingLevels } from '../controllers/heading-level.ts';
import { OnDemand } from '../controllers/on-demand.ts';
import { HhsrsErrorEvent, HhsrsRegisterChangeEvent } from '../events.ts';
import { sharedStyles } from '../ui/styles.ts';
import type { RegisterContext, Route } from './context.ts';
import { registerStyles } from './hazard-register.styles.ts';
import { catalogueFor, shellCatalogueFor, type ShellMessages } from './messages.ts';
import type { LoadedScreen } from './common/later-screen.ts';
import { LATER_CODE, loadScreen, type LaterView } from './screens.ts';
import { errorBanner, exportReminder, navigation, whoForm } from './shell.ts';

/**
 * @summary A hazard register for a portfolio of homes: hazards found, remedial action and repairs tracked to completion with evidence, an audit trail, and the quarterly compliance report.
 *
 * @attr storage-key - Namespace of everything this register saves (default `hazard-register`); two registers on one page need different keys.
 * @attr lang - `en` (default) or `cy` (Welsh; English shows until translated).
 * @attr today - The date the register treats as today, YYYY-MM-DD (default: today's UK date). For demonstrations and training.
 * @attr heading-level - The level of each screen's heading (1–6, default 1): `2` under a page's own h1. Every heading inside moves with it.
 *
 * @prop repository - A RegisterRepository to use instead of the page's IndexedDB register.
 *
 * @event hhsrs-register-change - A record was created, changed or deleted. Fields: store, recordId, change.
 * @event hhsrs-error - A save, load, import or printout failed; the user has been told. Fields: kind, message.
 *
 * @cssprop --hhsrs-accent - Banner and highlight colour (default GOV.UK blue #1d70b8).
 * @cssprop --hhsrs-button-colour - Primary button colour (default GOV.UK green #00703c).
 * @cssprop --hhsrs-font-family - Font stack (default system-ui).
 * @cssprop --hhsrs-focus-colour - Focus highlight (default #ffdd00).
 * @cssprop --hhsrs-text-colour - Body text colour.
 * @cssprop --hhsrs-error-colour - Error colour, also used for the Overdue tag.
 * @cssprop --hhsrs-reserved-height - The height held while the first screen arrives (default `19rem`).
 *
 * @csspart navigation - The register's menu.
 * @csspart banner - Warnings about storage and backups.
 * @csspart screen - The current screen.
 */
export class HazardRegister extends LitElement {
  static override styles = [...sharedStyles, ...registerStyles, arrivingStyles(RESERVED_HEIGHT.register)];

  @property({ attribute: 'storage-key' }) storageKey = 'hazard-register';
  @property({ reflect: true }) override lang = 'en';
  @property() today: string | undefined;
  @property({ attribute: 'heading-level' }) headingLevel: string | undefined;
  @property({ attribute: false }) repository: RegisterRepository | undefined;

  @state() private route: Route = { view: 'properties' };
  @state() private ready:
    | { repository: RegisterRepository; who: string; lastExport: string | null; empty: boolean }
    | undefined;
  @state() private problem: string | undefined;
  @state() private version = 0;
  private stopListening: (() => void) | undefined;
  private connecting = 0;
  /** Each screen after the properties list, fetched the first time the user goes to it. */
  private readonly screens = new Map<LaterView, OnDemand<LoadedScreen>>();
  /** Set on navigation: the new screen's heading takes focus once it has arrived. */
  private headingWanted = false;
  /** The screen's landmark role (see connectedCallback). */
  private landmark: 'main' | undefined;
  protected readonly headings = new HeadingLevels(this, 1, () => this.headingLevel);
  private readonly arriving = new Arriving(this);

  /** The words of the frame and the first screen, for `lang`. */
  private get m(): ShellMessages {
    return shellCatalogueFor(this.lang);
  }

  private get effectiveToday(): string {
    return this.today ?? ukDateOf(Date.now());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inside a page's own <main>, a second main landmark would be wrong; alone on a page, the screen is it.
    this.landmark = this.ownerDocument.querySelector('main, [role="main"]') ? undefined : 'main';
    if (this.ready) this.listen(this.ready.repository);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storageKey') || changed.has('repository')) void this.connect();
  }

  private listen(repository: RegisterRepository): void {
    this.stopListening?.();
    this.stopListening = onOtherTabChange(repository.storageKey, () => void this.refresh());
  }

  private async connect(): Promise<void> {
    const attempt = ++this.connecting;
    try {
      const repository = this.repository ?? (await openRegisterRepository(this.storageKey));
      const [who, lastExport, empty] = await Promise.all([
        repository.getSetting<string>('who'),
        repository.getSetting<string>('last-export'),
        repository.isEmpty(),
      ]);
      if (attempt !== this.connecting) return;
      this.ready = { repository, who: who ?? '', lastExport: lastExport ?? null, empty };
      this.listen(repository);
      void this.askToPersist();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Asks the browser not to clear the register when space runs low (it may ask the user, or decide itself). */
  private async askToPersist(): Promise<void> {
    if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
    await navigator.storage.persist().catch(() => false);
  }

  private async refresh(): Promise<void> {
    if (!this.ready) return;
    const [lastExport, empty] = await Promise.all([
      this.ready.repository.getSetting<string>('last-export'),
      this.ready.repository.isEmpty(),
    ]);
    this.ready = { ...this.ready, lastExport: lastExport ?? null, empty };
    this.version += 1;
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    // The browser's own storage errors carry no words for people: the register's catalogue has them.
    this.problem = error instanceof StorageError && error.fromBrowser ? this.m.storageFailed(error.kind) : message;
    const kind = error instanceof StorageError ? error.kind : 'failed';
    this.dispatchEvent(new HhsrsErrorEvent(kind, message));
  }

  private navigate(route: Route): void {
    this.route = route;
    this.problem = undefined;
    this.headingWanted = true;
  }

  protected override updated(): void {
    if (this.ready) this.arrivedWith(this.renderRoot.querySelector('[data-screen]'));
    // A screen still on its way shows "Loading…" without a heading: focus waits until it has arrived.
    const screen = this.renderRoot.querySelector<LitElement & { firstLoad?: Promise<void> }>('[data-screen]');
    if (this.headingWanted && screen) {
      this.headingWanted = false;
      const focusHeading = () => screen.querySelector<HTMLElement>('h1')?.focus();
      void screen.updateComplete.then(focusHeading);
      // A screen that reads its record first shows a "Loading…" heading, then replaces it: focus follows,
      // unless the user has already moved it somewhere else.
      void screen.firstLoad?.then(() => {
        if (!document.activeElement || document.activeElement === document.body) focusHeading();
      });
    }
  }

  /** The reservation ends once the first screen has read what it shows (the name prompt reads nothing). */
  private arrivedWith(screen: (Element & { firstLoad?: Promise<void> }) | null): void {
    if (!screen?.firstLoad) this.arriving.arrived();
    else void screen.firstLoad.then(() => this.arriving.arrived());
  }

  private context<M extends ShellMessages>(ready: NonNullable<HazardRegister['ready']>, m: M): RegisterContext<M> {
    return {
      repository: ready.repository,
      who: ready.who,
      today: this.effectiveToday,
      m,
      version: this.version,
      navigate: (route) => this.navigate(route),
      changed: (store: RegisterStore | 'register', id: string, change) => {
        this.dispatchEvent(new HhsrsRegisterChangeEvent(store, id, change));
        void this.refresh();
      },
      fail: (error) => this.fail(error),
      later: LATER_CODE,
      whoChanged: (who) => (this.ready = { ...ready, who }),
    };
  }

  private async saveWho(name: string): Promise<void> {
    if (!this.ready) return;
    await this.ready.repository.setSetting('who', name);
    this.ready = { ...this.ready, who: name };
    this.headingWanted = true;
  }

  /** A later screen's styles join the register's before it first renders (adopting them again changes nothing). */
  private withStyles(screen: LoadedScreen): LoadedScreen {
    adoptStyles(this.renderRoot as ShadowRoot, [...HazardRegister.elementStyles, screen.styles]);
    return screen;
  }

  /** The current screen, or "Loading…" (or a retry) while its code is on its way. */
  private screen(ready: NonNullable<HazardRegister['ready']>): TemplateResult {
    const route = this.route;
    if (route.view === 'properties')
      return html`<hhsrs-register-properties data-screen .ctx=${this.context(ready, this.m)}></hhsrs-register-properties>`;
    let part = this.screens.get(route.view);
    if (!part) {
      part = new OnDemand(this, () => loadScreen(route.view).then((loaded) => this.withStyles(loaded)));
      this.screens.set(route.view, part);
    }
    const screen = part.get();
    return screen
      ? screen.render(route, this.context(ready, catalogueFor(this.lang, screen.words)))
      : part.placeholder();
  }

  override render() {
    const m = this.m;
    if (!this.ready)
      return html`${errorBanner(m, this.problem)}<p class="status-line" role="status">${this.problem ? '' : m.opening}</p>`;
    if (!this.ready.who)
      return html`${errorBanner(m, this.problem)}${whoForm(m, (name) => void this.saveWho(name), this.landmark)}`;
    return html`
      ${navigation(m, this.route, (route) => this.navigate(route))}
      ${errorBanner(m, this.problem)}
      ${this.ready.empty ? nothing : exportReminder(m, this.ready.lastExport, this.effectiveToday, () => this.navigate({ view: 'data' }))}
      <div class="screen" part="screen" role=${this.landmark ?? nothing}>${this.screen(this.ready)}</div>
    `;
  }
}
