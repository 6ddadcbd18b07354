/** @module Writes rows as RFC 4180 CSV (every field quoted), for the samples the scripts build. */

/** CSV text with a header row of `columns`, then one line per row. */
export function toCsv(rows: readonly Record<string, string>[], columns: readonly string[]): string {
  const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
