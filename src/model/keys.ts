import { ENTITY_KINDS, kindOfPrefix, type EntityKind } from './kinds.ts';

/**
 * Entity keys are `prefix:id`, readable and stable across loads:
 *   state:CHN                                  ISO 3166-1 alpha-3
 *   region:central-america                     slug of the English name
 *   network:ejn  organization:unodc  person:mauro-miedico  topic:extradition  convention:untoc
 *   article:untoc-18  article:untoc-18-13      convention, article, paragraph
 *   resolution:cop-untoc-5/7                   body and number
 *   document:CTOC/COP/WG.3/2012/5              the UN document symbol
 *   meeting:CTOC/COP/WG.3/2012                 the document series of the meeting
 *   recommendation:CTOC/COP/WG.3/2012/5#37(a)  report symbol, then paragraph and item
 *   paragraph:CTOC/COP/WG.3/2012/5#14
 *   section:CTOC/COP/WG.3/2012/5#3.D.1          chapter, section and subsection ordinals
 *   agenda-item:CTOC/COP/WG.3/2012/5#1(b)
 */
const KEY_PATTERN = /^([a-z][a-z-]*):(\S+)$/;

export interface ParsedKey {
  kind: EntityKind;
  id: string;
}

export function parseKey(key: string): ParsedKey | undefined {
  const match = KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const kind = kindOfPrefix(match[1]!);
  return kind ? { kind, id: match[2]! } : undefined;
}

export function kindOfKey(key: string): EntityKind | undefined {
  return parseKey(key)?.kind;
}

export function makeKey(kind: EntityKind, id: string): string {
  return `${ENTITY_KINDS[kind].prefix}:${id}`;
}

export const reportScopedKey = (kind: EntityKind, reportSymbol: string, local: string): string =>
  makeKey(kind, `${reportSymbol}#${local}`);

export const paragraphKey = (reportSymbol: string, number: number): string =>
  reportScopedKey('paragraph', reportSymbol, String(number));

export const recommendationKey = (reportSymbol: string, ref: string): string =>
  reportScopedKey('recommendation', reportSymbol, ref);

export const sectionKey = (reportSymbol: string, path: string): string =>
  reportScopedKey('section', reportSymbol, path);

export const agendaItemKey = (reportSymbol: string, number: string): string =>
  reportScopedKey('agendaItem', reportSymbol, number);

export const documentKey = (symbol: string): string => makeKey('document', symbol);

export const articleKey = (conventionId: string, article: number, paragraph?: number | null): string =>
  makeKey(
    'article',
    paragraph == null ? `${conventionId}-${article}` : `${conventionId}-${article}-${paragraph}`,
  );

export const resolutionKey = (bodyId: string, number: string): string =>
  makeKey('resolution', `${bodyId}-${number}`);

/** `untoc-18-13` → convention `untoc`, article 18, paragraph 13. */
export function parseArticleId(
  id: string,
): { convention: string; article: number; paragraph: number | null } | undefined {
  const match = /^(.+?)-(\d+)(?:-(\d+))?$/.exec(id);
  if (!match) return undefined;
  return { convention: match[1]!, article: Number(match[2]), paragraph: match[3] ? Number(match[3]) : null };
}
