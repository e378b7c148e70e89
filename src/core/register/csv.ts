/**
 * CSV as spreadsheets write it (RFC 4180): commas, double quotes doubled inside quoted cells, CRLF line
 * ends. Text that a spreadsheet would run as a formula (starting =, +, -, @, tab or CR) is written with a
 * leading apostrophe, and read back without it.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export interface ParsedCsv {
  rows: string[][];
  /** Problems a person can fix in the file, e.g. a quote that is never closed. */
  problems: string[];
}

/** Reads CSV text into rows of cells; blank lines are skipped and a byte-order mark is ignored. */
export function parseCsv(text: string): ParsedCsv {
  const rows: string[][] = [];
  const problems: string[] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const source = text.replace(/^\ufeff/, '');
  const endCell = () => {
    row.push(/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);
    value = '';
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') [value, i] = [`${value}"`, i + 1];
      else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        value += char;
      }
    } else if (char === '"' && value === '') [quoted, quoteLine] = [true, line];
    else if (char === ',') endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
    } else value += char;
  }
  if (quoted)
    problems.push(`A quoted cell that starts on line ${quoteLine} is never closed: add the missing " and try again.`);
  if (value !== '' || row.length > 0) endRow();
  return { rows, problems };
}
