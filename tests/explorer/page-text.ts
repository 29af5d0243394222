import type { Page } from 'playwright-core';
import { STRINGS, type Lang } from '../../src/explorer/public/js/strings.mjs';
import { ENTITY_KINDS } from '../../src/model/kinds.ts';
import { RELATION_TYPES } from '../../src/model/relations.ts';

/** What the page shows as text: its own (checked against the tables) and the graph's (`translate="no"`). */
export interface PageText {
  /** Text nodes outside `translate="no"`, with the element that holds them (for messages). */
  own: { text: string; where: string }[];
  /** Text nodes inside `translate="no"`: names, keys, paragraphs, the server's words. */
  data: { text: string; where: string }[];
  /** Every title, aria-label and placeholder, and the document's title. */
  attributes: { text: string; where: string }[];
}

/** Every text of the page, hidden ones included (a panel's hidden state is text too). */
export function collectPageText(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    const where = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className && typeof element.className === 'string'
          ? `.${element.className.split(' ')[0]}`
          : ''
      } in ${element.closest('[id]')?.id ?? 'body'}`;
    const result: PageText = { own: [], data: [], attributes: [] };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('script, style')) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const entry = { text, where: where(parent) };
      if (parent.closest('[translate="no"]')) result.data.push(entry);
      else result.own.push(entry);
    }
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value !== null && value.trim() !== '') {
          result.attributes.push({
            text: value.replace(/\s+/g, ' ').trim(),
            where: `${where(element)} @${name}`,
          });
        }
      }
    }
    result.attributes.push({ text: document.title, where: 'document title' });
    return result;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = /\p{L}/u;

/**
 * Patterns for the pieces of the page that a table text can become. A text with `{value}`s is shown
 * whole, with the values filled in, or cut where a value is an element (a name from the graph): then
 * each text node holds the template's text from one value to another. Pieces with no letter (" → ")
 * say nothing in any language and are left out, so that they cannot vouch for a text.
 */
function tablePatterns(lang: Lang): RegExp[] {
  const patterns: RegExp[] = [];
  for (const value of Object.values(STRINGS[lang])) {
    for (const template of typeof value === 'string' ? [value] : value) {
      const literals = template.split(/\{\w+\}/);
      for (let from = 0; from < literals.length; from += 1) {
        for (let to = from; to < literals.length; to += 1) {
          const pieces = literals.slice(from, to + 1);
          if (!LETTER.test(pieces.join(''))) continue;
          const source = pieces.map(escape).join('[\\s\\S]+?').replace(/\s+/g, ' ').trim();
          patterns.push(new RegExp(`^${source.replace(/ /g, '\\s*')}$`, 'u'));
        }
      }
    }
  }
  return patterns;
}

/** The names of kinds and relationship types in `lang`, as the model defines them. */
export function vocabularyLabels(lang: Lang): Set<string> {
  return new Set([
    ...Object.values(ENTITY_KINDS).map((kind) => kind[lang]),
    ...Object.values(RELATION_TYPES).map((type) => type[lang]),
  ]);
}

/** Texts of the page's own that are not in `lang`'s table: an empty list is a page in `lang`. */
export function notInTable(lang: Lang, texts: { text: string; where: string }[]): string[] {
  const patterns = tablePatterns(lang);
  const labels = vocabularyLabels(lang);
  return texts
    .filter(({ text }) => LETTER.test(text))
    .filter(({ text }) => !labels.has(text) && !patterns.some((pattern) => pattern.test(text)))
    .map(({ text, where }) => `${where}: ${JSON.stringify(text)}`);
}

/**
 * Texts marked as the graph's that are not made of what the graph (or the user) holds: each must be
 * part of one such string, or be such strings joined by signs. This keeps `translate="no"` from
 * hiding the page's own text.
 */
export function notFromGraph(texts: { text: string; where: string }[], known: Set<string>): string[] {
  const strings = [
    ...known,
    ...vocabularyLabels('en'),
    ...vocabularyLabels('zh'),
    ...Object.keys(RELATION_TYPES),
  ]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .sort((a, b) => b.length - a.length);
  return texts
    .filter(({ text }) => {
      const bare = text.replace(/…$/, '');
      if (strings.some((string) => string.includes(bare))) return false;
      let rest = text;
      for (const string of strings) rest = rest.split(string).join(' ');
      return LETTER.test(rest);
    })
    .map(({ text, where }) => `${where}: ${JSON.stringify(text)}`);
}

/** Whether a text has a Chinese character. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
