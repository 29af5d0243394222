import { ReportShapeError } from './errors.ts';
import { isBareSymbol } from './symbols.ts';
import type { SourceLine } from './lines.ts';

/**
 * Finds the report symbol from the page header/footer line, which holds nothing but the symbol. A bare
 * symbol line right after a line ending in "-" or "/" is the second half of a symbol wrapped in the annex
 * table, not a header. Headers repeat on every page the extraction kept, so the most frequent bare symbol
 * wins; on a tie the earliest, since body pages come before the annex.
 */
export function findReportSymbol(lines: readonly SourceLine[]): string {
  const counts = new Map<string, number>();
  let previous = '';
  for (const line of lines) {
    if (line.text === '') continue;
    if (isBareSymbol(line.text) && !/[-/]$/.test(previous)) {
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    }
    previous = line.text;
  }
  let best: string | undefined;
  for (const [symbol, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0)) best = symbol;
  }
  if (best === undefined) {
    throw new ReportShapeError(0, 'a page header/footer line holding only the report symbol, none was found');
  }
  return best;
}

export const isPageHeader = (line: SourceLine, symbol: string): boolean => line.text === symbol;
