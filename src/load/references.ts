import { articleKey, documentKey, resolutionKey } from '../model/keys.ts';
import { normalize } from './surfaceForms.ts';

export interface ArticleReference {
  key: string;
  conventionId: string;
  article: number;
  paragraph: number | null;
  form: string;
}

export interface Reference {
  key: string;
  form: string;
}

/** 第 18 条第 13 款, 第 18 条，第 8款, 第21条 — optionally right after 《convention》. */
const ARTICLE = /(?:《([^》]+)》)?第(\d+)条(?:，?第(\d+)款)?/g;
/** 第 5/7 号决议, 第 3/2 号决定. */
const RESOLUTION = /第(\d+\/\d+)号(决议|决定)/g;
/** UN document symbols such as CTOC/COP/WG.3/2012/1 or UNODC/CCPCJ/EG.1/2012/4. */
const SYMBOL = /[A-Z]{2,}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+(?:-[A-Z]{2,}(?:\/[A-Za-z0-9.]*[A-Za-z0-9])+)?/g;

/**
 * Article references in text. A reference right after a convention's name in 《》 points to that
 * convention; a bare one to the report's default convention.
 */
export function findArticleReferences(
  text: string,
  conventionIdOf: (name: string) => string | undefined,
  defaultConventionId: string,
): ArticleReference[] {
  const found: ArticleReference[] = [];
  for (const match of normalize(text).matchAll(ARTICLE)) {
    const conventionId = (match[1] && conventionIdOf(match[1])) || defaultConventionId;
    const article = Number(match[2]);
    const paragraph = match[3] ? Number(match[3]) : null;
    found.push({
      key: articleKey(conventionId, article, paragraph),
      conventionId,
      article,
      paragraph,
      form: match[0].replace(/^《[^》]+》/, ''),
    });
  }
  return found;
}

export function findResolutionReferences(text: string, bodyId: string): Reference[] {
  return [...normalize(text).matchAll(RESOLUTION)].map((match) => ({
    key: resolutionKey(bodyId, match[1]!),
    form: match[0],
  }));
}

/** Symbols are matched in the text as written: white space is what ends them. */
export function findDocumentReferences(text: string): Reference[] {
  return [...text.matchAll(SYMBOL)].map((match) => ({ key: documentKey(match[0]), form: match[0] }));
}
