import { ReportShapeError } from './errors.ts';
import { endsClosed, endsWithSentencePunctuation, type SourceLine } from './lines.ts';
import {
  chapterHeading,
  footnoteReference,
  itemStart,
  letteredHeading,
  nextLetter,
  paragraphStart,
} from './lineShapes.ts';

/** A chapter ("三. …"), a lettered section ("D. …") or an unlettered subheading ("引渡（第 16 条）"). */
export interface HeadingBlock {
  kind: 'heading';
  level: 'chapter' | 'lettered' | 'unlettered';
  /** "三", "D", or "" for an unlettered subheading. */
  marker: string;
  /** Heading lines with the marker taken off the first. */
  texts: string[];
  first: number;
  last: number;
}

/** A numbered paragraph: its lines, the first without its number, footnote reference lines included. */
export interface ParagraphBlock {
  kind: 'paragraph';
  number: number;
  lines: SourceLine[];
  first: number;
  last: number;
}

export type Block = HeadingBlock | ParagraphBlock;

/** Unlettered subheadings are short labels; a longer line is wrapped paragraph text. */
const MAX_SUBHEADING_LENGTH = 60;

/**
 * Cuts the body (from the first chapter heading to the annex, debris already blanked) into headings and
 * numbered paragraphs. Blank lines carry no meaning inside a paragraph, because the PDF puts them between
 * wrapped lines, but a heading ends at the first blank line. Chapters, letters and paragraph numbers must
 * run on without gaps; a gap is reported rather than guessed around.
 */
export function segmentBody(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let chapter = 0;
  let letter: string | undefined;
  let paragraph = 0;
  // Whether the last text line ended a sentence or a heading, so that a new heading may follow it.
  let closed = true;
  let afterBlank = false;

  lines.forEach((line, index) => {
    const { text, no } = line;
    if (text === '') {
      afterBlank = true;
      return;
    }
    const current = blocks.at(-1);
    const chapterMatch = chapterHeading(text);
    const letteredMatch = letteredHeading(text);
    const paragraphMatch = paragraphStart(text);
    const expectedLetter = letter === undefined ? 'A' : nextLetter(letter);

    if (chapterMatch) {
      if (chapterMatch.ordinal !== chapter + 1) {
        throw new ReportShapeError(no, `chapter ${chapter + 1} after chapter ${chapter}`, text);
      }
      chapter = chapterMatch.ordinal;
      letter = undefined;
      blocks.push(heading('chapter', chapterMatch.marker, chapterMatch.rest, no));
    } else if (letteredMatch && chapter > 0 && (letteredMatch.letter === expectedLetter || closed)) {
      // A wrong letter after a closed sentence is a gap in the lettering; elsewhere "B. " could be a
      // wrapped initial, so only the expected letter is taken as a heading there.
      if (letteredMatch.letter !== expectedLetter) {
        throw new ReportShapeError(no, `section ${expectedLetter} in chapter ${chapter}`, text);
      }
      letter = letteredMatch.letter;
      blocks.push(heading('lettered', letteredMatch.letter, letteredMatch.rest, no));
    } else if (paragraphMatch) {
      if (paragraphMatch.number !== paragraph + 1) {
        throw new ReportShapeError(no, `paragraph ${paragraph + 1}`, `paragraph ${paragraphMatch.number}`);
      }
      if (chapter === 0) throw new ReportShapeError(no, 'a chapter heading before the first paragraph', text);
      paragraph = paragraphMatch.number;
      blocks.push({
        kind: 'paragraph',
        number: paragraph,
        lines: [{ no, text: paragraphMatch.rest }],
        first: no,
        last: no,
      });
    } else if (footnoteReference(text) !== undefined) {
      if (current?.kind !== 'paragraph') {
        throw new ReportShapeError(no, 'footnote references only inside numbered paragraphs', text);
      }
      current.lines.push(line);
      current.last = no;
      afterBlank = false;
      return; // a reference is not text: it neither closes nor opens a sentence
    } else if (current?.kind === 'heading' && !afterBlank) {
      current.texts.push(text);
      current.last = no;
    } else if (chapter > 0 && closed && isUnletteredHeading(lines, index)) {
      blocks.push(heading('unlettered', '', text, no));
    } else if (current?.kind === 'paragraph') {
      current.lines.push(line);
      current.last = no;
    } else {
      throw new ReportShapeError(no, 'a numbered paragraph or a heading', text);
    }
    closed = blocks.at(-1)?.kind === 'heading' || endsClosed(text);
    afterBlank = false;
  });
  return blocks;
}

function heading(level: HeadingBlock['level'], marker: string, text: string, no: number): HeadingBlock {
  return { kind: 'heading', level, marker, texts: [text], first: no, last: no };
}

/**
 * An unlettered subheading has no marker to recognise it by. It is a short line that does not end like a
 * sentence, comes after a finished sentence or a heading, and is followed directly by a numbered paragraph.
 */
function isUnletteredHeading(lines: readonly SourceLine[], index: number): boolean {
  const text = lines[index]!.text;
  if (text.length > MAX_SUBHEADING_LENGTH || endsWithSentencePunctuation(text) || itemStart(text)) {
    return false;
  }
  const next = lines.slice(index + 1).find((line) => line.text !== '');
  return next !== undefined && paragraphStart(next.text) !== undefined;
}
