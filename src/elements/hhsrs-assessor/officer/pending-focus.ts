import { focusErrorSummary } from '../../ui/error-summary.ts';

/** Where focus goes once the next render is drawn: an element by id, the error summary, or a list of problems. */
export class PendingFocus {
  target: string | undefined;

  /**
   * After each render. A target not drawn yet (a hazard just added, whose card the scoring part draws) is
   * tried again after the next render when `mayYetBeDrawn`.
   */
  apply(root: ShadowRoot, mayYetBeDrawn: boolean): void {
    const target = this.target;
    this.target = undefined;
    if (target === 'error-summary') focusErrorSummary(root);
    else if (target === 'pack-problems') root.querySelector<HTMLElement>('[data-pack-problems]')?.focus();
    else if (target === 'import-problems') root.querySelector<HTMLElement>('[data-import-problems]')?.focus();
    else if (target) {
      const found = root.querySelector<HTMLElement>(`#${target}`);
      if (found) found.focus();
      else if (mayYetBeDrawn) this.target = target;
    }
  }
}
