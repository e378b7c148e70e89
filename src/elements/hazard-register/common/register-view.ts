import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RegisterContext } from '../context.ts';
import type { RegisterMessages, ShellMessages } from '../messages.ts';

/**
 * A screen of the register. It renders into the register's own shadow root (no shadow root of its own), so
 * the register's styles apply and one error summary, one heading order and one set of ids cover the page.
 * `load()` runs when the screen opens and whenever the register changes; `loading` is true meanwhile.
 */
export abstract class RegisterView<M extends ShellMessages = RegisterMessages> extends LitElement {
  @property({ attribute: false }) ctx!: RegisterContext<M>;
  @state() protected loading = true;
  private loadedFor = '';
  private settled!: () => void;
  /** Resolves once the first load has finished and been rendered: the screen's real heading is in place. */
  readonly firstLoad: Promise<void> = new Promise((resolve) => (this.settled = resolve));

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** What the screen shows (e.g. a record id): when it changes, the screen loads again. */
  protected subject(): string {
    return '';
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const wanted = `${this.ctx.version}|${this.subject()}`;
    if (wanted !== this.loadedFor) {
      this.loadedFor = wanted;
      void this.reload();
    }
  }

  /** Loads again now (after a save on this screen, or a change of filter). */
  protected async reload(): Promise<void> {
    this.loading = true;
    try {
      await this.load();
    } catch (error) {
      this.ctx.fail(error);
    } finally {
      this.loading = false;
      void this.updateComplete.then(this.settled);
    }
  }

  protected abstract load(): Promise<void>;
}
