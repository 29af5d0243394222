import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../src/config/env.ts';
import { readExamples } from '../../../src/cli/examples.ts';
import { cypher } from '../../../src/neo4j/cypher.ts';
import { configFromEnv, createApp } from '../../../src/server/app.ts';
import { post, stubDatabase } from '../../helpers/app.ts';

/**
 * Every limit is set by its environment variable and answered with an error that names it. A stub
 * database answers nothing: the limits act before any Cypher would run.
 */
const ENTITY_BY_KEY = cypher('entities-by-keys');

const network = (key: string) => ({ key, kind: 'network', nameEn: key, nameZh: key });

/**
 * Every key names a network, so that fields under `entity` resolve (by key, or with what the selection
 * plans: `AS row`); a root connection finds nothing.
 */
const database = stubDatabase(async (query, params) => {
  if (query === ENTITY_BY_KEY) return (params.keys as string[]).map((key) => ({ key, node: network(key) }));
  if (/ AS row$/m.test(query)) {
    const keys = Object.values(params).find(Array.isArray) as string[];
    return keys.map((key) => ({ key, row: network(key) }));
  }
  if (/ AS (page|total)\b/.test(query)) return [{ page: [], total: 0 }];
  return [];
});

function appWith(env: Record<string, string>) {
  return createApp({ db: database, ...configFromEnv(readEnv(env)), log: () => undefined });
}

