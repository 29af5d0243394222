import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { EXCLUDED_BY_DEFAULT } from '../../src/graph/subgraph.ts';
import { loadReports } from '../../src/load/loadReports.ts';
import { DEFAULT_COUNTS, DEFAULT_LIMITS } from '../../src/schema/limits.ts';
import { configFromEnv, createApp, type App } from '../../src/server/app.ts';
import { resetDatabase, testDatabase, totals } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

/**
 * A configured limit is the limit in force, in the Cypher as in the checks: a chain of topics of its
 * own, longer than the default path limit, joined to nothing of the report.
 */
const CHAIN = 10;
const chainKey = (i: number) => `topic:path-limit-chain-${i}`;

const db = testDatabase();
let configured: App;
let defaults: App;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  await resetDatabase(db);
  await loadReports(db, { log: () => undefined });
  before = await totals(db);
  await db.write(
    `UNWIND range(0, $n) AS i
     CREATE (:Entity:Topic { key: $prefix + i, kind: 'topic', nameEn: 'chain ' + i, nameZh: '链' + i })
     WITH collect(i) AS all
     UNWIND range(0, $n - 1) AS i
     MATCH (a:Entity { key: $prefix + i }), (b:Entity { key: $prefix + (i + 1) })
     CREATE (a)-[:RELATED_TO { origin: 'curated', sources: [] }]->(b)`,
    { n: CHAIN, prefix: 'topic:path-limit-chain-' },
  );
  configured = createApp({ db, ...configFromEnv(readEnv({ COOPGRAPH_MAX_PATH_LENGTH: '12' })) });
  defaults = createApp({ db });
});

afterAll(async () => {
  await db.write(`MATCH (n:Entity) WHERE n.key STARTS WITH 'topic:path-limit-chain-' DETACH DELETE n`);
  expect(await totals(db)).toEqual(before);
  await db.close();
});

const PATH = `query($from: String!, $to: String!, $max: Int) {
  shortestPath(from: $from, to: $to, maxLength: $max) { nodes { id } edges { id } } }`;

describe('the path length limit', () => {
  it('finds a path longer than the default limit when the configured one allows it', async () => {
    expect(CHAIN).toBeGreaterThan(DEFAULT_LIMITS.maxPathLength);
    const response = await gql<{ shortestPath: { nodes: { id: string }[]; edges: unknown[] } }>(
      configured,
      PATH,
      { from: chainKey(0), to: chainKey(CHAIN), max: 12 },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.shortestPath.edges).toHaveLength(CHAIN);
    expect(response.data!.shortestPath.nodes.map((node) => node.id).sort()).toEqual(
      Array.from({ length: CHAIN + 1 }, (_, i) => chainKey(i)).sort(),
    );
    expect(response.extensions?.cypherQueries).toBe(1);
  });

  it('finds no path longer than maxLength, and refuses one beyond the limit in force', async () => {
    const short = await gql<{ shortestPath: { edges: unknown[] } }>(configured, PATH, {
      from: chainKey(0),
      to: chainKey(CHAIN),
      max: CHAIN - 1,
    });
    expect(short.data!.shortestPath.edges).toEqual([]);
    const beyond = await gql(configured, PATH, { from: chainKey(0), to: chainKey(CHAIN), max: 13 });
    expect(beyond.errors?.[0]?.message).toBe('maxLength must be an integer from 1 to 12 (got 13)');
    const byDefault = await gql(defaults, PATH, { from: chainKey(0), to: chainKey(CHAIN), max: CHAIN });
    expect(byDefault.errors?.[0]?.message).toBe(
      `maxLength must be an integer from 1 to ${DEFAULT_LIMITS.maxPathLength} (got ${CHAIN})`,
    );
  });
});

describe('Query.limits', () => {
  it('answers the limits in force and what graph queries leave out', async () => {
    const LIMITS = `{ limits { ${Object.keys(DEFAULT_LIMITS).join(' ')} excludedRelationTypes } }`;
    const { data } = await gql<{ limits: Record<string, unknown> }>(configured, LIMITS);
    expect(data!.limits).toEqual({
      ...DEFAULT_LIMITS,
      maxPathLength: 12,
      excludedRelationTypes: [...EXCLUDED_BY_DEFAULT],
    });
    expect((await gql<{ limits: Record<string, unknown> }>(defaults, LIMITS)).data!.limits).toMatchObject(
      DEFAULT_LIMITS,
    );
  });

  it('has defaults that lie within the default limits', () => {
    const L = DEFAULT_LIMITS;
    expect(DEFAULT_COUNTS.entities).toBeLessThanOrEqual(L.maxFirst);
    expect(DEFAULT_COUNTS.search).toBeLessThanOrEqual(L.maxFirst);
    expect(DEFAULT_COUNTS.relations).toBeLessThanOrEqual(L.maxRelations);
    expect(DEFAULT_COUNTS.depth).toBeLessThanOrEqual(L.maxDepth);
    expect(DEFAULT_COUNTS.nodes).toBeLessThanOrEqual(L.maxNodes);
    expect(DEFAULT_COUNTS.pathLength).toBeLessThanOrEqual(L.maxPathLength);
  });
});
