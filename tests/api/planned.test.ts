import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();
type Keyed = { key: string };
const keys = (list: Keyed[]) => list.map((item) => item.key);

/**
 * The entities at the other end of one entity's relationships, through `relations` (its own statement,
 * with no planning of fields below): what a typed field must hold, in key order.
 */
async function viaRelations(
  key: string,
  type: string,
  direction: 'IN' | 'OUT',
  kind: string,
): Promise<Keyed[]> {
  const { entity } = await data(
    query<{ entity: { relations: { other: Keyed }[] } }>(
      `{ entity(key: "${key}") { relations(types: [${type}], direction: ${direction}, kinds: [${kind}], first: 500) { other { key } } } }`,
    ),
  );
  return [...new Set(entity.relations.map((relation) => relation.other.key))].sort().map((k) => ({ key: k }));
}

describe('relation fields selected below a root field come in its one statement', () => {
  it('answers a network, its members and their networks in 1 statement, as its relations say', async () => {
    const result = await query<{
      entity: { regions: Keyed[]; members: (Keyed & { networks?: Keyed[] })[] };
    }>(`{
      entity(key: "network:ioc-judicial-platform") {
        ... on Network { regions { key } members { key ... on State { networks { key } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(1);
    const members = result.data!.entity.members;
    expect(keys(members)).toEqual(['state:COM', 'state:FRA', 'state:MDG', 'state:MUS', 'state:SYC']);
    for (const member of members) {
      expect(member.networks).toEqual(await viaRelations(member.key, 'MEMBER_OF', 'OUT', 'NETWORK'));
    }
    expect(members.find((member) => member.key === 'state:FRA')!.networks!.map((n) => n.key)).toContain(
      'network:ioc-judicial-platform',
    );
  });

  it('follows fragment spreads and type conditions, and gives each kind only its own fields', async () => {
    const result = await query<{
      entity: { members: (Keyed & { networks?: Keyed[]; regions?: Keyed[] })[] };
    }>(`
      fragment StateSide on State { networks { key } regions { key } }
      query { entity(key: "network:ioc-judicial-platform") { ... on Network { members { key ...StateSide } } } }
    `);
    expect(result.errors).toBeUndefined();
    // The root, its members, their networks and regions (UN M49 membership is an edge): one statement.
    expect(result.extensions?.cypherQueries).toBe(1);
    for (const member of result.data!.entity.members) {
      if (!member.key.startsWith('state:')) {
        expect(member.networks).toBeUndefined();
        continue;
      }
      expect(member.networks).toEqual(await viaRelations(member.key, 'MEMBER_OF', 'OUT', 'NETWORK'));
      // Derived (UN M49 as well as stated): checked against what the report says at least.
      expect(keys(member.regions!)).toEqual(
        expect.arrayContaining(keys(await viaRelations(member.key, 'LOCATED_IN', 'OUT', 'REGION'))),
      );
    }
  });

  it('goes on three levels down in the same statement, answering as the relations say', async () => {
    const result = await query<{
      entity: { members: (Keyed & { networks?: (Keyed & { regions: Keyed[]; members: Keyed[] })[] })[] };
    }>(`{
      entity(key: "network:ioc-judicial-platform") {
        ... on Network { members { key ... on State { networks { key regions { key } members { key } } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(1);
    const networks = result.data!.entity.members.flatMap((member) => member.networks ?? []);
    expect(networks.length).toBeGreaterThan(0);
    for (const network of networks.slice(0, 6)) {
      expect(network.regions).toEqual(await viaRelations(network.key, 'COVERS', 'OUT', 'REGION'));
      expect(network.members).toEqual(await viaRelations(network.key, 'MEMBER_OF', 'IN', 'STATE'));
    }
  });

  it('gives the recommendations of a resolution their cited articles in the same statement', async () => {
    const result = await query<{
      entity: { recommendations: (Keyed & { articles: Keyed[] })[] };
    }>(`{ entity(key: "resolution:cop-untoc-5/7") {
      ... on Resolution { recommendations { key articles { key } } } } }`);
    expect(result.errors).toBeUndefined();
    // A derived field (directly, or through the discussion the resolution asked for) plans like any.
    expect(result.extensions?.cypherQueries).toBe(1);
    const recommendations = result.data!.entity.recommendations;
    expect(recommendations.length).toBeGreaterThan(0);
    for (const recommendation of recommendations) {
      expect(recommendation.articles).toEqual(
        await viaRelations(recommendation.key, 'CITES', 'OUT', 'ARTICLE'),
      );
    }
    expect(recommendations.flatMap((r) => keys(r.articles))).toContain('article:untoc-18-13');
  });

  it('answers a page of entities with their paragraphs in one statement, empty lists included', async () => {
    const result = await query<{
      entities: {
        nodes: (Keyed & { mentionedIn: Keyed[] })[];
        edges: { node: Keyed & { mentionedIn: Keyed[] } }[];
      };
    }>(
      `{ entities(first: 50) { nodes { key mentionedIn { key } } edges { node { key mentionedIn { key } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(1);
    const { nodes, edges } = result.data!.entities;
    expect(nodes).toHaveLength(50);
    expect(edges.map((edge) => edge.node)).toEqual(nodes);
    for (const node of nodes.slice(0, 12)) {
      expect(node.mentionedIn).toEqual(await viaRelations(node.key, 'MENTIONS', 'IN', 'PARAGRAPH'));
    }
    // Paragraphs are mentioned by nothing: their lists are empty, and still answered in that statement.
    expect(nodes.some((node) => node.mentionedIn.length === 0)).toBe(true);
    expect(nodes.some((node) => node.mentionedIn.length > 0)).toBe(true);
  });

  it('brings the long texts only when a selected field reads them, in the same statement', async () => {
    type Row = Keyed & { text: string | null; textEn: string | null; properties: Record<string, unknown> };
    const listed = await query<{ entities: { nodes: Row[] } }>(
      `{ entities(kind: PARAGRAPH, first: 5) { nodes { key properties ... on Paragraph { text textEn: text(lang: EN) } } } }`,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.extensions?.cypherQueries).toBe(1);
    for (const node of listed.data!.entities.nodes) {
      const { entity } = await data(
        query<{ entity: Row }>(
          `{ entity(key: "${node.key}") { key properties ... on Paragraph { text textEn: text(lang: EN) } } }`,
        ),
      );
      expect(node.text).toBeTruthy();
      expect(node).toEqual(entity);
      expect(node.properties).not.toHaveProperty('_trimmed');
    }
  });
});
