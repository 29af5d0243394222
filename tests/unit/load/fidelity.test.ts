import { describe, expect, it } from 'vitest';
import { buildReportGraph } from '../../../src/load/reportGraph.ts';
import { readReportBundle } from '../../../src/load/reportBundle.ts';
import { formerUnName } from '../../../src/load/unNames.ts';
import { CuratedRelationSchema } from '../../../src/model/curated.ts';
import { DataError } from '../../../src/load/dataError.ts';
import { FIXTURE_REPORTS_DIR, REPORT_SYMBOL, reportBundle } from '../../helpers/report.ts';

const graph = buildReportGraph(reportBundle());
const node = (key: string) => graph.nodes.find((candidate) => candidate.key === key);
const R = (ref: string) => `recommendation:${REPORT_SYMBOL}#${ref}`;
const A = (number: string) => `agenda-item:${REPORT_SYMBOL}#${number}`;
const find = (type: string, from: string, to: string) =>
  graph.relationships.find((r) => r.type === type && r.from === from && r.to === to);

describe('who asks whom to do what, with the verb the report uses', () => {
  it('answers what UNODC was asked to do, and by whom, as the text says it', () => {
    const asks = graph.relationships
      .filter(
        (r) =>
          r.to === 'organization:unodc' && ['REQUESTED', 'ADDRESSES', 'PROPOSES_ASKING'].includes(r.type),
      )
      .map((r) => [
        r.type,
        r.from.split('#')[1],
        (r.props.verbs as string[]).join(' → '),
        r.props.through ?? null,
      ])
      .sort();
    expect(asks).toEqual([
      // The two working groups request (请) UNODC directly in 37(b), (d) and (e)…
      ['ADDRESSES', '37(b)', 'request', null],
      ['ADDRESSES', '37(d)', 'request', null],
      ['ADDRESSES', '37(e)', 'request', null],
      // …whereas 38(a) asks no one: it recommends that the Conference consider requesting UNODC.
      ['PROPOSES_ASKING', '38(a)', 'recommend → consider → request', 'organization:cop-untoc'],
    ]);
    for (const ref of ['37(b)', '37(d)', '37(e)']) {
      const makers = graph.relationships
        .filter((r) => r.type === 'PRODUCED' && r.to === R(ref))
        .map((r) => r.from);
      expect(makers).toEqual(expect.arrayContaining(['organization:wgic', 'organization:wgta']));
    }
    expect(find('ADDRESSES', R('38(a)'), 'organization:cop-untoc')!.props.verbs).toEqual([
      'recommend',
      'consider',
    ]);
    expect(find('PRODUCED', 'organization:wgic', R('38(a)'))).toBeDefined();
  });

  it('keeps the verbs of resolutions and recommendations: encouraged, invited, urged to consider', () => {
    expect(
      find('REQUESTED', 'resolution:cop-untoc-5/8', 'organization:untoc-states-parties')!.props.verbs,
    ).toEqual(['encourage']);
    expect(find('REQUESTED', 'resolution:cop-untoc-5/7', 'organization:wgic')!.props.verbs).toEqual([
      'request',
    ]);
    expect(find('PROPOSES_ASKING', R('38(b)'), 'organization:untoc-states-parties')!.props.verbs).toEqual([
      'recommend',
      'consider',
      'encourage',
    ]);
    expect(
      find('ADDRESSES', R('37(c)'), 'organization:relevant-international-organizations')!.props.verbs,
    ).toEqual(['invite']);
    expect(find('ADDRESSES', R('37(f)'), 'organization:member-states')!.props.verbs).toEqual([
      'urge',
      'consider',
    ]);
    expect(find('ADDRESSES', R('3(c)'), 'organization:cop-untoc')!.props.verbs).toEqual([
      'recommend',
      'consider',
    ]);
    // No recommendation is said to request anyone through REQUESTED any more.
    expect(
      graph.relationships.filter((r) => r.type === 'REQUESTED' && r.from.startsWith('recommendation:')),
    ).toEqual([]);
  });

  it('refuses an ask without its verbs, verbs on what asks nothing, and a chain whose first step is missing', () => {
    const base = {
      from: R('38(a)'),
      to: 'organization:unodc',
      sources: ['38(a)'],
      quote: '请毒品和犯罪问题办公室',
    };
    expect(CuratedRelationSchema.safeParse({ ...base, type: 'ADDRESSES' }).success).toBe(false);
    expect(
      CuratedRelationSchema.safeParse({ ...base, type: 'ADDRESSES', props: { verbs: ['order'] } }).success,
    ).toBe(false);
    expect(
      CuratedRelationSchema.safeParse({
        ...base,
        type: 'CITES',
        to: 'convention:untoc',
        props: { verbs: ['request'] },
      }).success,
    ).toBe(false);
    expect(
      CuratedRelationSchema.safeParse({
        ...base,
        type: 'PROPOSES_ASKING',
        props: { verbs: ['recommend', 'request'] },
      }).success,
    ).toBe(false);

    const bundle = reportBundle();
    const chain = bundle.curated.relations.findIndex(
      (r) => r.type === 'PROPOSES_ASKING' && r.from === R('38(a)'),
    );
    bundle.curated.relations[chain]!.props.verbs = ['recommend', 'request'];
    expect(() => buildReportGraph(bundle)).toThrowError(DataError);
    expect(() => buildReportGraph(bundle)).toThrowError(
      new RegExp(
        `relations\\[${chain}\\]\\.props\\.through: .*must have ADDRESSES .*38\\(a\\) → organization:cop-untoc with verbs \\[recommend\\]`,
      ),
    );
  });
});

