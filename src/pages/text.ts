import { html, type Html } from './html.ts';

/** A stretch of a text (UTF-16 offsets, end exclusive) that stands for an entity. */
export interface Span<T> {
  start: number;
  end: number;
  target: T;
}

/** One line of a paragraph's text: the lead, or a lettered item (`(a) …`) with its letter. */
export interface Line {
  text: string;
  /** Offset of the line's first character in the whole text. */
  offset: number;
  letter: string | null;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const letter = /^\(([a-z]{1,3})\)\s/.exec(line)?.[1] ?? null;
    lines.push({ text: line, offset, letter });
    offset += line.length + 1;
  }
  return lines;
}

/**
 * A line with the spans that fall inside it made into links. Spans are taken in order of their start,
 * the longer first; one that overlaps a span already taken is left out (one phrase can name several
 * entities, "议程项目2、3 和 5": `link` is called for the spans placed, so the caller can list the rest).
 */
export function linkedLine<T>(
  line: Line,
  spans: readonly Span<T>[],
  link: (text: string, target: T) => Html,
): Html {
  const end = line.offset + line.text.length;
  const inside = spans
    .filter((span) => span.start >= line.offset && span.end <= end && span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Html[] = [];
  let at = line.offset;
  for (const span of inside) {
    if (span.start < at) continue;
    parts.push(html`${line.text.slice(at - line.offset, span.start - line.offset)}`);
    parts.push(link(line.text.slice(span.start - line.offset, span.end - line.offset), span.target));
    at = span.end;
  }
  parts.push(html`${line.text.slice(at - line.offset)}`);
  return html`${parts}`;
}
