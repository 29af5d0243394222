import { stringify } from 'csv-stringify/sync';

/** A cell: text, a number, a flag, or nothing. Lists and objects are written as JSON. */
export type Cell =
  string | number | boolean | null | undefined | readonly unknown[] | Record<string, unknown>;

/**
 * What a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) is
 * written with a leading apostrophe, which spreadsheets show as text (the OWASP advice against CSV
 * injection); numbers are written as numbers.
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  const text = typeof cell === 'string' ? cell : JSON.stringify(cell);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * CSV by RFC 4180 (CRLF line ends, fields quoted when they hold a comma, a quote or a line break, quotes
 * doubled) with a header row, in UTF-8 with a byte order mark so that spreadsheets read the Chinese as
 * UTF-8.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((row) => row.map(cellText)),
    { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', quoted_string: false },
  );
}
