import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();
type Keyed = { key: string };
const keys = (list: Keyed[]) => list.map((item) => item.key);

/** The keys a root connection answers for `where`, in key order, all pages. */
async function matching(field: string, where: string): Promise<string[]> {
  const result = await data(
    query<Record<string, { nodes: Keyed[]; pageInfo: { hasNextPage: boolean } }>>(
      `{ found: ${field}(where: ${where}, first: 100) { nodes { key } pageInfo { hasNextPage } } }`,
    ),
  );
  expect(result.found!.pageInfo.hasNextPage).toBe(false);
  return keys(result.found!.nodes);
}

// The focal points of the Indian Ocean Commission platform, as para. 17 lists them.
const IOC_FOCAL_POINTS = ['state:COM', 'state:FRA', 'state:MDG', 'state:MUS', 'state:SYC'];

describe('filters', () => {
  it('compares keys, names in both languages (English without case or accents) and typed properties', async () => {
    expect(await matching('states', '{ key: { in: ["state:FRA", "state:CHN", "state:NONE"] } }')).toEqual([
      'state:CHN',
      'state:FRA',
    ]);
    expect(await matching('states', '{ name: { eq: "法国", lang: ZH } }')).toEqual(['state:FRA']);
    expect(await matching('people', '{ name: { contains: "MORAN" } }')).toEqual([
      'person:rosa-ana-moran-martinez',
    ]);
    expect(await matching('people', '{ name: { startsWith: "rosa ana morán" } }')).toEqual([
      'person:rosa-ana-moran-martinez',
    ]);
    // Chinese is compared as written, in Chinese only when asked.
    expect(await matching('networks', '{ name: { contains: "司法平台", lang: ZH } }')).toEqual([
      'network:ioc-judicial-platform',
      'network:sahel-judicial-platform',
    ]);
    expect(await matching('networks', '{ status: { eq: PLANNED } }')).toEqual(['network:wacap']);
    expect(await matching('articles', '{ article: { eq: 18 }, paragraph: { gte: 8, lt: 18 } }')).toEqual([
      'article:untoc-18-13',
      'article:untoc-18-8',
    ]);
    expect(await matching('meetings', '{ startDate: { gte: "2012-10-01" } }')).toEqual([
      'meeting:CTOC/COP/WG.3/2012',
      'meeting:CTOC/COP/WG.3/2012#joint-cultural-property',
    ]);
  });

  it('combines conditions with AND, OR and NOT', async () => {
    expect(
      await matching('networks', '{ OR: [{ key: { eq: "network:ejn" } }, { status: { eq: PLANNED } }] }'),
    ).toEqual(['network:ejn', 'network:wacap']);
    const all = await matching('networks', '{}');
    const notPlanned = await matching('networks', '{ NOT: { status: { eq: PLANNED } } }');
    expect(notPlanned).toEqual(all.filter((key) => key !== 'network:wacap'));
    expect(
      await matching('networks', '{ AND: [{ status: { eq: ACTIVE } }, { acronym: { eq: "EJN" } }] }'),
    ).toEqual(['network:ejn']);
  });

  it('nests conditions on related entities two levels down, with some, none and all', async () => {
    // States with some network that covers some region named Western Africa: none is a member of WACAP.
    expect(
      await matching(
        'states',
        '{ networks: { some: { regions: { some: { name: { eq: "western africa" } } } } } }',
      ),
    ).toEqual([]);
    expect(
      await matching('states', '{ networks: { some: { name: { contains: "Indian Ocean" } } } }'),
    ).toEqual(IOC_FOCAL_POINTS);
    expect(await matching('states', '{ mentionedIn: { some: { number: { eq: 17 } } } }')).toEqual(
      IOC_FOCAL_POINTS,
    );
    // Every network of the report covers some region: the IOC platform covers Réunion (an inferred edge:
    // the report names Réunion only as France's part in it).
    expect(await matching('networks', '{ regions: { none: {} } }')).toEqual([]);
    expect(await matching('networks', '{ regions: { some: { key: { eq: "region:reunion" } } } }')).toEqual([
      'network:ioc-judicial-platform',
    ]);
    expect(await matching('networks', '{ regions: { all: { key: { eq: "region:europe" } } } }')).toEqual([
      'network:ejn',
    ]);
    // `all` holds for an entity with no related entity at all, as in the Neo4j GraphQL library.
    expect(await matching('states', '{ networks: { all: { key: { eq: "network:ejn" } } } }')).toEqual(
      await matching('states', '{ networks: { none: {} } }'),
    );
    // Derived fields filter like any: recommendations that came of resolution 5/7.
    const from57 = await matching('recommendations', '{ resolutions: { some: { symbol: { eq: "5/7" } } } }');
    expect(from57.length).toBeGreaterThan(0);
    const { entity } = await data(
      query<{ entity: { recommendations: Keyed[] } }>(
        `{ entity(key: "resolution:cop-untoc-5/7") { ... on Resolution { recommendations { key } } } }`,
      ),
    );
    expect(from57).toEqual(keys(entity.recommendations));
  });

  it('counts related entities in a condition', async () => {
    expect(await matching('networks', '{ membersCount: { eq: 5 } }')).toEqual([
      'network:ioc-judicial-platform',
    ]);
    const spoke = await matching('states', '{ spokeAtCount: { gt: 0 } }');
    expect(spoke).toEqual(await matching('states', '{ spokeAt: { some: {} } }'));
    expect(await matching('states', '{ spokeAtCount: { eq: 0 } }')).toEqual(
      await matching('states', '{ spokeAt: { none: {} } }'),
    );
  });
});

