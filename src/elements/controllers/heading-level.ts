import type { ReactiveController, ReactiveControllerHost } from 'lit';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A `heading-level` attribute's value as a level 1–6, or undefined for anything else (the default applies). */
export function headingLevelOf(value: unknown): number | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
}

/**
 * Moves every heading an element shows up or down by the same number of levels, so the element can sit
 * under a page's own h1 (`heading-level="2"`) and the page keeps one outline. A heading keeps its tag and
 * its look; the level assistive technology reads comes from `aria-level`. `top` is the level of the
 * element's own top heading when no `heading-level` is given; at that level nothing is watched or changed.
 * Screens render later (fetched on demand, or after a record loads), so the shadow root is watched.
 */
export class HeadingLevels implements ReactiveController {
  private observer: MutationObserver | undefined;
  private shift = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly top: number,
    private readonly wanted: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.shift !== 0) this.watch();
  }

  hostUpdated(): void {
    const shift = (headingLevelOf(this.wanted()) ?? this.top) - this.top;
    if (shift === this.shift) return;
    this.shift = shift;
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.host.shadowRoot) this.apply(this.host.shadowRoot);
    if (shift !== 0) this.watch();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private watch(): void {
    const root = this.host.shadowRoot;
    if (!root || this.observer) return;
    this.apply(root);
    this.observer = new MutationObserver(() => this.apply(root));
    this.observer.observe(root, { childList: true, subtree: true });
  }

  private apply(root: ShadowRoot): void {
    for (const heading of root.querySelectorAll<HTMLElement>(HEADINGS)) {
      if (this.shift === 0) {
        heading.removeAttribute('aria-level');
        continue;
      }
      const level = String(Math.min(6, Math.max(1, Number(heading.tagName[1]) + this.shift)));
      if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
    }
  }
}
