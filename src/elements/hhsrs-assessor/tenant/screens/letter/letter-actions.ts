import type { ReactiveControllerHost } from 'lit';
import { letterLayout, letterText, type TenantLetter } from '../../../../../print/letter-layout.ts';
import { HhsrsErrorEvent } from '../../../../events.ts';
import type { TenantTranslate } from '../../messages.ts';
import type { Later, PdfCode } from '../../state.ts';

type Host = HTMLElement & Pick<ReactiveControllerHost, 'requestUpdate'>;

/**
 * Print, PDF and copy for the letter, with a status line saying what happened. jsPDF is fetched only when
 * the tenant asks for a PDF, so the check itself never loads it.
 */
export class LetterActionsController {
  status = '';
  fallbackText: string | null = null;
  busy = false;
  private visit = -1;

  constructor(private readonly host: Host) {}

  /** A new visit to a page starts with nothing said about what was done on the last. */
  startVisit(visit: number): this {
    if (visit !== this.visit) {
      this.visit = visit;
      this.status = '';
      this.fallbackText = null;
    }
    return this;
  }

  print(): void {
    this.status = '';
    window.print();
  }

  async pdf(letter: TenantLetter, t: TenantTranslate, code: Later<PdfCode>): Promise<void> {
    this.busy = true;
    this.status = t('letterPdfMaking');
    this.host.requestUpdate();
    try {
      const pdf = await code.fetch();
      if (!pdf) throw new Error('The PDF maker could not be fetched');
      pdf.downloadBlob(await pdf.renderPdf(letterLayout(letter)), t('letterFileName'));
      this.status = t('letterPdfReady');
    } catch {
      this.status = t('letterPdfFailed');
      this.host.dispatchEvent(new HhsrsErrorEvent('print', this.status));
    }
    this.busy = false;
    this.host.requestUpdate();
  }

  async copy(letter: TenantLetter, t: TenantTranslate): Promise<void> {
    const text = letterText(letter);
    try {
      await navigator.clipboard.writeText(text);
      this.fallbackText = null;
      this.status = t('letterCopied');
    } catch {
      // Some browsers refuse the clipboard (permissions, an iframe): show the text to copy by hand.
      this.fallbackText = text;
      this.status = t('letterCopyFailed');
    }
    this.host.requestUpdate();
  }
}

const kept = new WeakMap<Host, LetterActionsController>();

/** The element's letter actions, kept while it lives so a status outlasts the renders of one visit. */
export function letterActionsOf(host: Host, visit: number): LetterActionsController {
  let actions = kept.get(host);
  if (!actions) {
    actions = new LetterActionsController(host);
    kept.set(host, actions);
  }
  return actions.startVisit(visit);
}
