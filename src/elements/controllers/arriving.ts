import { css, unsafeCSS } from 'lit';

/**
 * The space an element holds while its first screen arrives, so the page below it does not jump when the
 * screen is drawn (the same figures as the `:not(:defined)` rules the embedding guide gives a page).
 * `--hhsrs-reserved-height` on the element overrides it; each figure is at most the first screen's height
 * at any width, so nothing moves up when the reservation ends.
 */
export const RESERVED_HEIGHT = {
  officer: '100vh',
  tenant: 'min(100vh, 45rem)',
  overcrowding: 'min(100vh, 35rem)',
  register: '19rem',
} as const;

/** The element's styles for the reservation: `:state(arriving)` holds the height until `arrived()`. */
export function arrivingStyles(height: string) {
  return css`
    :host(:state(arriving)) {
      min-height: var(--hhsrs-reserved-height, ${unsafeCSS(height)});
    }
  `;
}

/**
 * Marks an element as arriving from its creation until its first screen is drawn. Where the browser has no
 * custom states, the element simply holds no space.
 */
export class Arriving {
  private readonly states: Set<string> | undefined;

  constructor(host: HTMLElement) {
    this.states = host.attachInternals?.().states;
    this.states?.add('arriving');
  }

  arrived(): void {
    this.states?.delete('arriving');
  }
}
