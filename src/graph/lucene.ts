/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes, so that no character of the
 * input can act as query syntax: every special character is escaped, boolean operator words are lowered,
 * and each Latin word also matches as a prefix (`iber` finds IberRed) for search-as-you-type.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CJK = /[\u3400-\u9fff]/;

export function toLuceneQuery(text: string): string {
  const words = text
    .normalize('NFKC')
    .split(/\s+/)
    .map((word) => word.replace(SPECIAL, (char) => `\\${char}`))
    .filter((word) => word.length > 0)
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word));
  return words
    .map((word) => (CJK.test(word) || word.endsWith('\\') ? word : `(${word} OR ${word}*)`))
    .join(' ');
}

/**
 * One exact term for an index whose analyzer keeps each value whole (`keyword`): every special
 * character and space escaped, so that the value is looked up as it is.
 */
export function luceneTerm(value: string): string {
  return value.replace(/[+\-&|!(){}[\]^"~*?:\\/\s]/g, (char) => `\\${char}`);
}
