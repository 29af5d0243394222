/**
 * An English name as name filters and sorts compare it: lower case, without accents (`Côte d’Ivoire` and
 * `cote d'ivoire` are the same), apostrophes and dashes made plain. Stored beside each name at load time
 * (`nameEnFold`) and applied to the client's text, so both sides fold alike. Chinese is compared as written.
 */
export function foldEnglish(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}
