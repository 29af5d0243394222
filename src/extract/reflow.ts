/**
 * Joins the trimmed lines of one wrapped text. The PDF breaks Chinese lines anywhere, so CJK lines join with
 * no space; a space is put back only where the break falls between Latin words ("Rosa Ana" / "Morán"),
 * because Latin text is the one script here that separates words with spaces.
 */
export function joinLines(lines: readonly string[]): string {
  let joined = '';
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    if (joined !== '' && breaksBetweenLatinWords(joined, text)) joined += ' ';
    joined += text;
  }
  return joined;
}

const LATIN_LETTER_END = /\p{Script=Latin}$/u;
const LATIN_WORD_END = /[\p{Script=Latin}0-9,;:.)]$/u;
const LATIN_LETTER_START = /^\p{Script=Latin}/u;
const DIGIT_START = /^[0-9]/;

function breaksBetweenLatinWords(before: string, after: string): boolean {
  // A number next to a number or to CJK ("15" + "日") says nothing about words, so a letter must be involved.
  if (LATIN_LETTER_START.test(after)) return LATIN_WORD_END.test(before);
  return DIGIT_START.test(after) && LATIN_LETTER_END.test(before);
}
