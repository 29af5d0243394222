import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport, type ParsedParagraph } from '../../../src/extract/parseReport.ts';

const text = readFileSync(new URL('../../../sources/CTOC-COP-WG.3-2012-5.zh.txt', import.meta.url), 'utf8');
const report = parseReport(text);

function paragraph(number: number): ParsedParagraph {
  const found = report.paragraphs.find((p) => p.number === number);
  if (!found) throw new Error(`no paragraph ${number}`);
  return found;
}

describe('parseReport on CTOC/COP/WG.3/2012/5 (Chinese)', () => {
  it('reads the front matter and the symbol from the page header line', () => {
    expect(report.symbol).toBe('CTOC/COP/WG.3/2012/5');
    expect(report.body).toBe('国际合作问题工作组');
    expect(report.title).toBe('2012 年 10 月 15 日至 16 日和 18 日在维也纳举行的国际合作问题会议的报告');
    expect(report.dates).toEqual(['2012-10-15', '2012-10-16', '2012-10-18']);
    expect(report.venue).toBe('维也纳');
  });

  it('finds the 43 numbered paragraphs in order', () => {
    expect(report.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
  });

  it('reads paragraphs that start after a page break with leading spaces', () => {
    expect(paragraph(9).text.startsWith('秘书处的一位代表作了一些澄清')).toBe(true);
    expect(paragraph(9).text).toContain('关于以上的问题(a)和(b)，回顾到根据任务授权');
    expect(paragraph(9).items).toEqual([]);
    expect(paragraph(9).lines).toEqual([121, 133]);
    expect(
      paragraph(17).text.startsWith(
        '萨赫勒国家区域司法平台和印度洋委员会成员国区域司法平台（由科摩罗、法国（留尼汪）、马达加斯加、毛里求斯和塞舌尔联络点组成）是在',
      ),
    ).toBe(true);
    expect(paragraph(36).text).toContain('转移案件的一个主要考虑因素');
  });

  it('joins Chinese lines without a space and broken Latin names with one', () => {
    expect(paragraph(1).text).toBe(
      '联合国打击跨国有组织犯罪公约缔约方会议在其第 3/2 号决定中决定，引渡、司法协助和国际合作问题不限成员名额政府专家工作组将是缔约方会议的一个常设组成部分。依照该项决定成立的国际合作问题工作组就引渡、司法协助和没收事宜国际合作等实际问题进行实质性讨论。工作组于 2012 年 10 月 15日、16 日和 18 日在维也纳举行了其第四次会议。',
    );
    expect(paragraph(10).text).toContain(
      'Wilson Merino Sánchez（厄瓜多尔）和 Antonio Segovia Arancibia（智利）。',
    );
    expect(paragraph(14).text).toContain('Rosa Ana Morán Martinez，她介绍了欧洲司法网');
    expect(paragraph(14).text).toContain('伊比利亚美洲检察院协会的活动');
  });

  it('finds the lettered items of paragraphs 3, 8, 37 and 38', () => {
    const letters = (number: number) => paragraph(number).items.map((item) => item.letter);
    expect(letters(3)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters(8)).toEqual(['a', 'b', 'c', 'd']);
    expect(letters(37)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(letters(38)).toEqual(['a', 'b']);
    const withItems = report.paragraphs.filter((p) => p.items.length > 0).map((p) => p.number);
    expect(withItems).toEqual([3, 8, 37, 38]);
  });

  it('reads each item from its marker to its last wrapped line', () => {
    const [a3, , c3, , , f3] = paragraph(3).items;
    expect(paragraph(3).lead).toBe('工作组拟订了下列结论和建议：');
    expect(a3!.text).toBe(
      '检察官和中心当局的区域网络至关重要，可为《联合国打击跨国有组织犯罪公约》框架内就刑事事项开展合作提供便利；',
    );
    expect(
      c3!.text.startsWith('审议了国家一级调查和执法机构之间为提高国际合作能力而开展有效协调的重要价值'),
    ).toBe(true);
    expect(c3!.text.endsWith('列入一个关于这个问题的项目；')).toBe(true);
    expect(c3!.lines).toEqual([50, 53]);
    expect(f3!.text.endsWith('关于今后如何开展这方面的工作，未达成协商一致。')).toBe(true);

    expect(paragraph(8).lead).toBe(
      '一些发言者对两个机构举行协同会议或联席会议所涉及的实际问题和预算问题表示关切。提出了下列问题：',
    );
    expect(paragraph(8).items[0]!.text).toBe('工作组与专家会议合并的后果将是什么？');
    const d8 = paragraph(8).items[3]!;
    expect(
      d8.text.startsWith('考虑到《反腐败公约》所设专家会议预期将讨论公约实施情况审议机制得出的结论'),
    ).toBe(true);
    expect(d8.text.endsWith('因此，联席会议的工作将如何进行？')).toBe(true);

    const items37 = paragraph(37).items;
    expect(
      items37[0]!.text.startsWith('考虑到《联合国打击跨国有组织犯罪公约》第 18 条第 13 款所提到的中心当局'),
    ).toBe(true);
    expect(items37[0]!.text.endsWith('并向毒品和犯罪问题办公室报告相关的情况；')).toBe(true);
    expect(items37[5]!.text).toBe(
      '工作组促请各成员国考虑缔结预防和打击文化财产贩运活动的双边协定，其中酌情考虑到防止侵犯各民族动产形式文化遗产罪行的示范条约。',
    );
    expect(paragraph(38).items[1]!.text).toBe(
      '鼓励缔约国对文化财产贩运适用《有组织犯罪公约》，包括关于国际合作的规定。',
    );
  });

  it('writes items into the paragraph text on lines of their own', () => {
    const lines = paragraph(38).text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('在议程项目 7 下，工作组建议缔约方会议考虑如下：');
    expect(lines[1]!.startsWith('(a) 请毒品和犯罪问题办公室继续促进')).toBe(true);
    expect(lines[2]).toBe('(b) 鼓励缔约国对文化财产贩运适用《有组织犯罪公约》，包括关于国际合作的规定。');
  });

  it('takes the footnote out of the text and ties it to paragraph 39', () => {
    expect(report.footnotes).toEqual([{ marker: 1, text: 'CTOC/COP/WG.3/2012/1。', paragraph: 39 }]);
    expect(paragraph(39).footnotes).toEqual([1]);
    expect(paragraph(39).text).toContain('秘书处代表就议程项目2、3 和 5 作了介绍性发言。');
    expect(paragraph(39).text).not.toMatch(/议程\s*1/);
    expect(report.paragraphs.filter((p) => p.footnotes.length > 0).map((p) => p.number)).toEqual([39]);
  });

  it('leaves no page debris inside paragraphs', () => {
    for (const p of report.paragraphs) {
      expect(p.text).not.toContain('CTOC/COP/WG.3/2012/5');
      expect(p.text).not.toContain('____');
      expect(p.text).not.toMatch(/^\s|\s$|\n\n/);
    }
    expect(paragraph(43).text).toBe('本报告附件开列了工作组收到的文件。');
  });

  it('builds the section outline', () => {
    const outline = report.sections.map((s) => [
      s.path,
      s.level,
      s.marker,
      s.heading,
      s.parent,
      s.paragraphs,
    ]);
    expect(outline).toEqual([
      ['1', 1, '一', '导言', null, [1, 2]],
      ['2', 1, '二', '结论和建议', null, [3]],
      ['3', 1, '三', '审议情况概要', null, []],
      [
        '3.A',
        2,
        'A',
        '与联合国反腐败公约缔约国会议所设国际合作问题专家会议之间可能产生的协同作用',
        '3',
        [4, 5, 6, 7, 8, 9],
      ],
      ['3.B', 2, 'B', '所没收的犯罪所得的处置、分配和使用', '3', [10, 11, 12, 13]],
      [
        '3.C',
        2,
        'C',
        '联网打击犯罪网络：区域网络和举措在应对跨国有组织犯罪中的作用',
        '3',
        [14, 15, 16, 17, 18, 19, 20, 21],
      ],
      [
        '3.D',
        2,
        'D',
        '使用《联合国打击跨国有组织犯罪公约》开展国际合作方面的最佳做法和经验共享，其中考虑到第 16 条、第 18 条，特别是其中关于视频会议、银行信息、隐蔽侦查和控制下交付，以及第 21 条',
        '3',
        [],
      ],
      ['3.D.1', 3, '', '引渡（第 16 条）', '3.D', [22, 23]],
      ['3.D.2', 3, '', '视频会议（第 18 条，第 18 款）', '3.D', [24, 25]],
      ['3.D.3', 3, '', '银行信息（第 18 条，第 8款）', '3.D', [26, 27]],
      ['3.D.4', 3, '', '特殊侦查手段（第 20 条）', '3.D', [28, 29, 30, 31, 32, 33]],
      ['3.D.5', 3, '', '刑事诉讼的移交（第 21条）', '3.D', [34, 35, 36]],
      ['4', 1, '四', '关于文化财产的联合讨论成果', null, [37, 38]],
      ['5', 1, '五', '会议安排', null, []],
      ['5.A', 2, 'A', '会议开幕和会期', '5', [39, 40, 41, 42]],
      ['5.B', 2, 'B', '文件', '5', [43]],
    ]);
  });

  it('gives each paragraph its innermost section and each section its source lines', () => {
    expect(paragraph(22).section).toBe('3.D.1');
    expect(paragraph(36).section).toBe('3.D.5');
    expect(paragraph(3).section).toBe('2');
    const lines = Object.fromEntries(report.sections.map((s) => [s.path, s.lines]));
    expect(lines['3']).toEqual([72, 330]);
    expect(lines['3.A']).toEqual([74, 133]);
    expect(lines['3.D']).toEqual([218, 330]);
    expect(lines['3.D.3']).toEqual([259, 271]);
    expect(lines['5']).toEqual([386, 417]);
  });

  it('reads the annex table', () => {
    const annex = report.annex!;
    expect(annex.heading).toBe(
      '2012 年 10 月 15 日、16 日和 18 日在维也纳举行的国际合作问题工作组会议收到的文件一览表',
    );
    expect(annex.columns).toEqual(['文件编号', '议程项目', '标题或说明']);
    expect(annex.lines).toEqual([427, 468]);
    expect(annex.label).toBe('附件');
    expect(annex.documents.map((d) => [d.symbol, d.agenda, d.agendaItems])).toEqual([
      ['CTOC/COP/WG.3/2012/1', '1(b)', ['1(b)']],
      ['CTOC/COP/WG.3/2012/2', '4 和 5', ['4', '5']],
      ['CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4', '7', ['7']],
      ['CTOC/COP/2012/9', '4', ['4']],
      ['UNODC/CCPCJ/EG.1/2012/4', '6', ['6']],
      ['UNODC/CCPCJ/EG.1/2009/2', '6', ['6']],
      ['CTOC/COP/WG.3/2012/CRP.1', '', []],
    ]);
    expect(annex.documents.map((d) => d.title)).toEqual([
      '临时议程和说明',
      '秘书处编写的背景文件，关于使用《有组织犯罪公约》开展国际合作的最佳做法和经验及区域网络的作用',
      '秘书处的报告，关于缔约国对文化财产刑事犯罪适用《有组织犯罪公约》的情况',
      '秘书处的报告，关于毒品和犯罪问题办公室为促进《有组织犯罪公约》国际合作条款的实施而开展的活动',
      '2012 年 6 月 27 日至 29 日在维也纳举行的保护文化财产免遭贩运问题专家组会议报告',
      '2009 年 11 月 24 日至 26 日在维也纳举行的保护文化财产免遭贩运问题专家会议报告',
      '秘书处编写的背景文件，与反腐败公约缔约国会议设立的国际合作问题专家组可能产生的协同作用',
    ]);
    expect(annex.documents[2]!.symbols).toEqual(['CTOC/COP/WG.2/2012/3', 'CTOC/COP/WG.3/2012/4']);
    expect(annex.documents[0]!.symbols).toEqual(['CTOC/COP/WG.3/2012/1']);
  });
});
