import type { ParsedReport } from '../extract/types.ts';

/** The numbers of the paragraphs in a section and its subsections, in order: what its heading stands over. */
export function paragraphsUnder(parsed: ParsedReport, path: string): number[] {
  return parsed.sections
    .filter((other) => other.path === path || other.path.startsWith(`${path}.`))
    .flatMap((other) => other.paragraphs)
    .sort((a, b) => a - b);
}
