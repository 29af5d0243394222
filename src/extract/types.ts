/** The structure read from the raw text of one Chinese report of the CTOC/COP working-group series. */
export interface ParsedReport {
  /** The report's symbol, taken from the page header/footer line, e.g. "CTOC/COP/WG.3/2012/5". */
  symbol: string;
  /** The first heading line: the body that met, e.g. "国际合作问题工作组". */
  body: string;
  /** The report title, reflowed; the report's own spacing between digits and CJK is kept. */
  title: string;
  /** ISO dates of the meeting, from the date line. */
  dates: string[];
  venue: string;
  /** Chapters, lettered sections and unlettered subheadings, flat and in document order. */
  sections: ParsedSection[];
  paragraphs: ParsedParagraph[];
  footnotes: ParsedFootnote[];
  annex: ParsedAnnex | null;
}

export interface ParsedSection {
  /** "3" for chapter 三, "3.D" for its section D, "3.D.1" for the first unlettered subheading in D. */
  path: string;
  level: 1 | 2 | 3;
  /** "三", "D", or "" for an unlettered subheading. */
  marker: string;
  /** Reflowed heading text without the marker. */
  heading: string;
  parent: string | null;
  /** Numbers of the paragraphs directly under this section (not under its subsections). */
  paragraphs: number[];
  /** 1-based first and last line in the source text. */
  lines: [number, number];
}

export interface ParsedItem {
  /** "a" for an item marked "(a)". */
  letter: string;
  /** Reflowed item text without the "(a)" marker. */
  text: string;
  lines: [number, number];
}

export interface ParsedParagraph {
  number: number;
  /** Path of the innermost section containing the paragraph. */
  section: string;
  /** Lead and items, each item on a new line starting "(a) "; footnote markers removed. */
  text: string;
  /** The text before the first item (the whole text when there are no items). */
  lead: string;
  items: ParsedItem[];
  /** Footnote markers that occur in the paragraph. */
  footnotes: number[];
  lines: [number, number];
}

export interface ParsedFootnote {
  marker: number;
  text: string;
  /** Number of the paragraph whose text carries the marker. */
  paragraph: number;
}

export interface ParsedAnnexDocument {
  /** The symbol as written, e.g. "CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4" for a joint symbol. */
  symbol: string;
  /** The individual symbols of a joint symbol; just [symbol] otherwise. */
  symbols: string[];
  /** The agenda cell as written, e.g. "4 和 5"; empty when the cell is empty. */
  agenda: string;
  /** Agenda items such as "1(b)", "4"; empty when the agenda cell is empty. */
  agendaItems: string[];
  title: string;
}

export interface ParsedAnnex {
  /** The annex's label line, "附件". */
  label: string;
  heading: string;
  columns: string[];
  documents: ParsedAnnexDocument[];
  lines: [number, number];
}