describe('conclusions and recommendations', () => {
  it('tells the conclusions of paragraph 3 from its recommendations, and names them as such', () => {
    const kinds = Object.fromEntries(
      graph.nodes.filter((n) => n.kind === 'recommendation').map((n) => [n.props.ref, n.props.itemKind]),
    );
    expect(
      Object.entries(kinds)
        .filter(([, kind]) => kind === 'conclusion')
        .map(([ref]) => ref),
    ).toEqual(['3(a)', '3(e)', '3(f)']);
    expect(Object.values(kinds).filter((kind) => kind === 'recommendation')).toHaveLength(11);
    expect(node(R('3(f)'))!.props).toMatchObject({ nameZh: '结论 3(f)', nameEn: 'Conclusion 3(f)' });
    expect(node(R('3(b)'))!.props).toMatchObject({ nameZh: '建议 3(b)', nameEn: 'Recommendation 3(b)' });
    // A conclusion asks no one.
    for (const ref of ['3(a)', '3(e)', '3(f)']) {
      expect(graph.relationships.filter((r) => r.from === R(ref) && r.props.verbs)).toEqual([]);
    }
  });
});

describe('names as the UN wrote them on the report’s date', () => {
  it('names States with their 2012 UN names, today’s M49 name being an alias and a field', () => {
    expect(node('state:TUR')!.props).toMatchObject({
      nameEn: 'Turkey',
      m49Name: 'Türkiye',
      nameEnAsOf: '2012-10-18',
      enStatus: 'official',
    });
    expect(node('state:TUR')!.props.aliases).toContain('Türkiye');
    expect(node('state:NLD')!.props).toMatchObject({
      nameEn: 'Netherlands',
      m49Name: 'Netherlands (Kingdom of the)',
    });
    // A name that did not change carries no date: the node is the same whichever report names it.
    expect(node('state:CHL')!.props).toMatchObject({ nameEn: 'Chile', m49Name: 'Chile' });
    expect(node('state:CHL')!.props.nameEnAsOf).toBeUndefined();
    expect(formerUnName('TUR', '2031-03-31')).toBeUndefined();
    expect(formerUnName('TUR', '2022-05-31')?.name).toBe('Turkey');
  });

  it('gives each network an English name that carries what its Chinese name carries', () => {
    expect(node('network:refco')!.props).toMatchObject({
      nameZh: '中美洲有组织犯罪检察官网络',
      nameEn: 'Central American Network of Prosecutors against Organized Crime',
      enStatus: 'translated',
    });
    expect(node('network:refco')!.props.aliases).toContain('Network of Prosecutors against Organized Crime');
  });

  it('keeps the report’s description as the name of the planned West African network, its later identity external', () => {
    const wacap = node('network:wacap')!.props;
    expect(wacap.nameEn).toBe(
      'Network of prosecutors and central authorities planned for the West African subregion',
    );
    expect(wacap.aliases).not.toContain('WACAP');
    expect(wacap).toMatchObject({ externalAcronym: 'WACAP', externalDate: '2013-05' });
    expect(String(wacap.externalSource)).toMatch(/domain\.md/);
  });

  it('titles each agenda item as the section heading that carries it, in both languages', () => {
    const carried = graph.relationships.filter(
      (r) => r.type === 'RELATED_TO' && r.from.startsWith('section:') && r.to.startsWith('agenda-item:'),
    );
    expect(carried.map((r) => r.to.split('#')[1]).sort()).toEqual(['2', '3', '4', '5']);
    for (const r of carried) {
      const section = node(r.from)!.props;
      const item = node(r.to)!.props;
      expect(item.nameZh, r.to).toBe(section.heading);
      expect(item.nameEn, r.to).toBe(section.nameEn);
    }
  });
});

