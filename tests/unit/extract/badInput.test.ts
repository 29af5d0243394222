import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportShapeError } from '../../../src/extract/parseReport.ts';

const realReport = readFileSync(
  new URL('../../../sources/CTOC-COP-WG.3-2012-5.zh.txt', import.meta.url),
  'utf8',
);
const fixture = readFileSync(new URL('../../fixtures/second-report.zh.txt', import.meta.url), 'utf8');

/** A minimal report: body name, date line, title (lines 1–5), the given body lines from line 7, a header. */
function miniReport(...body: string[]): string {
  return [
    ' 测试工作组 ',
    '',
    '2099 年 1 月 5 日，日内瓦 ',
    '',
    '2099 年 1 月 5 日在日内瓦举行的测试会议的报告 ',
    '',
  ]
    .concat(body, ['', ' CTOC/COP/WG.9/2099/1  '])
    .join('\n');
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`test text lacks ${from}`);
  return text.replace(from, to);
}

describe('parseReport on text of the wrong shape', () => {
  it('accepts the minimal report', () => {
    const report = parseReport(miniReport('一. 导言', '', '1. 第一段。', '', '2. 第二段。'));
    expect(report.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段。']);
    expect(report.symbol).toBe('CTOC/COP/WG.9/2099/1');
    expect(report.annex).toBeNull();
  });

  it('names the line where a paragraph number is missing', () => {
    const text = miniReport('一. 导言', '', '1. 第一段。', '', '2. 第二段。', '', '4. 第四段。');
    expect(() => parseReport(text)).toThrow(ReportShapeError);
    expect(() => parseReport(text)).toThrow('line 13: expected paragraph 3, found "paragraph 4"');
  });

  it('names the missing paragraph in the real report', () => {
    const text = replaceOnce(
      realReport,
      '\n3. 工作组拟订了下列结论和建议',
      '\n4. 工作组拟订了下列结论和建议',
    );
    expect(() => parseReport(text)).toThrow('line 38: expected paragraph 3, found "paragraph 4"');
  });

  it('names a skipped item letter', () => {
    const text = replaceOnce(fixture, ' (b) 鼓励各国', ' (c) 鼓励各国');
    expect(() => parseReport(text)).toThrow('line 34: expected item (b) in paragraph 3');
  });

  it('names a skipped chapter or section', () => {
    expect(() =>
      parseReport(miniReport('一. 导言', '', '1. 第一段。', '', '三. 结论', '', '2. 第二段。')),
    ).toThrow('line 11: expected chapter 2 after chapter 1');
    expect(() =>
      parseReport(miniReport('一. 导言', '', 'A. 开幕', '', '1. 第一段。', '', 'C. 文件', '', '2. 第二段。')),
    ).toThrow('line 13: expected section B in chapter 1');
  });

  it('requires a footnote for every footnote reference', () => {
    const text = miniReport('一. 导言', '', '1. 议程', '1', '项目 2。');
    expect(() => parseReport(text)).toThrow('line 9: expected the text of footnote 1, cited in paragraph 1');
  });

  it('requires the page header line with the symbol', () => {
    const text = [' 测试工作组 ', '2099 年 1 月 5 日，日内瓦 ', '报告 ', '一. 导言', '1. 第一段。'].join(
      '\n',
    );
    expect(() => parseReport(text)).toThrow(/page header\/footer line holding only the report symbol/);
  });

  it('requires a date line under the name of the body', () => {
    const text = replaceOnce(fixture, '2031 年 3 月 31 日至 4 月 2 日，维也纳', '二〇三一年春，维也纳');
    expect(() => parseReport(text)).toThrow('line 4: expected the date line "<dates>，<venue>"');
  });

  it('rejects text outside any paragraph', () => {
    const text = miniReport('一. 导言', '', '这一行不是段落。', '', '1. 第一段。');
    expect(() => parseReport(text)).toThrow(
      'line 9: expected a numbered paragraph or a heading, found "这一行不是段落。"',
    );
  });
});
