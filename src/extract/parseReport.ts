import { parseAnnex } from './annex.ts';
import { segmentBody, type ParagraphBlock } from './blocks.ts';
import { ReportShapeError } from './errors.ts';
import { takeFootnotes, type FootnoteText } from './footnotes.ts';
import { parseFrontMatter } from './frontMatter.ts';
import { blanked, splitLines } from './lines.ts';
import { chapterHeading, isAnnexHeading } from './lineShapes.ts';
import { findReportSymbol, isPageHeader } from './pageFurniture.ts';
import { buildParagraph } from './paragraphs.ts';
import { buildSections } from './sections.ts';
import type { ParsedFootnote, ParsedParagraph, ParsedReport } from './types.ts';

export type * from './types.ts';
export { ReportShapeError } from './errors.ts';

/**
 * Parses the text extracted from the PDF of a Chinese report of the CTOC/COP working-group series into its
 * structure. The steps: find the report symbol from the page header line; take out the footnote blocks and
 * the header lines; read the front matter before chapter 一; cut the body into headings and numbered
 * paragraphs; read the annex table. Throws ReportShapeError when the text departs from that layout.
 */
export function parseReport(text: string): ParsedReport {
  const source = splitLines(text);
  const symbol = findReportSymbol(source);
  // A footnote block ends with its page: at the footer line, or where the next page visibly begins.
  const withoutFootnotes = takeFootnotes(
    source,
    (line) =>
      isPageHeader(line, symbol) || isAnnexHeading(line.text) || chapterHeading(line.text) !== undefined,
  );
  const lines = withoutFootnotes.lines.map((line) => (isPageHeader(line, symbol) ? blanked(line) : line));

  const annexStarts = lines.flatMap((line, index) => (isAnnexHeading(line.text) ? [index] : []));
  if (annexStarts.length > 1) {
    throw new ReportShapeError(lines[annexStarts[1]!]!.no, 'at most one annex', lines[annexStarts[1]!]!.text);
  }
  const bodyEnd = annexStarts[0] ?? lines.length;
  const bodyStart = lines.findIndex((line, index) => index < bodyEnd && chapterHeading(line.text));
  if (bodyStart < 0)
    throw new ReportShapeError(0, 'a first chapter heading such as "一. 导言", none was found');

  const front = parseFrontMatter(lines.slice(0, bodyStart));
  const blocks = segmentBody(lines.slice(bodyStart, bodyEnd));
  const { sections, sectionOfParagraph } = buildSections(blocks);
  const paragraphs = blocks
    .filter((block): block is ParagraphBlock => block.kind === 'paragraph')
    .map((block) => buildParagraph(block, sectionOfParagraph.get(block.number)!));
  if (paragraphs.length === 0) throw new ReportShapeError(0, 'numbered paragraphs, none were found');

  return {
    symbol,
    ...front,
    sections,
    paragraphs,
    footnotes: attachFootnotes(withoutFootnotes.footnotes, paragraphs),
    annex: annexStarts[0] === undefined ? null : parseAnnex(lines.slice(bodyEnd)),
  };
}

/** Ties each footnote to the paragraph citing it; an uncited note or a citation without a note is an error. */
function attachFootnotes(
  notes: readonly FootnoteText[],
  paragraphs: readonly ParsedParagraph[],
): ParsedFootnote[] {
  const citedBy = new Map<number, ParsedParagraph>();
  for (const paragraph of paragraphs) {
    for (const marker of paragraph.footnotes) {
      if (!notes.some((note) => note.marker === marker)) {
        throw new ReportShapeError(
          paragraph.lines[0],
          `the text of footnote ${marker}, cited in paragraph ${paragraph.number}`,
        );
      }
      if (citedBy.has(marker)) {
        throw new ReportShapeError(paragraph.lines[0], `footnote ${marker} to be cited once`);
      }
      citedBy.set(marker, paragraph);
    }
  }
  return notes.map((note) => {
    const paragraph = citedBy.get(note.marker);
    if (!paragraph) throw new ReportShapeError(note.lines[0], `a paragraph citing footnote ${note.marker}`);
    return { marker: note.marker, text: note.text, paragraph: paragraph.number };
  });
}
