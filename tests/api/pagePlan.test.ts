import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { loadReports } from '../../src/load/loadReports.ts';
import type { Params } from '../../src/neo4j/database.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { resetDatabase, testDatabase } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

/** The operators of a plan, depth first. */
interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}
const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operators),
];

/**
 * A page in key order must walk the key's index and stop at the page's end: sorting every entity of
 * the kinds (a label scan, then Top) costs the size of the graph, which the benchmark's 1000x shows.
 */
describe('a page in key order reads the key index in order', () => {
  const db = testDatabase();
  const statements: { cypher: string; params: Params }[] = [];
  const read = db.read.bind(db);
  db.read = ((cypher: string, params: Params = {}, counter?: { count: number }) => {
    statements.push({ cypher, params });
    return read(cypher, params, counter);
  }) as typeof db.read;
  let app: App;
  beforeAll(async () => {
    await resetDatabase(db);
    await loadReports(db, { log: () => undefined });
    app = createApp({ db });
  });
  afterAll(() => db.close());

  async function planOf(document: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    statements.length = 0;
    const result = await gql(app, document, variables);
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const [{ cypher, params }] = statements as [{ cypher: string; params: Params }];
    const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
    try {
      const explained = await session.run(`EXPLAIN ${cypher}`, params);
      return operators(explained.summary.plan as unknown as PlanNode);
    } finally {
      await session.close();
    }
  }

  it.each([
    ['every kind', '{ entities(first: 50) { nodes { key name mentionedIn { key } } } }'],
    ['one kind', '{ states(first: 10) { nodes { key name } } }'],
    ['after a cursor', '{ entities(first: 10, after: $after) { nodes { key } } }'],
  ])('%s', async (_name, document) => {
    let after: string | undefined;
    if (document.includes('$after')) {
      const first = await gql<{ entities: { pageInfo: { endCursor: string } } }>(
        app,
        '{ entities(first: 10) { pageInfo { endCursor } } }',
      );
      after = first.data!.entities.pageInfo.endCursor;
      document = document.replace('{ entities', 'query ($after: String) { entities');
    }
    const plan = await planOf(document, after ? { after } : {});
    // The index hands the entities over in key order; the page stops at its end (Limit), and nothing
    // sorts the whole kind (Top). A Sort below, inside a row's own list, orders that list alone.
    expect(plan.some((operator) => /^Node(Unique)?Index(Scan|SeekByRange)$/.test(operator))).toBe(true);
    expect(plan).toContain('Limit');
    expect(plan).not.toContain('NodeByLabelScan');
    expect(plan).not.toContain('Top');
  });
});
