import type { PrintBlock, PrintDocument } from './document.ts';

/**
 * A tenant's letter to the landlord, every line already worded in the tenant's language. The tenant
 * self-check builds it from the answers; this module only lays it out, as a printable document (for the PDF)
 * and as plain text (to paste into an email), so both say exactly the same.
 */
export interface TenantLetter {
  /** BCP 47, e.g. 'en-GB'. */
  lang: string;
  /** The subject line, e.g. "Repairs needed at 12 Mill Lane". */
  subject: string;
  /** The tenant's name, address lines and contact details, one line each. */
  sender: readonly string[];
  /** The date written out, e.g. "23 November 2026". */
  date: string;
  /** E.g. "To: Mill Lane Lettings". */
  recipient: string;
  greeting: string;
  /** Before the list of problems. */
  opening: readonly string[];
  problems: readonly LetterProblem[];
  /** After the list: what to reply, what happens otherwise, anything the tenant added. */
  closing: readonly string[];
  signOff: string;
  signature: string;
  /** Printed small at the foot of every PDF page. */
  footer: string;
}

export interface LetterProblem {
  /** E.g. "Problem 1: Damp or mould". */
  heading: string;
  /** Label and value, e.g. ["Where", "Bedroom, bathroom"]. */
  rows: readonly (readonly [string, string])[];
}

/**
 * The letter as a PrintDocument, laid out as a letter is: the sender's address and the date first, then who
 * it is to, then the subject as its heading, then the letter in reading order.
 */
export function letterLayout(letter: TenantLetter): PrintDocument {
  const blocks: PrintBlock[] = [
    { kind: 'paragraph', text: letter.sender.join('\n') },
    { kind: 'paragraph', text: letter.date },
    { kind: 'paragraph', text: letter.recipient },
    { kind: 'heading', level: 1, text: letter.subject },
    { kind: 'paragraph', text: letter.greeting },
    ...letter.opening.map((text): PrintBlock => ({ kind: 'paragraph', text })),
  ];
  for (const problem of letter.problems) {
    blocks.push({ kind: 'heading', level: 2, text: problem.heading }, { kind: 'keyValue', rows: problem.rows });
  }
  blocks.push(
    ...letter.closing.map((text): PrintBlock => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: letter.signOff },
    { kind: 'paragraph', text: letter.signature, emphasis: 'strong' },
  );
  return { title: letter.subject, lang: letter.lang, footer: letter.footer, blocks };
}

/** The letter as plain text for an email: blank lines between parts, the subject first. */
export function letterText(letter: TenantLetter): string {
  const parts: string[] = [
    letter.subject,
    letter.sender.join('\n'),
    letter.date,
    letter.recipient,
    letter.greeting,
    ...letter.opening,
    ...letter.problems.map((problem) =>
      [problem.heading, ...problem.rows.map(([label, value]) => `${label}: ${value}`)].join('\n'),
    ),
    ...letter.closing,
    `${letter.signOff}\n${letter.signature}`,
  ];
  return `${parts.filter((part) => part.trim() !== '').join('\n\n')}\n`;
}
