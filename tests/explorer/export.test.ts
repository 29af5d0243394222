import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { escapeXml, toGraphml } from '../../src/explorer/public/js/formats.mjs';
import { data } from '../helpers/api.ts';
import { useExplorerServer } from './server.ts';
import { descendants, graphmlData, parseXml } from './xml.ts';

const { query, url } = useExplorerServer();

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string; data: { nameEn: string; nameZh: string } }[];
  edges: { id: string; source: string; target: string; type: string; sources: string[] }[];
}

const SUBGRAPH = 'truncated nodes { id kind data } edges { id source target type sources }';
const sorted = (values: Iterable<string>) => [...values].sort();

async function get(pathAndQuery: string) {
  const response = await fetch(url(pathAndQuery));
  return { response, text: await response.text() };
}

/** A GraphML export against the subgraph the API gives for the same question. */
function expectGraphml(text: string, api: Subgraph) {
  const root = parseXml(text);
  expect(root.name).toBe('graphml');
  expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
  const keys = descendants(root, 'key').map((key) => `${key.attributes.for}:${key.attributes['attr.name']}`);
  for (const key of ['node:kind', 'node:label', 'node:nameEn', 'node:nameZh', 'edge:type', 'edge:sources']) {
    expect(keys).toContain(key);
  }
  const [graph] = descendants(root, 'graph');
  expect(graph!.attributes.edgedefault).toBe('directed');
  const nodes = descendants(root, 'node');
  const edges = descendants(root, 'edge');
  expect(sorted(nodes.map((node) => node.attributes.id!))).toEqual(sorted(api.nodes.map((node) => node.id)));
  expect(sorted(edges.map((edge) => edge.attributes.id!))).toEqual(sorted(api.edges.map((edge) => edge.id)));
  const byId = new Map(api.nodes.map((node) => [node.id, node]));
  for (const node of nodes) {
    const fields = graphmlData(node);
    const expected = byId.get(node.attributes.id!)!;
    expect(fields.kind).toBe(expected.kind);
    expect(fields.nameEn).toBe(expected.data.nameEn);
    expect(fields.nameZh).toBe(expected.data.nameZh);
  }
  const edgeById = new Map(api.edges.map((edge) => [edge.id, edge]));
  for (const edge of edges) {
    const expected = edgeById.get(edge.attributes.id!)!;
    expect([edge.attributes.source, edge.attributes.target]).toEqual([expected.source, expected.target]);
    expect(graphmlData(edge).type).toBe(expected.type);
    // An edge from outside the report (M49 membership) has no paragraph, and GraphML then has no value.
    const sources = graphmlData(edge).sources;
    expect(sources ? sources.split(' ') : []).toEqual(expected.sources);
  }
}

