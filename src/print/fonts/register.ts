import type { jsPDF } from 'jspdf';
import { notInSans, sansBold, sansRegular } from './liberation-sans.ts';

/** The family name the embedded fonts are registered under; pass to `pdf.setFont`. */
export const SANS = 'HHSRSSans';

/** Embeds the regular and bold sans in `pdf`, so text outside Latin-1 (ŵ ŷ × ÷ →) draws correctly. */
export function registerSans(pdf: jsPDF): void {
  pdf.addFileToVFS('HHSRSSans-Regular.ttf', sansRegular);
  pdf.addFont('HHSRSSans-Regular.ttf', SANS, 'normal');
  pdf.addFileToVFS('HHSRSSans-Bold.ttf', sansBold);
  pdf.addFont('HHSRSSans-Bold.ttf', SANS, 'bold');
}

/**
 * Makes user text safe to draw with the embedded fonts: composes accents typed as separate marks (so a
 * decomposed "w" + circumflex still prints as ŵ), drops invisible formatting marks (soft hyphens would
 * otherwise print as hyphens), turns tabs and other controls into spaces, and shows any
 * character the fonts lack as "?" rather than an empty box that copies out as nothing.
 */
export function fitToFont(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, '')
    .replace(/[\t\v\f\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, ' ')
    .replace(notInSans, '?');
}
