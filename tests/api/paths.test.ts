import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config/limits.ts';
import { DEFAULT_WALK_TYPES } from '../../src/graph/subgraph.ts';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();

const EJN = 'network:ejn';
const SEYCHELLES = 'state:SYC';
/** The meeting every speaker spoke at: the hub of the report. */
const MEETING = 'meeting:CTOC/COP/WG.3/2012';

interface Graph {
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string }[];
}
interface Path extends Graph {
  length: number;
  cost: number;
  truncated: boolean;
}
const GRAPH = 'nodes { id kind } edges { id source target }';

/** The entities of a path in order from `from`, checking that its edges make one simple path. */
function walk(graph: Graph, from: string, to: string): string[] {
  const order = [from];
  const used = new Set<string>();
  while (order.at(-1) !== to) {
    const at = order.at(-1)!;
    const edge = graph.edges.find((e) => !used.has(e.id) && (e.source === at || e.target === at));
    if (!edge) throw new Error(`the path stops at ${at}: ${JSON.stringify(graph.edges)}`);
    used.add(edge.id);
    order.push(edge.source === at ? edge.target : edge.source);
  }
  expect(used.size).toBe(graph.edges.length);
  expect(new Set(order).size, order.join(' → ')).toBe(order.length);
  expect(order.slice().sort()).toEqual(graph.nodes.map((node) => node.id).sort());
  return order;
}

async function paths(args: string): Promise<Path[]> {
  const response = await query<{ paths: Path[] }>(
    `{ paths(from: "${EJN}", to: "${SEYCHELLES}", ${args}) { length cost truncated ${GRAPH} } }`,
  );
  expect(response.extensions?.cypherQueries).toBe(1);
  return (await data(Promise.resolve(response))).paths;
}

/** log2(1 + relationships, mentions aside), the cost of passing through an entity, by the API’s own count. */
async function hopCost(key: string): Promise<number> {
  const { entity } = await data(
    query<{ entity: { relationCount: number } }>(
      `query ($key: String!, $types: [RelationType!]) { entity(key: $key) { relationCount(types: $types) } }`,
      { key, types: DEFAULT_WALK_TYPES.map((type) => type) },
    ),
  );
  return Math.log2(1 + entity.relationCount);
}

describe('shortestPath with avoid', () => {
  it('finds a path from the EJN to Seychelles that does not pass through the meeting', async () => {
    const { plain, avoiding, byKind } = await data(
      query<{ plain: Graph; avoiding: Graph; byKind: Graph }>(
        `{ plain: shortestPath(from: "${EJN}", to: "${SEYCHELLES}") { ${GRAPH} }
           avoiding: shortestPath(from: "${EJN}", to: "${SEYCHELLES}", avoid: ["${MEETING}"]) { ${GRAPH} }
           byKind: shortestPath(from: "${EJN}", to: "${SEYCHELLES}", avoidKinds: [MEETING]) { ${GRAPH} } }`,
      ),
    );
    expect(walk(plain, EJN, SEYCHELLES).length).toBeGreaterThan(2);
    const order = walk(avoiding, EJN, SEYCHELLES);
    expect(order).not.toContain(MEETING);
    const kinds = walk(byKind, EJN, SEYCHELLES).map(
      (key) => byKind.nodes.find((node) => node.id === key)!.kind,
    );
    expect(kinds).not.toContain('MEETING');
    // Avoiding the hub costs no length here: another path of the same length exists.
    expect(avoiding.edges.length).toBe(plain.edges.length);
  });

  it('lets a path end at an entity of an avoided kind', async () => {
    const { shortestPath } = await data(
      query<{ shortestPath: Graph }>(
        `{ shortestPath(from: "${EJN}", to: "${MEETING}", avoidKinds: [MEETING]) { ${GRAPH} } }`,
      ),
    );
    expect(walk(shortestPath, EJN, MEETING).at(-1)).toBe(MEETING);
  });
});

