// Building an Intl.NumberFormat costs far more than using one; scoring formats numbers in a hot loop.
const formatters = new Map<number, Intl.NumberFormat>();

/** Numbers as an officer writes them: thousands separated, no trailing zeros (1,714; 65.49; 4.6). */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter.format(value);
}

/** "a, b or c" for listing allowed values in an error message. */
export function listOf(values: readonly (string | number)[]): string {
  const words = values.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

export const CLASS_NAMES = ['Class I', 'Class II', 'Class III', 'Class IV'] as const;
