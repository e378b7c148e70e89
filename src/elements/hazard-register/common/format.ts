/** Dates and amounts as GOV.UK writes them: "2 March 2026", "£1,250.00", "3 MB". */
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
const numberFormat = new Intl.NumberFormat('en-GB');
const poundsFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

export function formatDate(isoDate: string | null): string {
  return isoDate === null ? '' : dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant (ISO) in UK time, or a UK clock time 'YYYY-MM-DDTHH:MM' as written. */
export function formatDateTime(value: string): string {
  return /Z|[+-]\d{2}:\d{2}$/.test(value)
    ? dateTimeFormat.format(new Date(value))
    : `${formatDate(value.slice(0, 10))}, ${value.slice(11, 16)}`;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatPounds(pence: number | null): string {
  return pence === null ? '' : poundsFormat.format(pence / 100);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/** Pence from what a person typed as pounds ('1,250.50'), or null when blank, or NaN when not money. */
export function penceFrom(text: string): number | null {
  const clean = text.replace(/[£,\s]/g, '');
  if (clean === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(clean) ? Math.round(Number(clean) * 100) : Number.NaN;
}

/** A property's address on one line, as a letter would give it: lines, town and postcode, none left out. */
export function formatAddress(p: {
  addressLine1: string;
  addressLine2: string;
  town: string;
  postcode: string;
}): string {
  return [p.addressLine1, p.addressLine2, p.town, p.postcode].filter(Boolean).join(', ');
}
