import type { ParsedParagraph, ParsedReport } from '../extract/types.ts';

/**
 * The paragraph that introduces the annex (本报告附件开列了…): the annex table continues it, so what the
 * table states is stated by that paragraph.
 */
export function annexIntroParagraph(parsed: ParsedReport): ParsedParagraph | undefined {
  if (!parsed.annex) return undefined;
  return [...parsed.paragraphs].reverse().find((paragraph) => paragraph.text.includes('附件'));
}
