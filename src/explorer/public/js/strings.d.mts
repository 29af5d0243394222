// Types of strings.mjs for the TypeScript that reads it (the tests).

export type Lang = 'en' | 'zh';
/** A text, with `{name}` where a value is filled in, or a list of texts. */
export type Text = string | readonly string[];

export declare const STRINGS: Record<Lang, Record<string, Text>>;
export declare const LANGUAGES: readonly Lang[];
export declare const SAME_IN_EVERY_LANGUAGE: readonly string[];

export declare function parts(lang: Lang, id: string, values?: Record<string, unknown>): unknown[];
export declare function t(lang: Lang, id: string, values?: Record<string, unknown>): string;
export declare function list(lang: Lang, id: string): readonly string[];

export declare class PageError extends Error {
  id: string;
  values: Record<string, unknown>;
  constructor(id: string, values?: Record<string, unknown>);
}

export declare function errorParts(lang: Lang, error: Error, wrap?: (value: unknown) => unknown): unknown[];
