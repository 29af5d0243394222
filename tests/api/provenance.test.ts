import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';
import { reportBundle } from '../helpers/report.ts';

const { query } = useReportApp();

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  origin: string;
  inferred: string | null;
  data: { origin: string; inferred: string | null };
}
interface Graph {
  truncated: boolean;
  nodes: { id: string }[];
  edges: Edge[];
}
const SUBGRAPH = 'truncated nodes { id } edges { id type source target origin inferred data }';
const ids = (items: { id: string }[]) => items.map((item) => item.id).sort();

/** The relations the data file marks inferred, by subgraph edge id, with their reasons. */
const INFERRED = new Map(
  reportBundle()
    .curated.relations.filter((relation) => relation.inferred)
    .map((relation) => [`${relation.from}|${relation.type}|${relation.to}`, relation.inferred!]),
);

/** The annex of the report ("文件一览表"): each document the meeting had, and its agenda items. */
const MEETING = 'meeting:CTOC/COP/WG.3/2012';
const ANNEX: Record<string, string[]> = {
  'document:CTOC/COP/WG.3/2012/1': ['1(b)'],
  'document:CTOC/COP/WG.3/2012/2': ['4', '5'],
  'document:CTOC/COP/WG.2/2012/3-CTOC/COP/WG.3/2012/4': ['7'],
  'document:CTOC/COP/2012/9': ['4'],
  'document:UNODC/CCPCJ/EG.1/2012/4': ['6'],
  'document:UNODC/CCPCJ/EG.1/2009/2': ['6'],
  'document:CTOC/COP/WG.3/2012/CRP.1': [],
};
const agendaItem = (item: string) => `agenda-item:CTOC/COP/WG.3/2012/5#${item}`;

async function neighborhood(variables: Record<string, unknown>) {
  const response = await query<{ neighborhood: Graph }>(
    `query($keys: [String!]!, $origins: [RelationOrigin!], $includeInferred: Boolean, $limit: Int) {
      neighborhood(keys: $keys, limit: $limit, origins: $origins, includeInferred: $includeInferred) { ${SUBGRAPH} } }`,
    variables,
  );
  const { neighborhood: graph } = await data(Promise.resolve(response));
  expect(response.extensions?.cypherQueries).toBe(1);
  return graph;
}

describe('provenance on subgraph edges', () => {
  it('gives each edge its origin and, when inferred, the reason the data file gives', async () => {
    const graph = await neighborhood({ keys: ['network:ioc-judicial-platform'] });
    const ioc = graph.edges.find(
      (edge) => edge.id === 'network:ioc-judicial-platform|RELATED_TO|organization:ioc',
    );
    expect(ioc).toMatchObject({ origin: 'CURATED', inferred: INFERRED.get(ioc!.id) });
    expect(ioc!.data).toMatchObject({ origin: 'curated', inferred: INFERRED.get(ioc!.id) });
    for (const edge of graph.edges) expect(edge.inferred).toBe(INFERRED.get(edge.id) ?? null);
  });
});

