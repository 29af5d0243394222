import { agendaItemKey, articleKey, documentKey, resolutionKey } from '../model/keys.ts';
import type { TextRange } from './reportTexts.ts';
import type { NormalizedText } from './surfaceForms.ts';

/** A reference found in a text, with where it stands in the text as written. */
export interface Reference extends TextRange {
  key: string;
  /** The reference with its white space taken out ("第18条第13款"). */
  form: string;
}

export interface ArticleReference extends Reference {
  conventionId: string;
  article: number;
  paragraph: number | null;
  /** Where the article part stands ("第 18 条" of "第 18 条第 13 款"), and the convention's name before it, if any. */
  articlePart: TextRange;
  convention: TextRange | null;
}

/** 第 18 条第 13 款, 第 18 条，第 8款, 第21条 — optionally right after 《convention》. */
const ARTICLE = /(《([^》]+)》)?(第(\d+)条)(?:，?第(\d+)款)?/dg;
/** 第 5/7 号决议, 第 3/2 号决定. */
const RESOLUTION = /第(\d+\/\d+)号(决议|决定)/g;
/** 议程项目 3, 议程项目2、3 和 5, 议程项目 1 至 4: agenda items by number, in lists and ranges. */
const AGENDA_ITEM_NUMBER = String.raw`\d{1,2}(?:\([a-z]\))?`;
const AGENDA_ITEMS = new RegExp(
  `议程项目(${AGENDA_ITEM_NUMBER}(?:(?:、|和|及|至)${AGENDA_ITEM_NUMBER})*)`,
  'g',
);
/** UN document symbols such as CTOC/COP/WG.3/2012/1 or UNODC/CCPCJ/EG.1/2012/4. */
const SYMBOL = /[A-Z]{2,}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+(?:-[A-Z]{2,}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+)?/g;

/**
 * Article references in text. A reference right after a convention's name in 《》 points to that
 * convention; a bare one to the report's default convention.
 */
export function findArticleReferences(
  text: NormalizedText,
  conventionIdOf: (name: string) => string | undefined,
  defaultConventionId: string,
): ArticleReference[] {
  const found: ArticleReference[] = [];
  for (const match of text.normalized.matchAll(ARTICLE)) {
    const conventionId = (match[2] && conventionIdOf(match[2])) || defaultConventionId;
    const article = Number(match[4]);
    const paragraph = match[5] ? Number(match[5]) : null;
    const [start, end] = match.indices![0]!;
    const [articleStart, articleEnd] = match.indices![3]!;
    const named = match.indices![1];
    const referenceStart = named ? named[1] : start;
    found.push({
      key: articleKey(conventionId, article, paragraph),
      conventionId,
      article,
      paragraph,
      form: match[0].slice(referenceStart - start),
      ...text.rawRange(referenceStart, end),
      articlePart: text.rawRange(articleStart, articleEnd),
      convention: named ? text.rawRange(named[0], named[1]) : null,
    });
  }
  return found;
}

export function findResolutionReferences(text: NormalizedText, bodyId: string): Reference[] {
  return [...text.normalized.matchAll(RESOLUTION)].map((match) => ({
    key: resolutionKey(bodyId, match[1]!),
    form: match[0],
    ...text.rawRange(match.index, match.index + match[0].length),
  }));
}

/**
 * Agenda-item references: one reference per item of a list or range ("议程项目 1 至 4" names items 1 to
 * 4), each standing for the whole reference, which is what names the item.
 */
export function findAgendaItemReferences(text: NormalizedText, reportSymbol: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.normalized.matchAll(AGENDA_ITEMS)) {
    const parts = match[1]!.split(/(、|和|及|至)/);
    const numbers: string[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const number = parts[i]!;
      const previous = numbers.at(-1);
      if (parts[i - 1] === '至' && previous && /^\d+$/.test(previous) && /^\d+$/.test(number)) {
        for (let n = Number(previous) + 1; n < Number(number); n += 1) numbers.push(String(n));
      }
      numbers.push(number);
    }
    const range = text.rawRange(match.index, match.index + match[0].length);
    for (const number of new Set(numbers)) {
      found.push({ key: agendaItemKey(reportSymbol, number), form: match[0], ...range });
    }
  }
  return found;
}

/** Symbols are matched in the text as written: white space is what ends them. */
export function findDocumentReferences(text: NormalizedText): Reference[] {
  return [...text.raw.matchAll(SYMBOL)].map((match) => ({
    key: documentKey(match[0]),
    form: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}