describe('limits from the environment', () => {
  it.each([
    ['COOPGRAPH_MAX_TOKENS', '20', `{ ${'database { version } '.repeat(5)}}`, /Token limit of 20 exceeded/],
    [
      'COOPGRAPH_MAX_QUERY_DEPTH',
      '2',
      '{ entity(key: "x") { relations { type } } }',
      /Query depth limit of 2 exceeded, found 3/,
    ],
    [
      'COOPGRAPH_MAX_ALIASES',
      '1',
      '{ a: database { version } b: database { version } }',
      /Aliases limit of 1 exceeded, found 2/,
    ],
    [
      'COOPGRAPH_MAX_DIRECTIVES',
      '1',
      '{ database @include(if: true) { version @skip(if: false) } }',
      /Directives limit of 1 exceeded, found 2/,
    ],
    [
      'COOPGRAPH_MAX_COST',
      '30',
      '{ entities(first: 10) { nodes { key name } } }',
      /Query cost 31 exceeds the limit of 30/,
    ],
    [
      'COOPGRAPH_MAX_FIRST',
      '5',
      '{ search(text: "x", first: 6) { score } }',
      /first must be an integer from 1 to 5/,
    ],
    [
      'COOPGRAPH_MAX_RELATIONS',
      '7',
      '{ entity(key: "x") { relations(first: 8) { type } } }',
      /first must be an integer from 1 to 7/,
    ],
    [
      'COOPGRAPH_MAX_NEIGHBORHOOD_DEPTH',
      '1',
      '{ neighborhood(keys: ["x"], depth: 2) { truncated } }',
      /depth must be an integer from 1 to 1/,
    ],
    [
      'COOPGRAPH_MAX_NODES',
      '10',
      '{ neighborhood(keys: ["x"], limit: 11) { truncated } }',
      /limit must be an integer from 1 to 10/,
    ],
    [
      'COOPGRAPH_MAX_PATH_LENGTH',
      '2',
      '{ shortestPath(from: "a", to: "b", maxLength: 3) { truncated } }',
      /maxLength must be an integer from 1 to 2/,
    ],
    [
      'COOPGRAPH_MAX_KEYS',
      '2',
      '{ neighborhood(keys: ["a", "b", "c"]) { truncated } }',
      /keys may hold at most 2 values/,
    ],
    [
      'COOPGRAPH_MAX_SEARCH_TEXT',
      '3',
      '{ search(text: "four") { score } }',
      /text may hold at most 3 characters \(got 4\)/,
    ],
  ])('%s=%s', async (name, value, query, message) => {
    const limited = await post(appWith({ [name]: value }), { query });
    expect([200, 400]).toContain(limited.status);
    expect(limited.body?.errors?.[0]?.message).toMatch(message);
    // The same request passes the defaults' limit.
    const open = await post(appWith({}), { query });
    for (const error of open.body?.errors ?? []) expect(error.message).not.toMatch(message);
  });

  it('reports the cost of what it runs', async () => {
    const answer = await post(appWith({}), { query: '{ entities(first: 10) { nodes { key name } } }' });
    expect(answer.body).toMatchObject({ extensions: { cost: 31 } });
  });

  it('takes the cost of counts from variables, and caps them at the argument limits', async () => {
    const query = 'query($n: Int) { entities(first: $n) { nodes { key } } }';
    const app = appWith({ COOPGRAPH_MAX_COST: '100' });
    expect((await post(app, { query, variables: { n: 10 } })).body?.errors).toBeUndefined();
    expect((await post(app, { query, variables: { n: 99 } })).body?.errors?.[0]?.message).toMatch(
      /Query cost 199 exceeds the limit of 100/,
    );
    // Beyond its cap, `first` is costed at the cap, and its own error says what is allowed.
    expect((await post(appWith({}), { query, variables: { n: 1e6 } })).body?.errors?.[0]?.message).toMatch(
      /first must be an integer from 1 to 100/,
    );
  });

  it('counts filters and group-by in the cost', async () => {
    const app = appWith({ COOPGRAPH_MAX_COST: '50' });
    const plain = '{ states(first: 10) { nodes { key } } }';
    expect((await post(app, { query: plain })).body?.errors).toBeUndefined();
    const where =
      '{ networks: { some: { regions: { some: { name: { contains: "a" } } } } }, name: { contains: "b" } }';
    expect(
      (await post(app, { query: `{ states(first: 10, where: ${where}) { nodes { key } } }` })).body
        ?.errors?.[0]?.message,
    ).toMatch(/Query cost \d+ exceeds the limit of 50/);
    expect(
      (await post(app, { query: '{ states(first: 1) { groupBy(by: REGIONS) { count } } }' })).body
        ?.errors?.[0]?.message,
    ).toMatch(/Query cost \d+ exceeds the limit of 50/);
  });

  it('lets every documented example through the default limits', async () => {
    // The examples run against the real graph in tests/api/examples.test.ts; here only the limits matter.
    const app = appWith({});
    const limitCodes =
      /^(GRAPHQL_PARSE_FAILED|QUERY_TOO_DEEP|TOO_MANY_ALIASES|TOO_MANY_DIRECTIVES|QUERY_TOO_EXPENSIVE|BAD_USER_INPUT)$/;
    for (const example of readExamples()) {
      const answer = await post(app, { query: example.query });
      for (const error of answer.body?.errors ?? []) {
        expect(String(error.extensions?.code), `${example.file}: ${error.message}`).not.toMatch(limitCodes);
      }
      expect(answer.body).toHaveProperty('extensions.cost');
    }
  });

  it('rejects a bad setting with the variable named', () => {
    expect(() => readEnv({ COOPGRAPH_MAX_COST: '0' })).toThrow(/COOPGRAPH_MAX_COST/);
    expect(() => readEnv({ COOPGRAPH_MAX_FIRST: 'lots' })).toThrow(/COOPGRAPH_MAX_FIRST/);
    expect(() => readEnv({ NEO4J_TRANSACTION_TIMEOUT_MS: '-5' })).toThrow(/NEO4J_TRANSACTION_TIMEOUT_MS/);
    expect(() => readEnv({ COOPGRAPH_INTROSPECTION: 'maybe' })).toThrow(
      /COOPGRAPH_INTROSPECTION: true or false/,
    );
    expect(() => readEnv({ COOPGRAPH_CORS_ORIGINS: 'example.com' })).toThrow(/COOPGRAPH_CORS_ORIGINS/);
  });
});
