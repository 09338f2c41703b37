/** Excel needs the byte order mark to read UTF-8 (accents, non-Latin names) instead of its legacy code page. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell starting with these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a text
 * that a spreadsheet would run as a formula gets a leading `'`, which shows it as text.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of a CSV file: cells joined by commas, each line ended by CRLF. */
export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
