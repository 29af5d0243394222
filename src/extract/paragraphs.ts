import type { ParagraphBlock } from './blocks.ts';
import { ReportShapeError } from './errors.ts';
import { endsClosed } from './lines.ts';
import { footnoteReference, itemStart, nextLetter } from './lineShapes.ts';
import { joinLines } from './reflow.ts';
import type { ParsedItem, ParsedParagraph } from './types.ts';

interface Part {
  texts: string[];
  first: number;
  last: number;
}

/**
 * Reads one numbered paragraph: its lead, its lettered items and the footnotes it cites. An "(a)" at the
 * start of a line opens an item only after a closed clause (the lead ends with "：", an item with "；"),
 * because a wrapped line can also start with a reference such as "(a)和(b)".
 */
export function buildParagraph(block: ParagraphBlock, section: string): ParsedParagraph {
  const lead: Part = { texts: [], first: block.first, last: block.first };
  const items: (Part & { letter: string })[] = [];
  const footnotes: number[] = [];
  let previous = '';

  for (const line of block.lines) {
    const part = items.at(-1) ?? lead;
    const reference = footnoteReference(line.text);
    if (reference !== undefined) {
      footnotes.push(reference);
      part.last = line.no;
      continue;
    }
    const item = itemStart(line.text);
    if (item && endsClosed(previous)) {
      const expected = items.length === 0 ? 'a' : nextLetter(items.at(-1)!.letter);
      if (item.letter !== expected) {
        throw new ReportShapeError(line.no, `item (${expected}) in paragraph ${block.number}`, line.text);
      }
      items.push({ letter: item.letter, texts: [item.rest], first: line.no, last: line.no });
    } else {
      part.texts.push(line.text);
      part.last = line.no;
    }
    previous = line.text;
  }

  const parsedItems: ParsedItem[] = items.map((item) => ({
    letter: item.letter,
    text: joinLines(item.texts),
    lines: [item.first, item.last],
  }));
  const leadText = joinLines(lead.texts);
  const text = [leadText, ...parsedItems.map((item) => `(${item.letter}) ${item.text}`)]
    .filter((part) => part !== '')
    .join('\n');
  return {
    number: block.number,
    section,
    text,
    lead: leadText,
    items: parsedItems,
    footnotes,
    lines: [block.first, block.last],
  };
}
