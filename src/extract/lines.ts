/** One line of the source text. `text` is trimmed: leading and trailing spaces are layout, not content. */
export interface SourceLine {
  /** 1-based line number in the source text. */
  no: number;
  text: string;
}

export function splitLines(source: string): SourceLine[] {
  return source.split(/\r\n|\r|\n/).map((raw, index) => ({ no: index + 1, text: raw.trim() }));
}

/** A line blanked out as debris keeps its number but becomes empty, so adjacency between lines survives. */
export const blanked = (line: SourceLine): SourceLine => ({ no: line.no, text: '' });

export const isBlank = (line: SourceLine): boolean => line.text === '';

/** Punctuation that ends a sentence or an introductory clause: a line ending with it closes its text. */
const CLOSING = /[。；：？！.;:?!]$/;

export const endsClosed = (text: string): boolean => CLOSING.test(text);

/** Punctuation a heading never ends with, but a wrapped sentence may. */
const SENTENCE_PUNCTUATION = /[。；：？！，、.;:?!,]$/;

export const endsWithSentencePunctuation = (text: string): boolean => SENTENCE_PUNCTUATION.test(text);
