import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the user is told while a part loads, and if it cannot (offline before it was ever fetched). */
export interface OnDemandWords {
  loading: string;
  failed: string;
  tryAgain: string;
}

export const ON_DEMAND_WORDS: OnDemandWords = {
  loading: 'Loading…',
  failed:
    'This part of the page could not load. Check your connection, then try again. Nothing you have entered is lost.',
  tryAgain: 'Try again',
};

/**
 * A part of an element whose code is fetched the first time it is needed, so a page downloads only what
 * its first screen shows. `module` is undefined until it has arrived; the host re-renders when it does.
 */
export class OnDemand<M> {
  module: M | undefined;
  failed = false;
  private loading: Promise<M | undefined> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<M>,
  ) {}

  /** The module if it has arrived; otherwise starts fetching it (once) and returns undefined. */
  get(): M | undefined {
    if (!this.module && !this.failed) void this.fetch();
    return this.module;
  }

  /** Resolves with the module, or undefined if it could not be fetched (then `failed` is set). */
  fetch(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.module);
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      () => {
        this.failed = true;
        this.loading = undefined;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /** After a failure, on the user's word: fetch again. */
  retry(): Promise<M | undefined> {
    this.failed = false;
    this.host.requestUpdate();
    return this.fetch();
  }

  /** What to show in the part's place until it has arrived: a status line, or the failure with a retry. */
  placeholder(words: OnDemandWords = ON_DEMAND_WORDS): TemplateResult {
    if (!this.failed) return html`<p role="status">${words.loading}</p>`;
    return couldNotLoad(words, () => void this.retry());
  }
}

/** The alert shown when something could not be fetched or read, with the button that tries again. */
export function couldNotLoad(words: OnDemandWords, tryAgain: () => void): TemplateResult {
  return html`<div role="alert">
    <p>${words.failed}</p>
    <button type="button" class="button button--secondary" @click=${tryAgain}>${words.tryAgain}</button>
  </div>`;
}
