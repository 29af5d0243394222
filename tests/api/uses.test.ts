import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { data, useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();
const R = 'CTOC/COP/WG.3/2012/5';
const keys = (list: { key: string }[]) => list.map((item) => item.key).sort();

describe('use 1: which networks relate to which regions and states', () => {
  it('gives a network its regions, its focal-point states and who presented it', async () => {
    const { entity } = await data(
      query<{
        entity: {
          status: string;
          regions: { key: string }[];
          members: { key: string }[];
          presenters: { key: string }[];
          supporters: { key: string }[];
        };
      }>(
        `{ entity(key: "network:ioc-judicial-platform") { ... on Network { status regions { key } members { key } presenters { key } supporters { key } } } }`,
      ),
    );
    expect(keys(entity.members)).toEqual(['state:COM', 'state:FRA', 'state:MDG', 'state:MUS', 'state:SYC']);
    expect(keys(entity.presenters)).toEqual(['person:karen-kramer']);
    expect(keys(entity.supporters)).toContain('organization:unodc-tpb');
    expect(entity.status).toBe('ACTIVE');
  });

  it('answers from the region’s side and the state’s side, with UN M49 behind the regions', async () => {
    const result = await data(
      query<{
        ca: { networks: { key: string }[]; m49: string };
        europe: { states: { key: string }[] };
        fra: { iso3: string; networks: { key: string }[]; regions: { key: string }[] };
        wacap: { status: string; modelledOn: { key: string }[] };
      }>(`{
        ca: entity(key: "region:central-america") { ... on Region { m49 networks { key } } }
        europe: entity(key: "region:europe") { ... on Region { states { key } } }
        fra: entity(key: "state:FRA") { ... on State { iso3 networks { key } regions { key } } }
        wacap: entity(key: "network:wacap") { ... on Network { status modelledOn { key } } }
      }`),
    );
    expect(result.ca.m49).toBe('013');
    expect(keys(result.ca.networks)).toContain('network:refco');
    expect(keys(result.europe.states)).toEqual(
      expect.arrayContaining(['state:FRA', 'state:ROU', 'state:ITA', 'state:RUS']),
    );
    expect(keys(result.europe.states)).not.toContain('state:CHN');
    expect(result.fra.iso3).toBe('FRA');
    expect(keys(result.fra.networks)).toContain('network:ioc-judicial-platform');
    expect(keys(result.fra.regions)).toContain('region:europe');
    expect(result.wacap.status).toBe('PLANNED');
    expect(keys(result.wacap.modelledOn)).toEqual(['network:refco']);
  });
});

describe('use 2: from resolutions to recommendations to articles', () => {
  it('traces resolution 5/7 through the joint discussion to its recommendations and their articles', async () => {
    const { entity } = await data(
      query<{
        entity: {
          symbol: string;
          resolutionKind: string;
          requested: { key: string }[];
          recommendations: {
            ref: string;
            articles: { key: string; article: number; paragraph: number | null }[];
          }[];
        };
      }>(
        `{ entity(key: "resolution:cop-untoc-5/7") { ... on Resolution { symbol resolutionKind requested { key }
            recommendations { ref articles { key article paragraph } } } } }`,
      ),
    );
    expect(entity.symbol).toBe('5/7');
    expect(entity.resolutionKind).toBe('RESOLUTION');
    expect(keys(entity.requested)).toEqual(['organization:wgic', 'organization:wgta']);
    const refs = entity.recommendations.map((rec) => rec.ref);
    expect(refs).toEqual(expect.arrayContaining(['37(a)', '37(b)', '37(c)', '37(d)', '37(e)', '37(f)']));
    const cited = Object.fromEntries(entity.recommendations.map((rec) => [rec.ref, rec.articles]));
    expect(cited['37(a)']).toEqual([{ key: 'article:untoc-18-13', article: 18, paragraph: 13 }]);
    expect(cited['37(b)']).toEqual([{ key: 'article:untoc-31-5', article: 31, paragraph: 5 }]);
  });

  it('goes back from a recommendation to its resolution, and from an article to what cites it', async () => {
    const result = await data(
      query<{
        rec: {
          ref: string;
          text: string;
          textEn: string;
          resolutions: { key: string }[];
          addressees: { key: string }[];
        };
        art: {
          article: number;
          paragraph: number | null;
          parent: { key: string };
          convention: { key: string };
          recommendations: { ref: string }[];
        };
      }>(`{
        rec: entity(key: "recommendation:${R}#37(a)") { ... on Recommendation { ref text textEn: text(lang: EN) resolutions { key } addressees { key } } }
        art: entity(key: "article:untoc-18-13") { ... on Article { article paragraph parent { key } convention { key } recommendations { ref } } }
      }`),
    );
    expect(result.rec.ref).toBe('37(a)');
    expect(result.rec.text).toMatch(/^考虑到《联合国打击跨国有组织犯罪公约》第 18 条第 13 款/);
    expect(result.rec.textEn).toMatch(/article 18, paragraph 13/);
    expect(keys(result.rec.resolutions)).toEqual(['resolution:cop-untoc-5/7']);
    expect(result.art).toMatchObject({
      article: 18,
      paragraph: 13,
      parent: { key: 'article:untoc-18' },
      convention: { key: 'convention:untoc' },
    });
    expect(result.art.recommendations.map((r) => r.ref)).toContain('37(a)');
  });

  it('returns the trace as a subgraph: resolution, discussion, recommendations, articles', async () => {
    const { trace } = await data(
      query<{
        trace: {
          nodes: { id: string; kind: string }[];
          edges: { type: string; source: string; target: string; sources: string[] }[];
        };
      }>(
        `{ trace(from: "resolution:cop-untoc-5/7") { nodes { id kind } edges { type source target sources } } }`,
      ),
    );
    const ids = trace.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'resolution:cop-untoc-5/7',
        'organization:wgic',
        `meeting:${R}#joint-cultural-property`.replace('/5#', '#'),
        `recommendation:${R}#37(a)`,
        'article:untoc-18-13',
        'article:untoc-18',
      ]),
    );
    expect(trace.edges.find((e) => e.type === 'LED_TO')!.sources).toEqual([`paragraph:${R}#2`]);
    const back = await data(
      query<{ trace: { nodes: { id: string }[] } }>(
        `{ trace(from: "recommendation:${R}#37(b)") { nodes { id } } }`,
      ),
    );
    expect(back.trace.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['resolution:cop-untoc-5/7', 'article:untoc-31-5']),
    );
  });
});

