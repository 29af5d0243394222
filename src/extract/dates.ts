import { ReportShapeError } from './errors.ts';

/** "2012 年 10 月 15 日": year and month are written once and carry over to the days after them. */
const DAY = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g;
const LIST_SEPARATOR = /^(?:、|和|及|，|,)$/;
const RANGE_SEPARATOR = /^(?:至|-|–|—)$/;
const DAY_MS = 86_400_000;

/**
 * ISO dates of a Chinese date expression such as "2012 年 10 月 15 日、16 日和 18 日" or
 * "2031 年 3 月 31 日至 4 月 2 日"; a range ("至") stands for every day in it.
 */
export function parseChineseDates(text: string, lineNo: number): string[] {
  const dates: string[] = [];
  let year: number | undefined;
  let month: number | undefined;
  let end = 0;
  let previous: number | undefined;
  for (const match of text.matchAll(DAY)) {
    const gap = text.slice(end, match.index).trim();
    const isRange = RANGE_SEPARATOR.test(gap);
    if (dates.length === 0 ? gap !== '' : !isRange && !LIST_SEPARATOR.test(gap)) {
      throw new ReportShapeError(lineNo, 'a date such as "2012 年 10 月 15 日、16 日和 18 日"', text);
    }
    year = match[1] ? Number(match[1]) : year;
    month = match[2] ? Number(match[2]) : month;
    if (year === undefined || month === undefined) {
      throw new ReportShapeError(lineNo, 'a year and month before the first day', text);
    }
    const day = dayNumber(year, month, Number(match[3]), lineNo, text);
    if (previous !== undefined && day <= previous) {
      throw new ReportShapeError(lineNo, 'meeting days in increasing order', text);
    }
    const first = isRange && previous !== undefined ? previous + DAY_MS : day;
    for (let time = first; time <= day; time += DAY_MS) dates.push(new Date(time).toISOString().slice(0, 10));
    previous = day;
    end = match.index + match[0].length;
  }
  if (dates.length === 0 || text.slice(end).trim() !== '') {
    throw new ReportShapeError(lineNo, 'a date such as "2012 年 10 月 15 日、16 日和 18 日"', text);
  }
  return dates;
}

function dayNumber(year: number, month: number, day: number, lineNo: number, text: string): number {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ReportShapeError(lineNo, 'a real calendar date', text);
  }
  return time;
}

/** The date line under the body's name: "2012 年 10 月 15 日、16 日和 18 日，维也纳" → dates and venue. */
export function parseDateLine(text: string, lineNo: number): { dates: string[]; venue: string } {
  const match = /^(.*日)\s*[，,]\s*(\S.*)$/.exec(text);
  if (!match) throw new ReportShapeError(lineNo, 'the date line "<dates>，<venue>"', text);
  return { dates: parseChineseDates(match[1]!, lineNo), venue: match[2]! };
}
