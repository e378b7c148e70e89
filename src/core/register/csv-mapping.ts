/** A column a CSV import understands: its field, the words a spreadsheet might head it with, and whether it must be there. */
export interface ColumnSpec {
  field: string;
  label: string;
  required: boolean;
  aliases: readonly string[];
}

/** Field → column index in the file (null: not in the file). */
export type ColumnMapping = Record<string, number | null>;

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Matches a file's header row to the fields, by field name, label or alias, ignoring case, spaces and punctuation. */
export function guessMapping(header: readonly string[], specs: readonly ColumnSpec[]): ColumnMapping {
  const heads = header.map(normalise);
  const mapping: ColumnMapping = {};
  for (const spec of specs) {
    const names = new Set([spec.field, spec.label, ...spec.aliases].map(normalise));
    const index = heads.findIndex((head) => names.has(head));
    mapping[spec.field] = index === -1 ? null : index;
  }
  return mapping;
}

/** The required fields a mapping leaves without a column, by label. */
export function unmappedRequired(mapping: ColumnMapping, specs: readonly ColumnSpec[]): string[] {
  return specs.filter((spec) => spec.required && (mapping[spec.field] ?? null) === null).map((spec) => spec.label);
}

/** One data row as field → text, trimmed; a field with no column, or an empty cell, is left out. */
export function applyMapping(row: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, index] of Object.entries(mapping)) {
    const value = index === null ? '' : (row[index] ?? '').trim();
    if (value !== '') out[field] = value;
  }
  return out;
}
