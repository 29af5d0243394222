import { describe, expect, it } from 'vitest';
import { m49Country, m49Lineage } from '../../src/load/m49.ts';
import { M49_SOURCE } from '../../src/load/m49Relations.ts';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();

const CENTRAL_AMERICA = 'region:central-america';
const EXTERNAL_SOURCE = 'externalSource { classification publisher version package }';

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  origin: string;
  sources: string[];
  externalSource: typeof M49_SOURCE | null;
  data: { origin: string; externalSource?: typeof M49_SOURCE };
}

/** The States of the graph that UN M49 places in the area with this code, by the package itself. */
async function m49States(code: string): Promise<string[]> {
  const { states } = await data(
    query<{ states: { nodes: { key: string }[] } }>('{ states(first: 100) { nodes { key } } }'),
  );
  return states.nodes
    .map((state) => state.key)
    .filter((key) => {
      const country = m49Country(key.slice('state:'.length));
      return country !== undefined && m49Lineage(country.code).some((area) => area.code === code);
    })
    .sort();
}

describe('UN M49 membership as EXTERNAL edges', () => {
  it('joins Central America to the States M49 places there, each edge naming its source, in a neighbourhood', async () => {
    const expected = await m49States('013');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    const { neighborhood } = await data(
      query<{ neighborhood: { nodes: { id: string }[]; edges: Edge[] } }>(
        `{ neighborhood(keys: ["${CENTRAL_AMERICA}"], limit: 100) {
          nodes { id }
          edges { id type source target origin sources ${EXTERNAL_SOURCE} data } } }`,
      ),
    );
    const external = neighborhood.edges.filter((edge) => edge.origin === 'EXTERNAL');
    expect(external.map((edge) => edge.source).sort()).toEqual(expected);
    for (const edge of external) {
      expect(edge).toMatchObject({ type: 'LOCATED_IN', target: CENTRAL_AMERICA, sources: [] });
      expect(edge.externalSource).toEqual(M49_SOURCE);
      // What Cytoscape reads carries it too.
      expect(edge.data).toMatchObject({ origin: 'external', externalSource: M49_SOURCE });
    }
    // Edges the report states name paragraphs, and no outside source.
    const stated = neighborhood.edges.filter((edge) => edge.origin !== 'EXTERNAL');
    expect(stated.length).toBeGreaterThan(0);
    for (const edge of stated) {
      expect(edge.externalSource).toBeNull();
      expect(edge.sources.length).toBeGreaterThan(0);
    }
  });

  it('names the source on typed relation edges, their steps and entity relations', async () => {
    type Step = { origin: string; externalSource: typeof M49_SOURCE | null };
    const { entity } = await data(
      query<{
        entity: {
          statesConnection: { edges: (Step & { node: { key: string }; steps: Step[] })[] };
          relations: (Step & { other: { key: string } })[];
        };
      }>(
        `{ entity(key: "${CENTRAL_AMERICA}") {
          ... on Region { statesConnection(first: 100) { edges { node { key } origin ${EXTERNAL_SOURCE}
            steps { origin ${EXTERNAL_SOURCE} } } } }
          relations(first: 100) { origin other { key } ${EXTERNAL_SOURCE} } } }`,
      ),
    );
    const external = entity.statesConnection.edges.filter((edge) => edge.origin === 'EXTERNAL');
    expect(external.map((edge) => edge.node.key).sort()).toEqual(await m49States('013'));
    for (const edge of entity.statesConnection.edges) {
      const expected = edge.origin === 'EXTERNAL' ? M49_SOURCE : null;
      expect(edge.externalSource, edge.node.key).toEqual(expected);
      expect(edge.steps.map((step) => step.externalSource)).toEqual([expected]);
    }
    const relations = entity.relations.filter((relation) => relation.origin === 'EXTERNAL');
    expect(relations.length).toBe(external.length);
    for (const relation of entity.relations) {
      expect(relation.externalSource).toEqual(relation.origin === 'EXTERNAL' ? M49_SOURCE : null);
    }
  });

  it('gives regions M49 lacks only the members the report states, and none to the Indian Ocean Commission', async () => {
    const { regions } = await data(
      query<{ regions: { nodes: { key: string; properties: { m49?: string } }[] } }>(
        '{ regions(first: 100) { nodes { key properties } } }',
      ),
    );
    const outsideM49 = regions.nodes.filter((region) => region.properties.m49 === undefined);
    expect(outsideM49.map((region) => region.key)).toContain('region:sahel');
    // The Indian Ocean Commission's area is no region of M49 (nor of the graph): its platform and the
    // Commission are the entities that stand for it.
    const keys = [
      ...outsideM49.map((region) => region.key),
      'network:ioc-judicial-platform',
      'organization:ioc',
    ];
    for (const key of keys) {
      const { entity } = await data(
        query<{
          entity: {
            external: number;
            all: number;
            relations: { origin: string; sources: { key: string }[] }[];
          };
        }>(
          `query ($key: String!) { entity(key: $key) {
            external: relationCount(origins: [EXTERNAL]) all: relationCount
            relations(first: 500) { origin sources { key } } } }`,
          { key },
        ),
      );
      expect(entity.external, key).toBe(0);
      expect(entity.all, key).toBeGreaterThan(0);
      for (const relation of entity.relations) {
        expect(relation.origin, key).not.toBe('EXTERNAL');
        expect(relation.sources.length, key).toBeGreaterThan(0);
      }
    }
  });
});
