import { ReportShapeError } from './errors.ts';
import { blanked, type SourceLine } from './lines.ts';
import { isFootnoteSeparator } from './lineShapes.ts';
import { joinLines } from './reflow.ts';

/** A footnote as printed at the foot of its page, before it is tied to the paragraph that cites it. */
export interface FootnoteText {
  marker: number;
  text: string;
  lines: [number, number];
}

/**
 * Takes the footnote blocks out of the text. A block starts at the line of underscores and runs to the end
 * of its page, which `endsBlock` recognises (the page header/footer line, or the start of what follows the
 * page); its lines are blanked so the text around a page break reads on. Footnotes are numbered through
 * the whole report, so the marker that starts the next note is always known; that keeps a note whose text
 * begins with a number ("15 日…") from being read as a new note.
 */
export function takeFootnotes(
  lines: readonly SourceLine[],
  endsBlock: (line: SourceLine) => boolean,
): { lines: SourceLine[]; footnotes: FootnoteText[] } {
  const kept: SourceLine[] = [];
  const footnotes: FootnoteText[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!isFootnoteSeparator(line.text)) {
      kept.push(line);
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < lines.length && !endsBlock(lines[end]!)) end += 1;
    const block = lines.slice(index + 1, end);
    footnotes.push(...readNotes(line, block, (footnotes.at(-1)?.marker ?? 0) + 1));
    kept.push(blanked(line), ...block.map(blanked));
    index = end;
  }
  return { lines: kept, footnotes };
}

function readNotes(separator: SourceLine, block: readonly SourceLine[], firstMarker: number): FootnoteText[] {
  const notes: { marker: number; texts: string[]; first: number; last: number }[] = [];
  for (const line of block) {
    if (line.text === '') continue;
    const expected = (notes.at(-1)?.marker ?? firstMarker - 1) + 1;
    const start = /^(\d{1,3})(?:\s+(.*))?$/.exec(line.text);
    const current = notes.at(-1);
    if (start && Number(start[1]) === expected) {
      notes.push({ marker: expected, texts: start[2] ? [start[2]] : [], first: line.no, last: line.no });
    } else if (current) {
      current.texts.push(line.text);
      current.last = line.no;
    } else {
      throw new ReportShapeError(line.no, `footnote ${expected} after the footnote separator`, line.text);
    }
  }
  if (notes.length === 0) {
    throw new ReportShapeError(separator.no, 'footnotes after the footnote separator, found none');
  }
  return notes.map((note) => {
    const text = joinLines(note.texts);
    if (text === '') throw new ReportShapeError(note.first, `the text of footnote ${note.marker}`);
    return { marker: note.marker, text, lines: [note.first, note.last] };
  });
}
