import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();
type Keyed = { key: string };
const keys = (list: Keyed[]) => list.map((item) => item.key);

/** What one field of one entity holds, asked on its own (no level above to fetch it early). */
async function alone(key: string, selection: string): Promise<unknown> {
  const { entity } = await data(
    query<{ entity: Record<string, unknown> }>(`{ entity(key: "${key}") { ${selection} } }`),
  );
  return entity;
}

describe('relation fields one level down come with the level above', () => {
  it('answers a network, its members and their networks in 2 statements, as each member alone would', async () => {
    const result = await query<{
      entity: { regions: Keyed[]; members: (Keyed & { networks?: Keyed[] })[] };
    }>(`{
      entity(key: "network:ioc-judicial-platform") {
        ... on Network { regions { key } members { key ... on State { networks { key } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(2);
    const members = result.data!.entity.members;
    expect(keys(members)).toEqual(['state:COM', 'state:FRA', 'state:MDG', 'state:MUS', 'state:SYC']);
    for (const member of members) {
      expect(member.networks).toEqual(
        ((await alone(member.key, '... on State { networks { key } }')) as { networks: Keyed[] }).networks,
      );
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
    // The root, then members with their networks (typed, fetched with them), then the states' regions
    // (derived from UN M49: a statement of its own).
    expect(result.extensions?.cypherQueries).toBe(3);
    for (const member of result.data!.entity.members) {
      if (!member.key.startsWith('state:')) {
        expect(member.networks).toBeUndefined();
        continue;
      }
      const own = (await alone(member.key, '... on State { networks { key } regions { key } }')) as {
        networks: Keyed[];
        regions: Keyed[];
      };
      expect(member.networks).toEqual(own.networks);
      expect(member.regions).toEqual(own.regions);
    }
  });

  it('gives the recommendations of a resolution their cited articles in the same statement', async () => {
    const result = await query<{
      entity: { recommendations: (Keyed & { articles: Keyed[] })[] };
    }>(`{ entity(key: "resolution:cop-untoc-5/7") {
      ... on Resolution { recommendations { key articles { key } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.cypherQueries).toBe(2);
    const recommendations = result.data!.entity.recommendations;
    expect(recommendations.length).toBeGreaterThan(0);
    for (const recommendation of recommendations) {
      expect(recommendation.articles).toEqual(
        (
          (await alone(recommendation.key, '... on Recommendation { articles { key } }')) as {
            articles: Keyed[];
          }
        ).articles,
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
      expect(node.mentionedIn).toEqual(
        ((await alone(node.key, 'mentionedIn { key }')) as { mentionedIn: Keyed[] }).mentionedIn,
      );
    }
    // Paragraphs are mentioned by nothing: their lists are empty, and still answered in that statement.
    expect(nodes.some((node) => node.mentionedIn.length === 0)).toBe(true);
    expect(nodes.some((node) => node.mentionedIn.length > 0)).toBe(true);
  });
});