describe('orders and keyset cursors', () => {
  it('pages through any order without overlap or gap, with the key breaking ties', async () => {
    for (const orderBy of [
      '[{ field: NAME }]',
      '[{ field: NAME, lang: ZH, direction: DESC }]',
      '[{ field: SPOKE_AT_COUNT, direction: DESC }, { field: NAME }]',
      '[{ field: M49 }]',
    ]) {
      const whole = await data(
        query<{ states: { nodes: Keyed[] } }>(
          `{ states(orderBy: ${orderBy}, first: 100) { nodes { key } } }`,
        ),
      );
      const paged: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const result: { states: { nodes: Keyed[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
          await data(
            query(
              `query($after: String) { states(orderBy: ${orderBy}, first: 4, after: $after) { nodes { key } pageInfo { hasNextPage endCursor } } }`,
              { after },
            ),
          );
        paged.push(...keys(result.states.nodes));
        if (!result.states.pageInfo.hasNextPage) break;
        after = result.states.pageInfo.endCursor;
      }
      expect(paged, orderBy).toEqual(keys(whole.states.nodes));
      expect(new Set(paged).size).toBe(paged.length);
    }
  });

  it('sorts by a relation count, most first', async () => {
    const { networks } = await data(
      query<{ networks: { nodes: (Keyed & { count: number })[] } }>(
        `{ networks(orderBy: [{ field: MEMBERS_COUNT, direction: DESC }]) { nodes { key count: relationCount(types: [MEMBER_OF], direction: IN) } } }`,
      ),
    );
    const counts = networks.nodes.map((node) => node.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(networks.nodes[0]!.key).toBe('network:ioc-judicial-platform');
  });

  it('refuses a cursor of another order', async () => {
    const first = await data(
      query<{ states: { pageInfo: { endCursor: string } } }>(
        `{ states(first: 2) { pageInfo { endCursor } } }`,
      ),
    );
    const result = await query(
      `query($after: String) { states(orderBy: [{ field: NAME }], after: $after) { nodes { key } } }`,
      {
        after: first.states.pageInfo.endCursor,
      },
    );
    expect(result.errors?.[0]?.message).toContain('made under another orderBy');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('counts and groups', () => {
  it('counts all that match and groups them by a property and by a relation field, in one statement', async () => {
    const result = await query<{
      networks: { totalCount: number; byStatus: { value: string; count: number }[] };
    }>(`{ networks { totalCount byStatus: groupBy(by: STATUS) { value count } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(1);
    expect(result.data!.networks.byStatus).toEqual([
      { value: 'ACTIVE', count: result.data!.networks.totalCount - 1 },
      { value: 'PLANNED', count: 1 },
    ]);
    const spoke = await data(
      query<{ states: { totalCount: number; groupBy: { entity: Keyed | null; count: number }[] } }>(
        `{ states(where: { spokeAtCount: { gt: 0 } }) { totalCount groupBy(by: REGIONS) { entity { key } count } } }`,
      ),
    );
    // Every group agrees with the filter that asks for it.
    for (const group of spoke.states.groupBy) {
      const where = group.entity
        ? `{ spokeAtCount: { gt: 0 }, regions: { some: { key: { eq: "${group.entity.key}" } } } }`
        : '{ spokeAtCount: { gt: 0 }, regions: { none: {} } }';
      expect((await matching('states', where)).length, group.entity?.key ?? 'no region').toBe(group.count);
    }
    const counts = spoke.states.groupBy.map((group) => group.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('typed relation connections', () => {
  it('give each edge its provenance, and leave out what origins and includeInferred leave out', async () => {
    type Edge = { node: Keyed; origin: string; inferred: string | null; sources: { number: number }[] };
    const { entity } = await data(
      query<{
        entity: {
          all: { totalCount: number; edges: Edge[] };
          external: { edges: Edge[] };
          stated: { edges: Edge[] };
        };
      }>(
        `{ entity(key: "region:europe") { ... on Region {
          all: statesConnection(first: 100) { totalCount edges { node { key } origin inferred sources { number } } }
          external: statesConnection(first: 100, origins: [EXTERNAL]) { edges { node { key } origin inferred sources { number } } }
          stated: statesConnection(first: 100, includeInferred: false, origins: [CURATED]) { edges { node { key } origin inferred sources { number } } }
        } } }`,
      ),
    );
    expect(entity.all.totalCount).toBe(entity.all.edges.length);
    for (const edge of entity.external.edges) {
      expect(edge.origin).toBe('EXTERNAL');
      expect(edge.sources).toEqual([]);
    }
    for (const edge of entity.stated.edges) {
      expect(edge.origin).toBe('CURATED');
      expect(edge.inferred).toBeNull();
      expect(edge.sources.length).toBeGreaterThan(0);
    }
    expect(keys(entity.all.edges.map((edge) => edge.node))).toEqual(
      expect.arrayContaining(keys(entity.external.edges.map((edge) => edge.node))),
    );
  });

  it('say that a derived edge is derived and give every step with its sources', async () => {
    const { entity } = await data(
      query<{
        entity: {
          recommendationsConnection: {
            edges: {
              origin: string;
              type: string | null;
              steps: { type: string; from: Keyed; to: Keyed; sources: { number: number }[] }[];
            }[];
          };
        };
      }>(
        `{ entity(key: "resolution:cop-untoc-5/7") { ... on Resolution {
          recommendationsConnection(first: 50) { edges { origin type steps { type from { key } to { key } sources { number } } } }
        } } }`,
      ),
    );
    const edges = entity.recommendationsConnection.edges;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      if (edge.steps.length > 1) {
        expect(edge.origin).toBe('DERIVED');
        expect(edge.type).toBeNull();
      }
      expect(edge.steps[0]!.from.key).toBe('resolution:cop-untoc-5/7');
      for (const step of edge.steps) expect(step.sources.length).toBeGreaterThan(0);
    }
  });
});
