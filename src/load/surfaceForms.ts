/** Matching ignores white space: the report writes "第 18 条第 13 款" and "第21条" alike. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, '');
}

export const hasCjk = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

export interface FormMatch {
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

/** Latin forms (acronyms, people's names) count only as whole words: COP is not inside CTOC/COP/WG.3. */
function atWordBoundary(text: string, start: number, length: number): boolean {
  const form = text.slice(start, start + length);
  if (LATIN.test(form[0]!) && start > 0 && LATIN.test(text[start - 1]!)) return false;
  const end = start + length;
  if (LATIN.test(form[form.length - 1]!) && end < text.length && LATIN.test(text[end]!)) return false;
  return true;
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

  /** The forms found in `text`, each with the entity keys it names. */
  find(text: string): FormMatch[] {
    const normalized = normalize(text);
    const found: FormMatch[] = [];
    let i = 0;
    while (i < normalized.length) {
      const bucket = this.byFirstChar.get(normalized[i]!);
      const hit = bucket?.find(
        (entry) =>
          normalized.startsWith(entry.normalized, i) &&
          atWordBoundary(normalized, i, entry.normalized.length),
      );
      if (hit) {
        found.push({ form: hit.raw, keys: hit.keys });
        i += hit.normalized.length;
      } else {
        i += 1;
      }
    }
    return found;
  }
}
