import { html, nothing, type TemplateResult } from 'lit';

export interface FileButtonOptions {
  label: TemplateResult | string;
  /** Id of the hidden file input (tests and scripts set files on it). */
  inputId: string;
  accept: string;
  onFile: (file: File) => void;
  buttonId?: string;
  describedBy?: string;
}

/**
 * A GOV.UK secondary button that opens the browser's file chooser. The file input itself is hidden from sight,
 * focus and screen readers, so the button is the one control a keyboard user meets; the input is emptied after
 * each choice, so choosing the same file again is still noticed.
 */
export function fileButton(o: FileButtonOptions) {
  const chosen = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) o.onFile(file);
  };
  return html`<button type="button" class="button button--secondary" id=${o.buttonId ?? nothing} aria-describedby=${o.describedBy ?? nothing}
      @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement | null)?.click()}>${o.label}</button
    ><input type="file" id=${o.inputId} class="visually-hidden" tabindex="-1" aria-hidden="true" accept=${o.accept} @change=${chosen} />`;
}
