import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/extract/parseReport.ts';

// An invented report of the same series (see tests/fixtures/README.md), with debris of its own: header
// lines at the top of the first page and inside paragraph 3's item (b), a footnote block between the two
// halves of paragraph 8, a footnote reference at the end of a sentence, a wrapped Latin name, and a
// meeting that runs over the end of a month.
const text = readFileSync(new URL('../../fixtures/second-report.zh.txt', import.meta.url), 'utf8');
const report = parseReport(text);
const paragraph = (number: number) => report.paragraphs.find((p) => p.number === number)!;

describe('parseReport on the invented second report', () => {
  it('reads the front matter, expanding a date range across months', () => {
    expect(report.symbol).toBe('CTOC/COP/WG.3/2031/5');
    expect(report.body).toBe('国际合作问题工作组');
    expect(report.title).toBe(
      '2031 年 3 月 31 日至 4 月 2 日在维也纳举行的国际合作问题工作组第五次会议的报告',
    );
    expect(report.dates).toEqual(['2031-03-31', '2031-04-01', '2031-04-02']);
    expect(report.venue).toBe('维也纳');
  });

  it('finds 11 paragraphs and their sections', () => {
    expect(report.paragraphs.map((p) => [p.number, p.section])).toEqual([
      [1, '1'],
      [2, '1'],
      [3, '2'],
      [4, '3.A'],
      [5, '3.A'],
      [6, '3.A'],
      [7, '3.B.1'],
      [8, '3.B.2'],
      [9, '4.A'],
      [10, '4.B'],
      [11, '4.C'],
    ]);
    expect(report.sections.map((s) => [s.path, s.marker, s.heading, s.parent])).toEqual([
      ['1', '一', '导言', null],
      ['2', '二', '结论和建议', null],
      ['3', '三', '审议情况概要', null],
      ['3.A', 'A', '区域司法网络在国际合作中的作用', '3'],
      ['3.B', 'B', '电子证据方面的国际合作', '3'],
      ['3.B.1', '', '司法协助（第 18 条）', '3.B'],
      ['3.B.2', '', '联合调查（第 19 条）', '3.B'],
      ['4', '四', '会议安排', null],
      ['4.A', 'A', '会议开幕和会期', '4'],
      ['4.B', 'B', '出席情况', '4'],
      ['4.C', 'C', '文件', '4'],
    ]);
  });

  it('reads items across a page break', () => {
    expect(paragraph(3).items.map((item) => item.text)).toEqual([
      '各国应当继续支持欧洲司法网、伊比利亚美洲国际司法合作网和西非中心当局和检察官网络等区域网络的工作；',
      '鼓励各国在提出司法协助请求之前，通过联络点与被请求国进行非正式协商，以便提高请求的质量；',
      '请秘书处编写一份关于电子证据保全的实用指南。',
    ]);
    expect(paragraph(3).items[1]!.lines).toEqual([34, 37]);
  });

  it('joins a wrapped Latin name with a space and reads a paragraph after a page break', () => {
    expect(paragraph(5).text).toContain('Ana Lucía Ferreira Gomes（巴西）和 Tomás Ibarra Quintero（墨西哥）');
    expect(paragraph(6).text).toBe(
      '一些发言者指出，法国、摩洛哥、尼日利亚和加纳之间的合作表明，联络点网络可以缩短司法协助请求的处理时间。',
    );
  });

  it('reads a paragraph interrupted by a footnote block and a page header', () => {
    expect(paragraph(8).text).toBe(
      '发言者们回顾了议程项目 3 下提出的问题，并强调了联合调查小组在打击跨国有组织犯罪方面的作用。一些发言者指出，联合调查协定应当明确规定各方的费用分担安排，以便联合调查小组能够顺利开展工作。',
    );
    expect(paragraph(8).lines).toEqual([69, 82]);
    expect(paragraph(10).text.endsWith('并提交了一份书面材料。')).toBe(true);
    expect(report.footnotes).toEqual([
      { marker: 1, text: 'CTOC/COP/WG.3/2031/1。', paragraph: 8 },
      { marker: 2, text: '大湖区司法合作网的书面材料仅以英文分发。', paragraph: 10 },
    ]);
    for (const p of report.paragraphs) expect(p.text).not.toContain('CTOC/COP/WG.3/2031/5');
  });

  it('reads the annex with a wrapped joint symbol and an empty agenda cell', () => {
    expect(report.annex?.documents).toEqual([
      {
        symbol: 'CTOC/COP/WG.3/2031/1',
        symbols: ['CTOC/COP/WG.3/2031/1'],
        agenda: '1(a)',
        agendaItems: ['1(a)'],
        title: '临时议程和说明',
      },
      {
        symbol: 'CTOC/COP/WG.2/2031/2-CTOC/COP/WG.3/2031/3',
        symbols: ['CTOC/COP/WG.2/2031/2', 'CTOC/COP/WG.3/2031/3'],
        agenda: '2 和 3',
        agendaItems: ['2', '3'],
        title: '秘书处编写的背景文件，关于区域司法网络和电子证据方面的国际合作',
      },
      {
        symbol: 'CTOC/COP/WG.3/2031/CRP.1',
        symbols: ['CTOC/COP/WG.3/2031/CRP.1'],
        agenda: '',
        agendaItems: [],
        title: '秘书处编写的会议室文件，列有各国提交的关于联合调查的资料',
      },
    ]);
  });
});
