import { describe, expect, it } from 'vitest';
import { factsStatement } from '../../src/graph/cypher/facts.ts';
import { data, useReportApp } from '../helpers/api.ts';
import { testDatabase } from '../helpers/db.ts';

const { query } = useReportApp();
const R = 'CTOC/COP/WG.3/2012/5';
const paragraph = (n: number) => `paragraph:${R}#${n}`;

interface Fact {
  type: string;
  from: { key: string };
  to: { key: string };
  origin: string;
  inferred: string | null;
  sources: { key: string }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Fact }[];
}

const FACTS = `query($key: String!, $first: Int, $after: String, $types: [RelationType!]) {
  entity(key: $key) { ... on Paragraph { facts(first: $first, after: $after, types: $types) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { type from { key } to { key } origin inferred sources { key } } } } } } }`;

async function page(key: string, variables: Record<string, unknown> = {}): Promise<Page> {
  const { entity } = await data(query<{ entity: { facts: Page } }>(FACTS, { key, ...variables }));
  return entity.facts;
}

/** Every page of a paragraph's facts, following the cursors. */
async function allPages(key: string, first: number): Promise<{ facts: Fact[]; pages: Page[] }> {
  const pages: Page[] = [];
  let after: string | null = null;
  do {
    const next: Page = await page(key, { first, after });
    pages.push(next);
    after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
  } while (after);
  return { facts: pages.flatMap((p) => p.edges.map((edge) => edge.node)), pages };
}

const factId = (fact: { type: string; from: string; to: string }) => `${fact.from}|${fact.type}|${fact.to}`;

describe('Paragraph.facts', () => {
  it('holds every relationship whose sources include the paragraph, for each paragraph of the report', async () => {
    // The reference: a scan of every relationship of the graph.
    const db = testDatabase();
    const scanned = await db.read<{ key: string; facts: Record<string, unknown>[] }>(
      `MATCH (a:Entity)-[r]->(b:Entity) UNWIND r.sources AS key
       WITH key, collect({ type: type(r), from: a.key, to: b.key, origin: toUpper(r.origin),
                           inferred: r.inferred, sources: r.sources }) AS facts
       RETURN key, facts`,
    );
    const paragraphs = await db.read<{ key: string }>(`MATCH (p:Paragraph) RETURN p.key AS key ORDER BY key`);
    await db.close();
    expect(paragraphs).toHaveLength(43);
    const expected = new Map(scanned.map(({ key, facts }) => [key, facts]));
    for (const { key } of paragraphs) {
      const { facts, pages } = await allPages(key, 50);
      const want = expected.get(key) ?? [];
      expect(pages[0]!.totalCount, key).toBe(want.length);
      expect(
        facts
          .map((fact) => ({
            type: fact.type,
            from: fact.from.key,
            to: fact.to.key,
            origin: fact.origin,
            inferred: fact.inferred,
            sources: fact.sources.map((source) => source.key),
          }))
          .sort((x, y) => factId(x).localeCompare(factId(y))),
        key,
      ).toEqual([...want].sort((x, y) => factId(x as never).localeCompare(factId(y as never))));
    }
  });

  it('pages with keyset cursors, in a stable order, with the total on every page', async () => {
    const key = paragraph(43);
    const whole = await page(key, { first: 500 });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const { facts, pages } = await allPages(key, 7);
    expect(pages.length).toBe(Math.ceil(whole.totalCount / 7));
    expect(facts).toEqual(whole.edges.map((edge) => edge.node));
    expect(new Set(pages.map((p) => p.totalCount))).toEqual(new Set([whole.totalCount]));
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
    const order = facts.map((fact) => [fact.type, fact.from.key, fact.to.key].join('\u0000'));
    expect([...order].sort()).toEqual(order);
  });

  it('gives the facts of given types: paragraph 17 names the five members of the Indian Ocean platform', async () => {
    const members = await page(paragraph(17), { types: ['MEMBER_OF'] });
    expect(members.totalCount).toBe(5);
    expect(members.edges.map((edge) => edge.node.from.key)).toEqual([
      'state:COM',
      'state:FRA',
      'state:MDG',
      'state:MUS',
      'state:SYC',
    ]);
    expect(new Set(members.edges.map((edge) => edge.node.to.key))).toEqual(
      new Set(['network:ioc-judicial-platform']),
    );
  });

  it('answers the facts of every paragraph in one statement', async () => {
    const response = await query<{ entities: { nodes: { facts: { totalCount: number } }[] } }>(
      `{ entities(kind: PARAGRAPH, first: 100) { nodes { ... on Paragraph { facts(first: 5) { totalCount nodes { from { key } to { key } } } } } } }`,
    );
    const { entities } = await data(Promise.resolve(response));
    expect(entities.nodes).toHaveLength(43);
    // The page of paragraphs, their facts, and the entities at the ends.
    expect(response.extensions?.cypherQueries).toBe(3);
  });

  it('finds a paragraph’s facts through the index, not by scanning relationships', async () => {
    const db = testDatabase();
    const statement = factsStatement({ keys: [paragraph(17)], types: null, first: 10, after: null });
    const session = db.driver.session({ database: db.name });
    try {
      const { summary } = await session.run(`EXPLAIN ${statement.cypher}`, statement.params);
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType);
        plan.children.forEach((child) => walk(child as typeof plan));
      };
      walk(summary.plan as never);
      expect(operators.some((op) => op.startsWith('ProcedureCall'))).toBe(true);
      expect(
        operators.filter((op) => /RelationshipsScan|RelationshipTypeScan|AllNodesScan/.test(op)),
      ).toEqual([]);
    } finally {
      await session.close();
      await db.close();
    }
  });

  it('refuses a cursor of another connection and a page size out of range', async () => {
    const notOurs = Buffer.from('entity:network:ejn').toString('base64url');
    const res = await query(FACTS, { key: paragraph(17), after: notOurs });
    expect(res.errors?.[0]?.message).toBe('after is not a cursor of this connection');
    const zero = await query(FACTS, { key: paragraph(17), first: 0 });
    expect(zero.errors?.[0]?.message).toMatch(/first must be an integer from 1 to 500 \(got 0\)/);
  });
});
