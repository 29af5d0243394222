import type { ParsedParagraph, ParsedReport } from '../extract/types.ts';
import { paragraphKey, sectionKey } from '../model/keys.ts';
import { annexIntroParagraph } from './annex.ts';

/** A stretch of a text, in UTF-16 code units (what JavaScript indexes strings by), end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** One row of the annex table inside the text of the paragraph that introduces the annex. */
export interface AnnexRowText {
  symbol: string;
  /** The whole row: symbol, agenda cell and title. */
  row: TextRange;
  /** The symbol and the agenda cell (the symbol alone when the cell is empty). */
  symbolAndAgenda: TextRange;
  /** Each agenda item number of the cell ("4", "5" of "4 和 5"). */
  items: Map<string, TextRange>;
}

/**
 * The Chinese text a paragraph node serves (`textZh`, `Paragraph.text(lang: ZH)`): its lead and lettered
 * items as the parser reflowed them, then its footnotes, each on a line of its own after its superscript
 * marker, and, for the paragraph that introduces the annex, the annex table that continues it (label,
 * heading, column names, one document a line). Everything a relationship quotes from the paragraph lies in
 * this one text, so a client can slice every quote out of what it was served.
 */
export interface ParagraphText {
  number: number;
  key: string;
  text: string;
  lead: TextRange;
  /** Each lettered item's line, "(a) …", marker included. */
  items: Map<string, TextRange>;
  footnotes: TextRange[];
  annex: { range: TextRange; rows: AnnexRowText[] } | null;
}

/** The text a section node serves as `textZh`: its heading without the marker, as `Section.heading(lang: ZH)` serves it. */
export interface HeadingText {
  path: string;
  key: string;
  text: string;
}

export interface ReportTexts {
  paragraphs: Map<number, ParagraphText>;
  headings: Map<string, HeadingText>;
  /** The served Chinese text of a paragraph or section node, by key. */
  byKey: Map<string, string>;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (marker: number): string =>
  [...String(marker)].map((digit) => SUPERSCRIPT_DIGITS[Number(digit)]).join('');

/** Appends parts to a text, remembering where each landed. */
class TextBuilder {
  text = '';

  /** Starts a new line (unless the text is empty) and appends `part`; returns its range. */
  line(part: string): TextRange {
    if (this.text !== '') this.text += '\n';
    return this.append(part);
  }

  append(part: string): TextRange {
    const start = this.text.length;
    this.text += part;
    return { start, end: this.text.length };
  }
}

function paragraphText(parsed: ParsedReport, paragraph: ParsedParagraph, symbol: string): ParagraphText {
  const builder = new TextBuilder();
  const lead = paragraph.lead === '' ? { start: 0, end: 0 } : builder.line(paragraph.lead);
  const items = new Map<string, TextRange>();
  for (const item of paragraph.items) items.set(item.letter, builder.line(`(${item.letter}) ${item.text}`));
  // The parser's paragraph text is lead and items joined the same way: the two must not drift apart.
  if (builder.text !== paragraph.text) {
    throw new Error(`paragraph ${paragraph.number}: lead and items do not make up the paragraph text`);
  }
  const footnotes = parsed.footnotes
    .filter((footnote) => footnote.paragraph === paragraph.number)
    .map((footnote) => {
      const line = builder.line(`${superscript(footnote.marker)} `);
      return { start: line.start, end: builder.append(footnote.text).end };
    });

  let annex: ParagraphText['annex'] = null;
  if (parsed.annex && paragraph === annexIntroParagraph(parsed)) {
    const start = builder.line(parsed.annex.label).start;
    builder.line(parsed.annex.heading);
    builder.line(parsed.annex.columns.join(' '));
    const rows = parsed.annex.documents.map((document): AnnexRowText => {
      const symbolRange = builder.line(document.symbol);
      const itemRanges = new Map<string, TextRange>();
      let symbolAndAgenda = symbolRange;
      if (document.agenda !== '') {
        builder.append(' ');
        const cell = builder.append(document.agenda);
        let from = 0;
        for (const number of document.agendaItems) {
          const at = document.agenda.indexOf(number, from);
          itemRanges.set(number, { start: cell.start + at, end: cell.start + at + number.length });
          from = at + number.length;
        }
        symbolAndAgenda = { start: symbolRange.start, end: cell.end };
      }
      builder.append(' ');
      const end = builder.append(document.title).end;
      return {
        symbol: document.symbol,
        row: { start: symbolRange.start, end },
        symbolAndAgenda,
        items: itemRanges,
      };
    });
    annex = { range: { start, end: builder.text.length }, rows };
  }
  return {
    number: paragraph.number,
    key: paragraphKey(symbol, paragraph.number),
    text: builder.text,
    lead,
    items,
    footnotes,
    annex,
  };
}

/** The served Chinese texts of a report's paragraphs and section headings. */
export function reportTexts(parsed: ParsedReport, symbol: string): ReportTexts {
  const paragraphs = new Map(
    parsed.paragraphs.map((paragraph) => [paragraph.number, paragraphText(parsed, paragraph, symbol)]),
  );
  const headings = new Map(
    parsed.sections.map((section) => [
      section.path,
      { path: section.path, key: sectionKey(symbol, section.path), text: section.heading },
    ]),
  );
  const byKey = new Map<string, string>();
  for (const paragraph of paragraphs.values()) byKey.set(paragraph.key, paragraph.text);
  for (const heading of headings.values()) byKey.set(heading.key, heading.text);
  return { paragraphs, headings, byKey };
}

/** Where `text` holds `quote` (first occurrence) inside one of `ranges`. */
export function findInRanges(
  text: string,
  quote: string,
  ranges: readonly TextRange[],
): TextRange | undefined {
  for (const range of ranges) {
    const at = text.slice(range.start, range.end).indexOf(quote);
    if (at >= 0) return { start: range.start + at, end: range.start + at + quote.length };
  }
  return undefined;
}
