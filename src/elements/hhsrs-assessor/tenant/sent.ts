import { toDayNumber } from '../../../core/iso-date.ts';
import type { TenantSentDetails } from '../../../schema/tenant.ts';
import type { DateParts } from './fields.ts';
import type { TenantKey } from './messages.ts';

/** The date typed as day, month and year (GOV.UK date input), as YYYY-MM-DD, or null when it is not a real date. */
export function sentDate(sent: DateParts | undefined): string | null {
  if (!sent) return null;
  const [day, month, year] = [sent.day, sent.month, sent.year].map((part) => part.trim());
  if (!/^\d{1,2}$/.test(day!) || !/^\d{1,2}$/.test(month!) || !/^\d{4}$/.test(year!)) return null;
  const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  try {
    toDayNumber(iso, 'sent');
    return iso;
  } catch {
    return null;
  }
}

/** What is wrong with the date the letter was sent, in GOV.UK's order: missing, not a real date, in the future. */
export function sentDateError(sent: TenantSentDetails | undefined, today: string | undefined): TenantKey | null {
  if (!sent || [sent.day, sent.month, sent.year].every((part) => !part.trim())) return 'sentOnMissing';
  const iso = sentDate(sent);
  if (!iso) return 'sentOnReal';
  if (today && iso > today) return 'sentOnFuture';
  return null;
}

/** What is wrong with the day the landlord was first told, in GOV.UK's order: missing, not a real date, in the future. */
export function toldDateError(told: DateParts, today: string | undefined): TenantKey | null {
  if ([told.day, told.month, told.year].every((part) => !part.trim())) return 'toldWhenMissing';
  const iso = sentDate(told);
  if (!iso) return 'toldWhenReal';
  if (today && iso > today) return 'toldWhenFuture';
  return null;
}
