import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/pages/html.ts';
import { entityQuery, reportParagraphsQuery } from '../../src/pages/queries.ts';
import { reportMain, type ReportData } from '../../src/pages/reportPage.ts';

const P14 = 'paragraph:R/1#14';
const EJN = {
  key: 'network:ejn',
  kind: 'NETWORK',
  names: { en: 'European Judicial Network', zh: '欧洲司法网' },
};
const TEXT = '她介绍了欧洲司法网的活动';

function data(spans: { start: number; end: number }[]): ReportData {
  return {
    key: 'document:R/1',
    symbol: 'R/1',
    names: { en: 'A report', zh: '报告' },
    properties: {},
    chapters: [
      {
        key: 'section:R/1#1',
        path: '1',
        level: 1,
        names: { en: 'One', zh: '一. 一' },
        headingEn: 'One',
        paragraphs: [{ id: 'p14', number: 14 }],
        children: [],
      },
    ],
    paragraphs: new Map([
      [
        14,
        {
          key: P14,
          number: 14,
          text: TEXT,
          textEn: 'She presented the activities of the European Judicial Network',
          properties: {},
          mentions: [{ other: EJN, spans: spans.map((span) => ({ ...span, paragraph: { key: P14 } })) }],
        },
      ],
    ]),
  };
}

const render = (report: ReportData) =>
  documentText(reportMain(report, 'both', 'https://x.test/reports/R%2F1'));

describe('mentions on the report page', () => {
  it('are links where their spans place them, saying the kind and both names', () => {
    const page = render(data([{ start: 4, end: 9 }]));
    expect(page).toMatch(
      /她介绍了<span class="mention" data-tip="Network: European Judicial Network · 欧洲司法网"\s*><a href="\/entities\/network:ejn" aria-describedby="m-14-1"[^>]*>欧洲司法网<\/a\s*><\/span\s*>的活动/,
    );
    // What the link says of its entity is its description, kept out of the paragraph's text.
    expect(page).toMatch(
      /<div class="tips" hidden>\s*<span id="m-14-1">Network: European Judicial Network · <span lang="zh-Hans">欧洲司法网<\/span><\/span>\s*<\/div>/,
    );
    const text = /<div class="text zh"[^>]*>([\s\S]*?)<\/div>/.exec(page)![1]!;
    expect(text.replace(/<[^>]*>/g, '').trim()).toBe(TEXT);
    // Placed in the text, it is not listed again under the paragraph.
    expect(page).not.toContain('Also mentioned');
    expect(page).not.toContain('<summary>Mentioned');
  });

  it('list under the paragraph an entity whose words another link already holds', () => {
    const report = data([{ start: 4, end: 9 }]);
    const EJN2 = {
      ...EJN,
      key: 'network:ejn-secretariat',
      names: { en: 'EJN Secretariat', zh: '欧洲司法网秘书处' },
    };
    const paragraph = report.paragraphs.get(14)!;
    paragraph.mentions.push({ other: EJN2, spans: [{ start: 4, end: 9, paragraph: { key: P14 } }] });
    const page = render(report);
    expect(page.match(/<a href="\/entities\/network:ejn"/g)).toHaveLength(1);
    expect(page).toMatch(/<summary>Also mentioned \(1\)<\/summary>/);
    expect(page).toContain('href="/entities/network:ejn-secretariat"');
  });

  it('are listed under the paragraph when no span places them', () => {
    const page = render(data([]));
    expect(page).toContain(TEXT);
    expect(page).toMatch(/<summary>Mentioned \(1\)<\/summary>/);
    expect(page).toContain('href="/entities/network:ejn"');
  });
});

describe('the pages’ queries', () => {
  it('ask for quotes and spans only where the schema has them', () => {
    expect(entityQuery({ quote: false, spans: false })).not.toMatch(/quote|spans/);
    expect(entityQuery({ quote: true, spans: true })).toMatch(/inferred properties quote spans \{ start end/);
    expect(reportParagraphsQuery({ quote: false, spans: false })).not.toContain('spans');
    expect(reportParagraphsQuery({ quote: true, spans: true })).toContain(
      'spans { start end paragraph { key } }',
    );
  });
});