describe('includeInferred', () => {
  it('leaving out inferred edges takes exactly the data file’s inferred relations out of a neighbourhood', async () => {
    // Every end of an inferred relation as a seed: one hop reaches each inferred relation.
    const keys = [...new Set([...INFERRED.keys()].flatMap((id) => [id.split('|')[0]!, id.split('|')[2]!]))];
    const all = await neighborhood({ keys, limit: 500 });
    const stated = await neighborhood({ keys, limit: 500, includeInferred: false });
    expect(all.truncated || stated.truncated).toBe(false);
    const kept = new Set(ids(stated.edges));
    expect(ids(stated.edges).every((id) => ids(all.edges).includes(id))).toBe(true);
    expect(ids(all.edges).filter((id) => !kept.has(id))).toEqual([...INFERRED.keys()].sort());
    expect(stated.edges.filter((edge) => edge.inferred !== null)).toEqual([]);
    // What only an inferred relation reached is gone, and nothing else.
    const reachedByStated = new Set([...keys, ...stated.edges.flatMap((edge) => [edge.source, edge.target])]);
    expect(ids(stated.nodes)).toEqual(ids(all.nodes).filter((id) => reachedByStated.has(id)));
  });

  it('keeps a shortest path off inferred edges', async () => {
    const path = async (from: string, to: string, includeInferred: boolean) => {
      const response = await query<{ shortestPath: Graph }>(
        `query($from: String!, $to: String!, $inf: Boolean) {
          shortestPath(from: $from, to: $to, includeInferred: $inf) { ${SUBGRAPH} } }`,
        { from, to, inf: includeInferred },
      );
      expect(response.extensions?.cypherQueries).toBe(1);
      return (await data(Promise.resolve(response))).shortestPath;
    };
    // The Conference's name holds the Convention's: an inferred RELATED_TO, the shortest link of all.
    const conference = 'organization:cop-untoc|RELATED_TO|convention:untoc';
    expect(INFERRED.has(conference)).toBe(true);
    expect(ids((await path('organization:cop-untoc', 'convention:untoc', true)).edges)).toEqual([conference]);
    const stated = await path('organization:cop-untoc', 'convention:untoc', false);
    expect(stated.edges.length).toBeGreaterThan(1);
    expect(stated.edges.filter((edge) => edge.inferred !== null)).toEqual([]);
    // The Indian Ocean Commission is named only inside the platform's name: its one relation is
    // inferred, so without it nothing leads there.
    const commission = reportBundle().curated.relations.filter((rel) =>
      [rel.from, rel.to].includes('organization:ioc'),
    );
    expect(commission.every((rel) => rel.inferred)).toBe(true);
    expect(ids((await path('network:ioc-judicial-platform', 'organization:ioc', true)).edges)).toEqual([
      'network:ioc-judicial-platform|RELATED_TO|organization:ioc',
    ]);
    expect(await path('network:ioc-judicial-platform', 'organization:ioc', false)).toEqual({
      truncated: false,
      nodes: [],
      edges: [],
    });
  });

  it('leaves inferred relationships out of a trace and out of relations', async () => {
    const trace = async (includeInferred: boolean) =>
      (
        await data(
          query<{ trace: Graph }>(
            `query($inf: Boolean) { trace(from: "resolution:cop-untoc-5/7", includeInferred: $inf) { ${SUBGRAPH} } }`,
            { inf: includeInferred },
          ),
        )
      ).trace;
    const all = await trace(true);
    const stated = await trace(false);
    const inferredInTrace = ids(all.edges).filter((id) => INFERRED.has(id));
    expect(inferredInTrace.length).toBeGreaterThan(0);
    expect(ids(stated.edges).filter((id) => INFERRED.has(id))).toEqual([]);
    expect(ids(stated.edges).every((id) => ids(all.edges).includes(id))).toBe(true);

    const { entity } = await data(
      query<{
        entity: { all: { type: string; other: { key: string } }[]; stated: { other: { key: string } }[] };
      }>(
        `{ entity(key: "network:ioc-judicial-platform") {
            all: relations(first: 500) { type other { key } }
            stated: relations(first: 500, includeInferred: false) { type other { key } } } }`,
      ),
    );
    expect(entity.all.map((rel) => rel.other.key)).toContain('organization:ioc');
    expect(entity.stated.map((rel) => rel.other.key)).not.toContain('organization:ioc');
    expect(entity.stated.length).toBe(
      entity.all.length -
        [...INFERRED.keys()].filter((id) => id.split('|').includes('network:ioc-judicial-platform')).length,
    );
  });
});

describe('origins', () => {
  it('walks only relationships of the origins asked: the annex’s documents and agenda items', async () => {
    const item4 = await neighborhood({ keys: [agendaItem('4')], origins: ['ANNEX'] });
    const underItem4 = Object.keys(ANNEX).filter((doc) => ANNEX[doc]!.includes('4'));
    expect(ids(item4.nodes)).toEqual([agendaItem('4'), ...underItem4].sort());
    expect(item4.edges.map((edge) => [edge.type, edge.origin])).toEqual(
      underItem4.map(() => ['SUBMITTED_UNDER', 'ANNEX']),
    );

    const meeting = await neighborhood({ keys: [MEETING], origins: ['ANNEX'], limit: 50 });
    expect(ids(meeting.nodes)).toEqual([MEETING, ...Object.keys(ANNEX)].sort());
    expect(meeting.edges.every((edge) => edge.origin === 'ANNEX')).toBe(true);
  });

  it('finds a path over annex relationships only, and gives relations of one origin', async () => {
    const { shortestPath } = await data(
      query<{ shortestPath: Graph }>(
        `{ shortestPath(from: "document:CTOC/COP/WG.3/2012/1", to: "document:CTOC/COP/WG.3/2012/2", origins: [ANNEX]) { ${SUBGRAPH} } }`,
      ),
    );
    // Under no common agenda item (1(b) and 4, 5): both were before the meeting.
    expect(ids(shortestPath.nodes)).toEqual(
      ['document:CTOC/COP/WG.3/2012/1', 'document:CTOC/COP/WG.3/2012/2', MEETING].sort(),
    );
    expect(shortestPath.edges.map((edge) => `${edge.type} ${edge.origin}`)).toEqual([
      'CONSIDERED_AT ANNEX',
      'CONSIDERED_AT ANNEX',
    ]);

    const { entity } = await data(
      query<{ entity: { relations: { type: string; origin: string; other: { key: string } }[] } }>(
        `{ entity(key: "${MEETING}") { relations(first: 500, origins: [ANNEX]) { type origin other { key } } } }`,
      ),
    );
    expect(entity.relations.map((rel) => rel.other.key).sort()).toEqual(Object.keys(ANNEX).sort());
    expect(new Set(entity.relations.map((rel) => `${rel.type} ${rel.origin}`))).toEqual(
      new Set(['CONSIDERED_AT ANNEX']),
    );
  });

  it('answers a trace over origins it does not hold with the start alone', async () => {
    const { trace } = await data(
      query<{ trace: Graph }>(
        `{ trace(from: "resolution:cop-untoc-5/7", origins: [ANNEX]) { ${SUBGRAPH} } }`,
      ),
    );
    expect(trace).toEqual({ truncated: false, nodes: [{ id: 'resolution:cop-untoc-5/7' }], edges: [] });
  });
});
