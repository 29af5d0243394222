import { HttpError } from '../web/http.ts';

/**
 * The addresses of the pages, one canonical form each. A key or a report symbol is one path segment,
 * percent-encoded except for letters, digits, `-._~` and `:` (so `network:ejn` reads as it is, while
 * `/`, `#`, `(` and `)` of `recommendation:CTOC/COP/WG.3/2012/5#37(a)` are encoded and the address
 * survives being pasted into Markdown or a citation manager).
 */

export const ENTITY_PREFIX = '/entities/';
export const REPORT_PREFIX = '/reports/';
/** The list of the reports loaded. */
export const REPORTS_PATH = '/reports';
export const SEARCH_PATH = '/search';

/** Longest key or symbol a page address may carry; the longest in the graph is far shorter. */
export const MAX_SEGMENT = 300;

export function encodeSegment(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
}

export const entityPath = (key: string): string => `${ENTITY_PREFIX}${encodeSegment(key)}`;
export const reportPath = (symbol: string): string => `${REPORT_PREFIX}${encodeSegment(symbol)}`;
export const paragraphAnchor = (number: number): string => `para-${number}`;
export const paragraphPath = (symbol: string, number: number): string =>
  `${reportPath(symbol)}#${paragraphAnchor(number)}`;
export const searchPath = (text: string): string => `${SEARCH_PATH}?q=${encodeURIComponent(text)}`;
export const explorerPath = (key: string): string => `/explore?focus=${encodeURIComponent(key)}`;

/** The machine forms of a page address, asked for by a suffix instead of an Accept header. */
export const SUFFIXES = { '.jsonld': 'application/ld+json', '.json': 'application/json' } as const;
export type Suffix = keyof typeof SUFFIXES;

export interface PageAddress {
  /** The key or symbol, decoded. */
  name: string;
  suffix: Suffix | undefined;
  /** The canonical path of the same address (with the suffix), when the request used another form. */
  redirect: string | undefined;
}

/**
 * Reads `<prefix><segment>[.jsonld|.json]`. Any spelling of the same name (raw slashes, lower-case hex,
 * `%3A`) is redirected to the canonical one; malformed percent-encoding and overlong names are refused.
 */
export function readAddress(pathname: string, prefix: string): PageAddress {
  let rest = pathname.slice(prefix.length);
  const suffix = (Object.keys(SUFFIXES) as Suffix[]).find((ending) => rest.endsWith(ending));
  if (suffix) rest = rest.slice(0, -suffix.length);
  if (rest.length > MAX_SEGMENT * 3) throw new HttpError(414, 'the address is too long');
  let name: string;
  try {
    name = decodeURIComponent(rest);
  } catch {
    throw new HttpError(400, 'the address has malformed percent-encoding');
  }
  if (name === '') throw new HttpError(404, 'the address names nothing');
  if (name.length > MAX_SEGMENT) {
    throw new HttpError(414, `the name in the address is longer than ${MAX_SEGMENT} characters`);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    throw new HttpError(400, 'the address holds control characters');
  }
  const canonical = `${prefix}${encodeSegment(name)}${suffix ?? ''}`;
  return { name, suffix, redirect: canonical === pathname ? undefined : canonical };
}
