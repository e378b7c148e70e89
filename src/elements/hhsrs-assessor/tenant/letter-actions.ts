import type { ReactiveControllerHost } from 'lit';
import { HhsrsErrorEvent } from '../../events.ts';
import { letterLayout, letterText, type TenantLetter } from '../../../print/letter-layout.ts';
import type { TenantTranslate } from './messages.ts';

/**
 * Print, PDF and copy for the letter, with a status line saying what happened. jsPDF is loaded only when
 * the tenant asks for a PDF, so the check itself never loads it.
 */
export class LetterActions {
  status = '';
  fallbackText: string | null = null;
  busy = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  reset(): void {
    this.status = '';
    this.fallbackText = null;
  }

  print(): void {
    this.status = '';
    window.print();
  }

  async pdf(letter: TenantLetter, t: TenantTranslate): Promise<void> {
    this.busy = true;
    this.status = t('letterPdfMaking');
    this.host.requestUpdate();
    try {
      const [{ renderPdf }, { downloadBlob }] = await Promise.all([import('../../../print/render-pdf.ts'), import('../../../print/download.ts')]);
      downloadBlob(await renderPdf(letterLayout(letter)), t('letterFileName'));
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
