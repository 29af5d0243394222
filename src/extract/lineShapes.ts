import { chineseNumeralValue } from './chineseNumerals.ts';

/*
 * What the start of each kind of line looks like once trimmed. Whether a match really starts that kind of
 * block also depends on its neighbours and on numbering; that is decided where the blocks are built.
 */

/** "三. 审议情况概要" */
export function chapterHeading(text: string): { marker: string; ordinal: number; rest: string } | undefined {
  const match = /^([一二三四五六七八九十]+)\.\s*(\S.*)$/.exec(text);
  const ordinal = match ? chineseNumeralValue(match[1]!) : undefined;
  return match && ordinal !== undefined ? { marker: match[1]!, ordinal, rest: match[2]! } : undefined;
}

/** "D. 使用《联合国打击跨国有组织犯罪公约》…" */
export function letteredHeading(text: string): { letter: string; rest: string } | undefined {
  const match = /^([A-Z])\.\s+(\S.*)$/.exec(text);
  return match ? { letter: match[1]!, rest: match[2]! } : undefined;
}

/** "17. 萨赫勒…"; the period must not be a decimal point ("3.5 亿"). */
export function paragraphStart(text: string): { number: number; rest: string } | undefined {
  const match = /^(\d{1,3})\.(?:\s+|(?=[^\d\s.]))(.*)$/.exec(text);
  return match ? { number: Number(match[1]), rest: match[2]! } : undefined;
}

/** "(a) 检察官和中心当局…" */
export function itemStart(text: string): { letter: string; rest: string } | undefined {
  const match = /^\(([a-z])\)\s*(.*)$/.exec(text);
  return match ? { letter: match[1]!, rest: match[2]! } : undefined;
}

/** A footnote reference the PDF put on a line of its own inside a sentence ("议程" / "1" / "项目"). */
export function footnoteReference(text: string): number | undefined {
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** The line of underscores that separates the page's footnotes from its text. */
export const isFootnoteSeparator = (text: string): boolean => /^_{5,}$/.test(text);

/** "附件", or "附件一" when a report has several annexes. */
export const isAnnexHeading = (text: string): boolean => /^附件[一二三四五六七八九十]*$/.test(text);

/** The letter after `letter` ("a" → "b"). */
export const nextLetter = (letter: string): string => String.fromCharCode(letter.charCodeAt(0) + 1);
