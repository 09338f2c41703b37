/** A GitHub-flavoured Markdown table; numeric-looking columns are right-aligned. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const numeric = header.map((_, column) => cells.length > 0 && cells.every((row) => /^[-+]?[\d.,]+\s*(%|×|ms|KB|req\/s)?$|^–$/.test(row[column] ?? '')));
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(header), line(header.map((_, column) => (numeric[column] ? '---:' : '---'))), ...cells.map(line)].join('\n');
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(2);
export const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const met = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The value at quantile q (0..1) of a list of numbers, nearest-rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
