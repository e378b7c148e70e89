import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

/** The narrowest screen WCAG 1.4.10 asks content to reflow into: 320 CSS px (a 1280 px window at 400 % zoom). */
export const NARROW = 320;

/** Every element on the page, inside every shadow root. */
function everything(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? everything(el.shadowRoot) : [])]);
}

/**
 * The nearest box that clips this one to nothing on purpose (visually hidden text, a table's hidden heading row):
 * what is inside it is never seen, so only the clipping box's own place counts.
 */
function clipper(el: Element): Element | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' || style.clip !== 'auto') return node;
  }
  return undefined;
}

function describe(el: Element): string {
  const text = el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  const rect = el.getBoundingClientRect();
  return (
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).trim()}` : ''}` +
    ` (${Math.round(rect.left)}–${Math.round(rect.right)} px) “${text}”`
  );
}

/**
 * What a user at 320 px would have to scroll sideways to see: the page wider than the window, or any element
 * (in any shadow root) reaching past either edge of it, including one inside a box that scrolls sideways.
 */
export function sidewaysOverflow(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width)
    found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
  const outside = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5);
  };
  for (const el of everything(document)) {
    const clipping = clipper(el);
    if (outside(el) && (!clipping || clipping === el || outside(clipping))) found.push(describe(el));
    // Text that does not wrap runs out of its box while the box itself fits.
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim() || clipping) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5))
        found.push(`text in ${describe(el)} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
    }
  }
  return found;
}

/** A 320 px window, and a record of each screen and state checked in it and of what did not fit. */
export class WidthCheck {
  readonly checked: string[] = [];
  private failures: string[] = [];

  async narrow(): Promise<void> {
    await setViewport({ width: NARROW, height: 800 });
  }

  async wide(): Promise<void> {
    await setViewport({ width: 800, height: 600 });
  }

  /** Notes, naming each element, whether the screen now shown needs sideways scrolling at 320 px. */
  fits(state: string): void {
    expect(document.documentElement.clientWidth, 'the window is 320 px wide').to.equal(NARROW);
    this.checked.push(state);
    this.failures.push(...sidewaysOverflow().map((problem) => `${state}: ${problem}`));
  }

  /** Fails with every screen and element that did not fit since the last call. */
  allFit(): void {
    const failures = this.failures;
    this.failures = [];
    expect(failures, 'wider than 320 px').to.deep.equal([]);
  }
}