describe('paths', () => {
  it('answers distinct simple paths in order of length, then cost, each cost the sum over its interior entities', async () => {
    const found = await paths('first: 3');
    expect(found).toHaveLength(3);
    const orders = found.map((path) => walk(path, EJN, SEYCHELLES));
    expect(new Set(orders.map((order) => order.join(' '))).size).toBe(3);
    for (let i = 1; i < found.length; i += 1) {
      const [before, after] = [found[i - 1]!, found[i]!];
      expect(
        after.length > before.length || (after.length === before.length && after.cost >= before.cost),
        `${before.length}/${before.cost} then ${after.length}/${after.cost}`,
      ).toBe(true);
    }
    for (const [i, path] of found.entries()) {
      expect(path.length).toBe(path.edges.length);
      expect(path.truncated).toBe(false);
      const interior = orders[i]!.slice(1, -1);
      const expected = (await Promise.all(interior.map(hopCost))).reduce((sum, cost) => sum + cost, 0);
      expect(path.cost).toBeCloseTo(expected, 9);
    }
    // The first is the shortest path's length.
    const { shortestPath } = await data(
      query<{ shortestPath: Graph }>(`{ shortestPath(from: "${EJN}", to: "${SEYCHELLES}") { ${GRAPH} } }`),
    );
    expect(found[0]!.length).toBe(shortestPath.edges.length);
  });

  it('ranks a path through the hub after one of the same length through specific entities', async () => {
    const found = await paths('first: 10');
    const viaHub = (path: Path) => path.nodes.some((node) => node.id === MEETING);
    const throughHub = found.findIndex(viaHub);
    expect(throughHub).toBeGreaterThanOrEqual(0);
    // Among the paths as long as the first through the hub, one through specific entities comes first.
    const length = found[throughHub]!.length;
    const elsewhere = found.findIndex((path) => path.length === length && !viaHub(path));
    expect(elsewhere).toBeGreaterThanOrEqual(0);
    expect(elsewhere).toBeLessThan(throughHub);
  });

  it('leaves out what avoid and avoidKinds name', async () => {
    for (const [args, kinds] of [
      [`avoid: ["${MEETING}"]`, []],
      ['avoidKinds: [MEETING, PERSON]', ['MEETING', 'PERSON']],
    ] as const) {
      const found = await paths(`first: 4, ${args}`);
      expect(found.length, args).toBeGreaterThan(0);
      for (const path of found) {
        walk(path, EJN, SEYCHELLES);
        expect(path.nodes.map((node) => node.id)).not.toContain(MEETING);
        expect(path.nodes.filter((node) => (kinds as readonly string[]).includes(node.kind))).toEqual([]);
      }
    }
  });

  it('answers the entity alone for one key twice, nothing beyond maxLength, and null for an unknown key', async () => {
    const result = await data(
      query<{ same: Path[]; short: Path[]; unknown: Path[] | null }>(
        `{ same: paths(from: "${EJN}", to: "${EJN}") { length cost ${GRAPH} }
           short: paths(from: "${EJN}", to: "${SEYCHELLES}", maxLength: 2) { length }
           unknown: paths(from: "${EJN}", to: "state:NONE") { length } }`,
      ),
    );
    expect(result.same).toEqual([{ length: 0, cost: 0, nodes: [{ id: EJN, kind: 'NETWORK' }], edges: [] }]);
    expect(result.short).toEqual([]);
    expect(result.unknown).toBeNull();
  });

  it('refuses an unknown key in avoid, an end in avoid and first beyond the limit, saying why', async () => {
    const refused = async (field: string, args: string) => {
      const response = await query(
        `{ ${field}(from: "${EJN}", to: "${SEYCHELLES}", ${args}) { edges { id } } }`,
      );
      expect(response.data?.[field] ?? null).toBeNull();
      expect(response.errors, args).toHaveLength(1);
      return response.errors![0]!;
    };
    for (const field of ['paths', 'shortestPath']) {
      const unknown = await refused(field, `avoid: ["${MEETING}", "meeting:none"]`);
      expect(unknown.message).toBe('avoid names keys that no entity has: meeting:none');
      expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'avoid' });
      const end = await refused(field, `avoid: ["${SEYCHELLES}"]`);
      expect(end.message).toBe(`avoid may not name an end of the path (${SEYCHELLES})`);
    }
    const max = DEFAULT_LIMITS.maxPaths;
    const beyond = await refused('paths', `first: ${max + 1}`);
    expect(beyond.message).toBe(`first must be an integer from 1 to ${max} (got ${max + 1})`);
    expect(beyond.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max });
    const zero = await refused('paths', 'first: 0');
    expect(zero.message).toBe(`first must be an integer from 1 to ${max} (got 0)`);
  });

  it('counts in the cost estimate by the paths and the length asked for', async () => {
    const cost = async (args: string) =>
      (await query(`{ paths(from: "${EJN}", to: "${SEYCHELLES}", ${args}) { length nodes { id } } }`))
        .extensions?.cost as number;
    expect(await cost('first: 6')).toBeGreaterThan(await cost('first: 3'));
    expect(await cost('first: 3, maxLength: 8')).toBeGreaterThan(await cost('first: 3, maxLength: 4'));
  });
});
