import { focusErrorSummary } from '../../ui/error-summary.ts';

/** Where focus goes once the next render is drawn: the new page's title, or the error summary Continue raised. */
export class PageFocus {
  next: 'title' | 'errors' | null = null;

  /** After each render. A page still on its way has no title yet: it is focused when it arrives. */
  apply(root: ShadowRoot): void {
    const title = root.querySelector<HTMLElement>('#page-title');
    if (this.next === 'title' && title) title.focus();
    if (this.next === 'errors') focusErrorSummary(root);
    if (this.next === 'errors' || title) this.next = null;
  }
}
