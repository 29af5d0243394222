import { parseDateLine } from './dates.ts';
import { ReportShapeError } from './errors.ts';
import type { SourceLine } from './lines.ts';
import { joinLines } from './reflow.ts';

export interface FrontMatter {
  body: string;
  title: string;
  dates: string[];
  venue: string;
}

/**
 * Reads what comes before the first chapter: the name of the body that met, the date line with the venue,
 * and the title, which may wrap over several lines.
 */
export function parseFrontMatter(lines: readonly SourceLine[]): FrontMatter {
  const [bodyLine, dateLine, ...titleLines] = lines.filter((line) => line.text !== '');
  if (!bodyLine) throw new ReportShapeError(1, 'the name of the body that met, on the first line');
  if (!dateLine) throw new ReportShapeError(bodyLine.no, 'a date line after the name of the body');
  const { dates, venue } = parseDateLine(dateLine.text, dateLine.no);
  if (titleLines.length === 0)
    throw new ReportShapeError(dateLine.no, 'the report title after the date line');
  return { body: bodyLine.text, title: joinLines(titleLines.map((line) => line.text)), dates, venue };
}