describe('HTTP exports of subgraphs', () => {
  it('exports a neighbourhood as GraphML that parses back with the API’s nodes and edges', async () => {
    const { response, text } = await get(
      '/export/neighborhood.graphml?keys=network:ejn,network:refco&depth=1',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const { neighborhood } = await data(
      query<{ neighborhood: Subgraph }>(
        `{ neighborhood(keys: ["network:ejn", "network:refco"], depth: 1) { ${SUBGRAPH} } }`,
      ),
    );
    expect(neighborhood.nodes.length).toBeGreaterThan(5);
    expectGraphml(text, neighborhood);
  });

  it('exports Cytoscape JSON that Cytoscape loads as it is', async () => {
    const { response, text } = await get('/export/neighborhood.json?keys=network:ejn&depth=2&lang=zh');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const document = JSON.parse(text) as {
      elements: { nodes: { data: { id: string; label: string; nameZh: string } }[]; edges: unknown[] };
    };
    const { neighborhood } = await data(
      query<{ neighborhood: Subgraph }>(`{ neighborhood(keys: ["network:ejn"], depth: 2) { ${SUBGRAPH} } }`),
    );
    const cy = cytoscape({ headless: true, elements: document.elements as cytoscape.ElementsDefinition });
    expect(sorted(cy.nodes().map((node) => node.id()))).toEqual(
      sorted(neighborhood.nodes.map((node) => node.id)),
    );
    expect(sorted(cy.edges().map((edge) => edge.id()))).toEqual(
      sorted(neighborhood.edges.map((edge) => edge.id)),
    );
    expect(cy.getElementById('network:ejn').data('kind')).toBe('NETWORK');
    // lang=zh labels in Chinese.
    for (const node of document.elements.nodes) expect(node.data.label).toBe(node.data.nameZh);
  });

  it('exports shortest paths and traces', async () => {
    const path = await get('/export/shortest-path.graphml?from=network:ejn&to=network:refco');
    expect(path.response.status).toBe(200);
    const { shortestPath } = await data(
      query<{ shortestPath: Subgraph }>(
        `{ shortestPath(from: "network:ejn", to: "network:refco") { ${SUBGRAPH} } }`,
      ),
    );
    expectGraphml(path.text, shortestPath);

    // Avoiding the meeting, as the API's shortestPath does: a path of its length that leaves it out.
    const meeting = 'meeting:CTOC/COP/WG.3/2012';
    const avoiding = await get(`/export/shortest-path.json?from=network:ejn&to=state:SYC&avoid=${meeting}`);
    expect(avoiding.response.status).toBe(200);
    const exported = JSON.parse(avoiding.text).elements as {
      nodes: { data: { id: string } }[];
      edges: unknown[];
    };
    const { avoided } = await data(
      query<{ avoided: Subgraph }>(
        `{ avoided: shortestPath(from: "network:ejn", to: "state:SYC", avoid: ["${meeting}"]) { ${SUBGRAPH} } }`,
      ),
    );
    const exportedKeys = exported.nodes.map((node) => node.data.id);
    expect(exportedKeys).toEqual(expect.arrayContaining(['network:ejn', 'state:SYC']));
    expect(exportedKeys).not.toContain(meeting);
    expect(exported.edges).toHaveLength(avoided.edges.length);
    const unavoided = await get(
      '/export/shortest-path.json?from=network:ejn&to=state:SYC&avoidKinds=AGENDA_ITEM',
    );
    expect(unavoided.response.status).toBe(200);
    const kinds = (JSON.parse(unavoided.text).elements.nodes as { data: { kind: string } }[]).map(
      (n) => n.data.kind,
    );
    expect(kinds).not.toContain('AGENDA_ITEM');

    const trace = await get('/export/trace.json?from=resolution:cop-untoc-5/7');
    expect(trace.response.status).toBe(200);
    const { trace: api } = await data(
      query<{ trace: Subgraph }>(`{ trace(from: "resolution:cop-untoc-5/7") { ${SUBGRAPH} } }`),
    );
    const cy = cytoscape({ headless: true, elements: JSON.parse(trace.text).elements });
    expect(cy.nodes().length).toBe(api.nodes.length);
    expect(cy.edges().length).toBe(api.edges.length);
  });

  it('takes the provenance filters of the API, and gives each edge its origin', async () => {
    const { response, text } = await get(
      '/export/neighborhood.graphml?keys=network:ioc-judicial-platform&includeInferred=false&origins=curated',
    );
    expect(response.status).toBe(200);
    const { neighborhood } = await data(
      query<{ neighborhood: Subgraph }>(
        `{ neighborhood(keys: ["network:ioc-judicial-platform"], includeInferred: false, origins: [CURATED]) { ${SUBGRAPH} } }`,
      ),
    );
    expectGraphml(text, neighborhood);
    const edges = descendants(parseXml(text), 'edge');
    expect(edges.length).toBeGreaterThan(0);
    expect(new Set(edges.map((edge) => graphmlData(edge).origin))).toEqual(new Set(['curated']));
    expect(edges.map((edge) => edge.attributes.target)).not.toContain('organization:ioc');
  });

  it('says what is wrong with a request, with 400, 404 or 405', async () => {
    const cases: [string, number, RegExp][] = [
      ['/export/neighborhood.json', 400, /parameter "keys" is required/],
      ['/export/neighborhood.json?keys=network:ejn&depth=two', 400, /"depth" must be an integer/],
      ['/export/neighborhood.json?keys=network:ejn&depth=9', 400, /depth must be an integer from 1 to 3/],
      ['/export/neighborhood.json?keys=network:ejn&limit=0', 400, /limit must be an integer from 1 to 500/],
      ['/export/neighborhood.json?keys=network:ejn&kinds=PLANET', 400, /PLANET/],
      ['/export/neighborhood.json?keys=network:ejn&lang=fr', 400, /"lang" must be en or zh/],
      [
        '/export/neighborhood.json?keys=network:ejn&includeInferred=maybe',
        400,
        /"includeInferred" must be true or false/,
      ],
      ['/export/trace.json?from=resolution:cop-untoc-5/7&origins=guessed', 400, /GUESSED/],
      ['/export/neighborhood.json?keys=network:ejn&color=red', 400, /unknown parameter "color"/],
      ['/export/trace.json?from=a&from=b', 400, /takes one value/],
      ['/export/trace.json?from=network:ejn', 400, /trace starts from a resolution or a recommendation/],
      [
        '/export/neighborhood.json?keys=network:ejn,network:nowhere',
        404,
        /no entity with key "network:nowhere"/,
      ],
      ['/export/shortest-path.graphml?from=network:ejn&to=state:XXX', 404, /no entity with key "state:XXX"/],
      ['/export/trace.graphml?from=resolution:none', 404, /no entity with key "resolution:none"/],
      ['/export/everything.json', 404, /no such export/],
      ['/export/neighborhood.csv?keys=network:ejn', 404, /no such export/],
    ];
    for (const [request, status, message] of cases) {
      const { response, text } = await get(request);
      expect(response.status, request).toBe(status);
      expect(response.headers.get('content-type'), request).toMatch(/^application\/json/);
      expect((JSON.parse(text) as { error: string }).error, request).toMatch(message);
    }
    const post = await fetch(url('/export/neighborhood.json?keys=network:ejn'), { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

describe('GraphML writing', () => {
  it('escapes markup, quotes and characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
    expect(escapeXml('bell\u0007 and a lone \uD800 surrogate')).toBe(
      'bell\uFFFD and a lone \uFFFD surrogate',
    );
    const text = toGraphml({
      nodes: [
        {
          data: {
            id: 'a:"1"&<x>',
            kind: 'TOPIC',
            label: `<b>'bold'</b> & 中文`,
            nameEn: 'x\u0000y',
            nameZh: '中',
          },
        },
        { data: { id: 'b', kind: 'TOPIC', label: 'b' } },
      ],
      edges: [
        {
          data: {
            id: 'a|R|b',
            source: 'a:"1"&<x>',
            target: 'b',
            type: 'RELATED_TO',
            sources: ['p#1', 'p#2'],
          },
        },
      ],
    });
    const root = parseXml(text);
    const [first] = descendants(root, 'node');
    expect(first!.attributes.id).toBe('a:"1"&<x>');
    expect(graphmlData(first!)).toMatchObject({ label: `<b>'bold'</b> & 中文`, nameEn: 'x\uFFFDy' });
    const [edge] = descendants(root, 'edge');
    expect(edge!.attributes.source).toBe('a:"1"&<x>');
    expect(graphmlData(edge!).sources).toBe('p#1 p#2');
  });
});