describe('use 3: subgraphs for viewers', () => {
  it('gives around any entity a subgraph that Cytoscape.js takes as it comes', async () => {
    const { neighborhood } = await data(
      query<{
        neighborhood: {
          truncated: boolean;
          nodes: { id: string; data: { id: string } }[];
          edges: {
            id: string;
            source: string;
            target: string;
            data: { id: string; source: string; target: string };
          }[];
        };
      }>(
        `{ neighborhood(keys: ["network:refco"], depth: 2, limit: 60) { truncated nodes { id data } edges { id source target data } } }`,
      ),
    );
    const ids = [...neighborhood.nodes.map((n) => n.id), ...neighborhood.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const nodeIds = new Set(neighborhood.nodes.map((n) => n.id));
    for (const e of neighborhood.edges) {
      expect(nodeIds.has(e.source) && nodeIds.has(e.target), e.id).toBe(true);
      expect(e.data).toMatchObject({ id: e.id, source: e.source, target: e.target });
    }
    const cy = cytoscape({
      headless: true,
      elements: [...neighborhood.nodes, ...neighborhood.edges].map((el) => ({ data: el.data })),
    });
    expect(cy.nodes().length).toBe(neighborhood.nodes.length);
    expect(cy.edges().length).toBe(neighborhood.edges.length);
    expect(cy.getElementById('network:refco').degree(false)).toBeGreaterThan(0);
  });

  it('enforces its limits and says when they cut, and leaves out what the client already has', async () => {
    const small = await data(
      query<{ neighborhood: { truncated: boolean; nodes: { id: string }[] } }>(
        `{ neighborhood(keys: ["meeting:CTOC/COP/WG.3/2012"], depth: 2, limit: 10) { truncated nodes { id } } }`,
      ),
    );
    expect(small.neighborhood.nodes.length).toBeLessThanOrEqual(10);
    expect(small.neighborhood.truncated).toBe(true);

    const first = await data(
      query<{ neighborhood: { nodes: { id: string }[] } }>(
        `{ neighborhood(keys: ["network:ejn"]) { nodes { id } } }`,
      ),
    );
    const shown = first.neighborhood.nodes.map((n) => n.id);
    const again = await data(
      query<{ neighborhood: { nodes: { id: string }[]; edges: { source: string; target: string }[] } }>(
        `query($exclude: [String!]) { neighborhood(keys: ["person:rosa-ana-moran-martinez"], exclude: $exclude) { nodes { id } edges { source target } } }`,
        { exclude: shown.filter((id) => id !== 'person:rosa-ana-moran-martinez') },
      ),
    );
    for (const n of again.neighborhood.nodes) {
      if (n.id !== 'person:rosa-ana-moran-martinez') expect(shown).not.toContain(n.id);
    }
    // The edge to the network on screen is still given, so the new nodes attach to the view.
    expect(again.neighborhood.edges).toContainEqual({
      source: 'person:rosa-ana-moran-martinez',
      target: 'network:ejn',
    });
  });

  it('finds the shortest path between two entities', async () => {
    const { shortestPath } = await data(
      query<{ shortestPath: { nodes: { id: string }[]; edges: { type: string }[] } }>(
        `{ shortestPath(from: "person:mauro-miedico", to: "state:COM", maxLength: 4) { nodes { id } edges { type } } }`,
      ),
    );
    expect(shortestPath.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining(['person:mauro-miedico', 'state:COM']),
    );
    expect(shortestPath.edges.length).toBeGreaterThan(0);
    expect(shortestPath.edges.length).toBeLessThanOrEqual(4);
  });
});
