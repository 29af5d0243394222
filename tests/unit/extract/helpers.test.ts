import { describe, expect, it } from 'vitest';
import { chineseNumeralValue } from '../../../src/extract/chineseNumerals.ts';
import { parseChineseDates, parseDateLine } from '../../../src/extract/dates.ts';
import { joinLines } from '../../../src/extract/reflow.ts';
import { splitJointSymbol } from '../../../src/extract/symbols.ts';

describe('joinLines', () => {
  it('joins CJK without a space and Latin words with one', () => {
    expect(joinLines(['引导：Rosa Ana ', 'Morán Martinez，她', ' 介绍了'])).toBe(
      '引导：Rosa Ana Morán Martinez，她介绍了',
    );
    expect(joinLines(['于 2012 年 10 月 15', '日、16 日'])).toBe('于 2012 年 10 月 15日、16 日');
    expect(joinLines(['Sánchez,', 'Antonio', '2012'])).toBe('Sánchez, Antonio 2012');
    expect(joinLines(['', ' '])).toBe('');
  });
});

describe('dates', () => {
  it('lists separate days and expands ranges', () => {
    expect(parseChineseDates('2012 年 10 月 15 日、16 日和 18 日', 1)).toEqual([
      '2012-10-15',
      '2012-10-16',
      '2012-10-18',
    ]);
    expect(parseChineseDates('2012 年 10 月 15 日至 16 日和 18 日', 1)).toEqual([
      '2012-10-15',
      '2012-10-16',
      '2012-10-18',
    ]);
    expect(parseChineseDates('2030 年 12 月 30 日至 2031 年 1 月 1 日', 1)).toEqual([
      '2030-12-30',
      '2030-12-31',
      '2031-01-01',
    ]);
  });

  it('rejects what is not a date list', () => {
    expect(() => parseChineseDates('10 月 15 日', 3)).toThrow(
      'line 3: expected a year and month before the first day',
    );
    expect(() => parseChineseDates('2012 年 2 月 30 日', 3)).toThrow('line 3: expected a real calendar date');
    expect(() => parseChineseDates('2012 年 10 月 15 日或 16 日', 3)).toThrow(/line 3: expected a date/);
  });

  it('splits the date line into dates and venue', () => {
    expect(parseDateLine('2012 年 10 月 15 日、16 日和 18 日，维也纳', 3)).toEqual({
      dates: ['2012-10-15', '2012-10-16', '2012-10-18'],
      venue: '维也纳',
    });
  });
});

describe('small readers', () => {
  it('reads chapter ordinals', () => {
    expect(['一', '五', '九', '十', '十一', '二十', '二十三'].map(chineseNumeralValue)).toEqual([
      1, 5, 9, 10, 11, 20, 23,
    ]);
    expect(chineseNumeralValue('A')).toBeUndefined();
    expect(chineseNumeralValue('十十')).toBeUndefined();
  });

  it('splits joint symbols', () => {
    expect(splitJointSymbol('CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4')).toEqual([
      'CTOC/COP/WG.2/2012/3',
      'CTOC/COP/WG.3/2012/4',
    ]);
    expect(splitJointSymbol('CTOC/COP/WG.3/2012/CRP.1')).toEqual(['CTOC/COP/WG.3/2012/CRP.1']);
  });
});
