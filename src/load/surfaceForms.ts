import type { TextRange } from './reportTexts.ts';

/** Matching ignores white space: the report writes "第 18 条第 13 款" and "第21条" alike. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * A text with its white space taken out, remembering where each remaining character stood, so that what
 * is found in the normalized text can be pointed at in the text as written.
 */
export class NormalizedText {
  readonly normalized: string;
  private readonly positions: number[] = [];

  constructor(readonly raw: string) {
    let normalized = '';
    for (let i = 0; i < raw.length; i += 1) {
      if (/\s/.test(raw[i]!)) continue;
      normalized += raw[i];
      this.positions.push(i);
    }
    this.normalized = normalized;
  }

  /** Whether white space stood in the written text between normalized characters i - 1 and i. */
  spaceBefore(i: number): boolean {
    return i > 0 && this.positions[i]! > this.positions[i - 1]! + 1;
  }

  /** The range of the written text that normalized characters [start, end) come from. */
  rawRange(start: number, end: number): TextRange {
    return { start: this.positions[start]!, end: this.positions[end - 1]! + 1 };
  }
}

export const hasCjk = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

export interface FormMatch extends TextRange {
  /** The form as the entity declares it (with its spaces). */
  form: string;
  keys: string[];
}

interface Entry {
  normalized: string;
  raw: string;
  keys: string[];
}

const LATIN = /[A-Za-z0-9\u00C0-\u024F/.-]/;

/**
 * Latin forms (acronyms, people's names, numbers) count only as whole words: COP is not inside
 * CTOC/COP/WG.3. White space in the written text ends a word even though matching ignores it.
 */
function atWordBoundary(text: NormalizedText, start: number, length: number): boolean {
  const { normalized } = text;
  const end = start + length;
  const touches = (inner: number, outer: number, gap: boolean) =>
    outer >= 0 &&
    outer < normalized.length &&
    !gap &&
    LATIN.test(normalized[inner]!) &&
    LATIN.test(normalized[outer]!);
  return !touches(start, start - 1, text.spaceBefore(start)) && !touches(end - 1, end, text.spaceBefore(end));
}

/**
 * Finds the surface forms of entities in text, longest match first, so that 欧洲司法网 is the network
 * and not also the region 欧洲 inside it.
 */
export class SurfaceFormMatcher {
  private readonly byFirstChar = new Map<string, Entry[]>();

  constructor(forms: Map<string, Set<string>>) {
    for (const [rawForm, keys] of forms) {
      const normalized = normalize(rawForm);
      if (normalized.length === 0) continue;
      const first = normalized[0]!;
      const bucket = this.byFirstChar.get(first) ?? [];
      const existing = bucket.find((entry) => entry.normalized === normalized);
      if (existing) existing.keys.push(...keys);
      else bucket.push({ normalized, raw: rawForm, keys: [...keys] });
      this.byFirstChar.set(first, bucket);
    }
    for (const bucket of this.byFirstChar.values()) {
      bucket.sort((a, b) => b.normalized.length - a.normalized.length);
    }
  }

  /** The forms found in `text`, each with the entity keys it names and where it stands in `text`. */
  find(text: NormalizedText): FormMatch[] {
    const { normalized } = text;
    const found: FormMatch[] = [];
    let i = 0;
    while (i < normalized.length) {
      const bucket = this.byFirstChar.get(normalized[i]!);
      const hit = bucket?.find(
        (entry) =>
          normalized.startsWith(entry.normalized, i) && atWordBoundary(text, i, entry.normalized.length),
      );
      if (hit) {
        found.push({ form: hit.raw, keys: hit.keys, ...text.rawRange(i, i + hit.normalized.length) });
        i += hit.normalized.length;
      } else {
        i += 1;
      }
    }
    return found;
  }
}
