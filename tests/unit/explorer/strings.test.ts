import { describe, expect, it } from 'vitest';
import {
  errorParts,
  LANGUAGES,
  list,
  PageError,
  parts,
  SAME_IN_EVERY_LANGUAGE,
  STRINGS,
  t,
} from '../../../src/explorer/public/js/strings.mjs';
import { CJK } from '../../explorer/page-text.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const texts = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value]);

describe("the explorer's tables of strings", () => {
  it('have the same keys in every language, and no empty text', () => {
    const keys = Object.keys(STRINGS.en).sort();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGUAGES) {
      expect(Object.keys(STRINGS[lang]).sort(), lang).toEqual(keys);
      for (const [key, value] of Object.entries(STRINGS[lang])) {
        const items = texts(value);
        expect(items.length, `${lang}.${key}`).toBeGreaterThan(0);
        for (const item of items) expect(item.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('fill in the same values in every language, each text with words of its own', () => {
    for (const key of Object.keys(STRINGS.en)) {
      const en = STRINGS.en[key]!;
      const zh = STRINGS.zh[key]!;
      expect(typeof zh, key).toBe(typeof en);
      if (typeof en === 'string') expect(placeholders(zh as string), key).toEqual(placeholders(en));
      else expect((zh as readonly string[]).length, key).toBe(en.length);
      // A text that were only values and signs would vouch for anything in the browser tests.
      for (const lang of LANGUAGES) {
        for (const item of texts(STRINGS[lang][key]!)) {
          expect(item.replace(/\{\w+\}/g, ''), `${lang}.${key}`).toMatch(/\p{L}/u);
        }
      }
    }
  });

  it('are Chinese in Chinese, but for the texts that read the same in both', () => {
    for (const [key, value] of Object.entries(STRINGS.zh)) {
      if (SAME_IN_EVERY_LANGUAGE.includes(key)) {
        expect(value, key).toEqual(STRINGS.en[key]);
        continue;
      }
      for (const item of texts(value)) expect(item, `zh.${key}`).toMatch(CJK);
    }
  });

  it('fill in values, and fail loudly on an unknown text or a missing value', () => {
    expect(t('en', 'counts', { nodes: 3, edges: 2 })).toBe('3 entities · 2 relationships');
    expect(t('zh', 'counts', { nodes: 3, edges: 2 })).toBe('3 个实体 · 2 个关系');
    const name = { element: 'a name' };
    expect(parts('en', 'traceExplain', { name })[0]).toBe(name);
    expect(() => t('en', 'noSuchText')).toThrow(/no text "noSuchText"/);
    expect(() => t('zh', 'counts', { nodes: 3 })).toThrow(/\{edges\}/);
    expect(list('zh', 'examples').every((example) => CJK.test(example))).toBe(true);
    expect(() => list('en', 'counts')).toThrow(/no list/);
  });

  it('give errors in the reader’s language, with their values kept apart', () => {
    const error = new PageError('noEntity', { key: 'network:nowhere' });
    expect(error.message).toBe('No entity has the key network:nowhere.');
    expect(errorParts('zh', error).join('')).toBe('没有键为 network:nowhere 的实体。');
    expect(errorParts('zh', error, (value) => `<${String(value)}>`).join('')).toBe(
      '没有键为 <network:nowhere> 的实体。',
    );
    expect(errorParts('zh', new Error('plain'))).toEqual(['plain']);
  });
});
