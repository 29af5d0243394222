import type { Block } from './blocks.ts';
import { chineseNumeralValue } from './chineseNumerals.ts';
import { ReportShapeError } from './errors.ts';
import { joinLines } from './reflow.ts';
import type { ParsedSection } from './types.ts';

/**
 * Builds the section outline from the body's blocks and says which section each paragraph is in. Paths
 * use ordinals so they stay stable keys: chapter 三 → "3", its section D → "3.D", and unlettered
 * subheadings are counted within their parent → "3.D.1".
 */
export function buildSections(blocks: readonly Block[]): {
  sections: ParsedSection[];
  sectionOfParagraph: Map<number, string>;
} {
  const sections: ParsedSection[] = [];
  const sectionOfParagraph = new Map<number, string>();
  // Open sections from the chapter down to the innermost one; each block extends all of them.
  let open: ParsedSection[] = [];
  const subheadingCounts = new Map<string, number>();

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const innermost = open.at(-1);
      if (!innermost) throw new ReportShapeError(block.first, 'a chapter heading before the first paragraph');
      innermost.paragraphs.push(block.number);
      sectionOfParagraph.set(block.number, innermost.path);
    } else {
      let parent: ParsedSection | undefined;
      let path: string;
      if (block.level === 'chapter') {
        open = [];
        path = String(chineseNumeralValue(block.marker));
      } else {
        open = open.filter((section) => section.marker !== '');
        if (block.level === 'lettered') open = open.slice(0, 1);
        parent = open.at(-1);
        if (!parent) throw new ReportShapeError(block.first, 'a chapter heading before the first section');
        const count = block.level === 'unlettered' ? (subheadingCounts.get(parent.path) ?? 0) + 1 : 0;
        if (block.level === 'unlettered') subheadingCounts.set(parent.path, count);
        path = `${parent.path}.${block.level === 'lettered' ? block.marker : count}`;
      }
      const section: ParsedSection = {
        path,
        level: (open.length + 1) as ParsedSection['level'],
        marker: block.marker,
        heading: joinLines(block.texts),
        parent: parent?.path ?? null,
        paragraphs: [],
        lines: [block.first, block.last],
      };
      sections.push(section);
      open.push(section);
    }
    for (const section of open) section.lines[1] = block.last;
  }
  return { sections, sectionOfParagraph };
}