describe('what the report states', () => {
  it('finds agenda items named by number in lists and ranges', () => {
    const items = (from: string) =>
      graph.relationships
        .filter((r) => r.type === 'MENTIONS' && r.from === from && r.to.startsWith('agenda-item:'))
        .map((r) => [r.to.split('#')[1], r.props.quote]);
    expect(items(`paragraph:${REPORT_SYMBOL}#39`)).toEqual([
      ['2', '议程项目2、3 和 5'],
      ['3', '议程项目2、3 和 5'],
      ['5', '议程项目2、3 和 5'],
    ]);
    const second = buildReportGraph(readReportBundle(`${FIXTURE_REPORTS_DIR}/second-report.yaml`));
    const ranged = second.relationships
      .filter((r) => r.type === 'MENTIONS' && r.from.endsWith('#9') && r.to.startsWith('agenda-item:'))
      .map((r) => r.to.split('#')[1]);
    expect(ranged).toEqual(['1', '2', '3', '4']);
  });

  it('marks what is deduced and no longer marks what paragraph 39 states outright', () => {
    expect(
      find('PART_OF', 'meeting:CTOC/COP/WG.3/2012#joint-cultural-property', 'meeting:CTOC/COP/WG.3/2012')!
        .props.inferred,
    ).toMatch(/deduced from the dates/);
    for (const number of ['2', '3', '5']) {
      expect(
        find('PRESENTED', 'organization:secretariat', A(number))!.props.inferred,
        number,
      ).toBeUndefined();
    }
    expect(
      find('CITES', `paragraph:${REPORT_SYMBOL}#39`, 'document:CTOC/COP/WG.3/2012/1')!.props.inferred,
    ).toBeUndefined();
  });

  it('holds the entities and statements an independent reading found missing', () => {
    expect(node('region:reunion')!.props).toMatchObject({ nameZh: '留尼汪', m49: '638', m49Name: 'Réunion' });
    expect(find('RELATED_TO', 'state:FRA', 'region:reunion')).toBeDefined();
    expect(find('MEETING_OF', 'meeting:wgic-5', 'organization:wgic')).toBeDefined();
    expect(find('RELATED_TO', R('3(b)'), 'meeting:wgic-5')).toBeDefined();
    expect(find('RELATED_TO', R('3(c)'), 'meeting:wgic-5')).toBeDefined();
    expect(find('CONCERNS', 'meeting:wgic-5', 'topic:informal-police-networks')!.props.status).toBe(
      'proposed',
    );
    expect(find('MEETING_OF', 'meeting:cosp-uncac-5', 'organization:cosp-uncac')).toBeDefined();
    expect(
      find('CHAIRED', 'person:chair-wgta-2012', 'meeting:CTOC/COP/WG.3/2012#joint-cultural-property'),
    ).toBeDefined();
    expect(find('RELATED_TO', 'organization:uncac-review-mechanism', 'convention:uncac')).toBeDefined();
    expect(find('DISCUSSED_UNDER', 'network:selec', A('4'))).toBeDefined();
    expect(find('CONCERNS', R('3(c)'), 'topic:national-agency-coordination')).toBeDefined();
    expect(find('CONCERNS', R('3(b)'), 'topic:police-prosecutor-cooperation')).toBeDefined();
    for (const conference of ['organization:cop-untoc', 'organization:cosp-uncac']) {
      expect(find('RELATED_TO', conference, 'topic:joint-meetings')!.props.quote).toMatch(/双双决定$/);
    }
    for (const network of ['ejn', 'iberred', 'aiamp']) {
      expect(find('CONCERNS', `network:${network}`, 'topic:network-principles')).toBeDefined();
    }
  });
});
