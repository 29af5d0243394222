import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../src/exports/csv.ts';
import { data } from '../helpers/api.ts';
import { REPORT, REPORT_PATH, get, usePagesServer } from './server.ts';

const { query, url, base } = usePagesServer();

const SCHEMA = 'https://schema.org/';
const EJN = '/entities/network:ejn';

/** Expands without the network: the documents carry their context inline, so nothing may be fetched. */
async function expand(document: unknown) {
  const documentLoader = (address: string) => Promise.reject(new Error(`nothing may be fetched: ${address}`));
  return (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader })) as Record<
    string,
    unknown
  >[];
}

type Expanded = Record<
  string,
  { '@value'?: string; '@language'?: string; '@id'?: string }[] | string[] | string
>;

const values = (node: Expanded, term: string) =>
  (node[term] as { '@value': string; '@language'?: string }[] | undefined) ?? [];

describe('JSON-LD', () => {
  it('describes an entity with schema.org types, both names tagged by language, and its sources as paragraph addresses', async () => {
    const { response, text } = await get(url(EJN), { accept: 'application/ld+json' });
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/accept/i);
    const [node] = (await expand(JSON.parse(text))) as Expanded[];
    expect(node!['@id']).toBe(`${base()}${EJN}`);
    expect(node!['@type']).toEqual([`${SCHEMA}Organization`]);
    const names = values(node!, `${SCHEMA}name`).map((name) => [
      name['@language']!.toLowerCase(),
      name['@value'],
    ]);
    expect(names.sort()).toEqual([
      ['en', 'European Judicial Network'],
      ['zh-hans', '欧洲司法网'],
    ]);
    const { entity } = await data(
      query<{ entity: { relations: { type: string; sources: { number: number }[] }[] } }>(
        '{ entity(key: "network:ejn") { relations(first: 500) { type sources { number } } } }',
      ),
    );
    const relations = node![`${base()}/vocab#relation`] as unknown as Expanded[];
    expect(relations).toHaveLength(entity.relations.length);
    const sources = relations.flatMap((relation) =>
      (relation[`${base()}/vocab#source`] as { '@id': string }[]).map((source) => source['@id']),
    );
    const expected = entity.relations.flatMap((relation) =>
      relation.sources.map((source) => `${base()}${REPORT_PATH}#para-${source.number}`),
    );
    expect(sources.sort()).toEqual(expected.sort());
  });

  it('types a State as a Country with its ISO 3166 and M49 identifiers', async () => {
    const { text } = await get(url('/entities/state:FRA.jsonld'));
    const [node] = (await expand(JSON.parse(text))) as Expanded[];
    expect(node!['@type']).toEqual([`${SCHEMA}Country`]);
    const sameAs = (node![`${SCHEMA}sameAs`] as { '@id': string }[]).map((item) => item['@id']);
    expect(sameAs).toContain('http://publications.europa.eu/resource/authority/country/FRA');
    const { entity } = await data(
      query<{ entity: { iso3: string; m49: string } }>(
        '{ entity(key: "state:FRA") { ... on State { iso3 m49 } } }',
      ),
    );
    const identifiers = (node![`${SCHEMA}identifier`] as unknown as Expanded[]).map((id) => [
      values(id, `${SCHEMA}propertyID`)[0]!['@value'],
      values(id, `${SCHEMA}value`)[0]!['@value'],
    ]);
    expect(identifiers).toContainEqual(['ISO 3166-1 alpha-3', entity.iso3]);
    expect(identifiers).toContainEqual(['UN M49', entity.m49]);
  });

  it('gives documents their UN symbol, and types conventions as Legislation', async () => {
    const [document] = (await expand(
      JSON.parse((await get(url('/entities/document:CTOC%2FCOP%2FWG.3%2F2012%2F1.jsonld'))).text),
    )) as Expanded[];
    expect(document!['@type']).toEqual([`${SCHEMA}CreativeWork`]);
    expect((document![`${SCHEMA}sameAs`] as { '@id': string }[]).map((item) => item['@id'])).toContain(
      'https://undocs.org/CTOC/COP/WG.3/2012/1',
    );
    const [convention] = (await expand(
      JSON.parse((await get(url('/entities/convention:untoc.jsonld'))).text),
    )) as Expanded[];
    expect(convention!['@type']).toEqual([`${SCHEMA}Legislation`]);
  });

  it('describes the report as a Report whose 43 paragraphs are its parts, with what each mentions', async () => {
    const { text } = await get(url(REPORT_PATH), { accept: 'application/ld+json' });
    const [node] = (await expand(JSON.parse(text))) as Expanded[];
    expect(node!['@type']).toEqual([`${SCHEMA}Report`]);
    const parts = node![`${SCHEMA}hasPart`] as unknown as Expanded[];
    expect(parts.map((part) => part['@id'])).toEqual(
      Array.from({ length: 43 }, (_, i) => `${base()}${REPORT_PATH}#para-${i + 1}`),
    );
    const p14 = parts[13]!;
    expect(
      values(p14, `${SCHEMA}text`)
        .map((t) => t['@language']!.toLowerCase())
        .sort(),
    ).toEqual(['en', 'zh-hans']);
    const { entity } = await data(
      query<{ entity: { mentions: { key: string }[] } }>(
        `{ entity(key: "paragraph:${REPORT}#14") { ... on Paragraph { mentions { key } } } }`,
      ),
    );
    const mentioned = (p14[`${SCHEMA}mentions`] as { '@id': string }[]).map((m) => m['@id']);
    expect(mentioned.sort()).toEqual(
      entity.mentions
        .map(
          (m) =>
            `${base()}/entities/${m.key.replace(/[/#()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
        )
        .sort(),
    );
  });

  it('is the same by suffix, by Accept header, and embedded in the page', async () => {
    const bySuffix = (await get(url(`${EJN}.jsonld`))).text;
    const byHeader = (await get(url(EJN), { accept: 'application/ld+json' })).text;
    expect(bySuffix).toBe(byHeader);
    const page = (await get(url(EJN))).text;
    const embedded = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(embedded)).toEqual(JSON.parse(bySuffix));
  });
});

describe('content negotiation', () => {
  it('answers each address as a page, JSON-LD or JSON, by the Accept header', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'text/html'],
      ['*/*', 'text/html'],
      ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html'],
      ['application/ld+json', 'application/ld+json'],
      ['application/json', 'application/json'],
      ['application/json;q=0.5, application/ld+json', 'application/ld+json'],
      ['text/html;q=0.1, application/json', 'application/json'],
    ];
    for (const path of [EJN, REPORT_PATH]) {
      for (const [accept, type] of cases) {
        const { response } = await get(url(path), accept ? { accept } : {});
        expect(response.status, `${path} ${accept}`).toBe(200);
        expect(response.headers.get('content-type'), `${path} ${accept}`).toBe(`${type}; charset=utf-8`);
      }
    }
  });

  it('gives as JSON what the API answers', async () => {
    const { text } = await get(url(`${EJN}.json`));
    const { entity } = JSON.parse(text) as { entity: { key: string; names: unknown; relations: unknown[] } };
    const api = await data(
      query<{ entity: { names: unknown; relations: unknown[] } }>(
        '{ entity(key: "network:ejn") { names { en zh } relations(first: 500) { type } } }',
      ),
    );
    expect(entity.key).toBe('network:ejn');
    expect(entity.names).toEqual(api.entity.names);
    expect(entity.relations).toHaveLength(api.entity.relations.length);
  });
});

interface ApiRelation {
  type: string;
  inferred: string | null;
  properties: { sources?: string[]; origin?: string; quote?: string };
  other: { key: string; names: { en: string; zh: string } };
}

/** Every relationship of the graph as the API gives it, read independently of the export. */
async function apiStatements(): Promise<string[][]> {
  const rows: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const answer: {
      entities: {
        nodes: { key: string; names: { en: string; zh: string }; relations: ApiRelation[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    } = await data(
      query<{
        entities: {
          nodes: { key: string; names: { en: string; zh: string }; relations: ApiRelation[] }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        `query($after: String) { entities(first: 10, after: $after) { nodes { key names { en zh }
          relations(direction: OUT, first: 500) { type inferred properties other { key names { en zh } } } }
          pageInfo { hasNextPage endCursor } } }`,
        { after },
      ),
    );
    const { entities } = answer;
    for (const node of entities.nodes) {
      for (const r of node.relations) {
        rows.push(
          [
            node.key,
            node.names.en,
            node.names.zh,
            r.type,
            r.other.key,
            r.other.names.en,
            r.other.names.zh,
            (r.properties.sources ?? []).join(' '),
            r.properties.quote ?? null,
            r.properties.origin ?? null,
            r.inferred,
          ].map(cellText),
        );
      }
    }
    if (!entities.pageInfo.hasNextPage) return rows;
    after = entities.pageInfo.endCursor;
  }
}

const sortRows = (rows: string[][]) =>
  [...rows].sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));

/** A CSV export as it arrives: its text with the byte order mark kept (fetch's text() drops it). */
async function getCsv(pathAndQuery: string) {
  const response = await fetch(url(pathAndQuery));
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { response, status: response.status, text };
}

function readCsv(text: string): { header: string[]; rows: string[][] } {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const records = parse(text, { bom: true, relax_column_count: false }) as string[][];
  return { header: records[0]!, rows: records.slice(1) };
}

describe('CSV', () => {
  it('exports every statement of the graph, one row per relationship, as the API has them', async () => {
    const { response, text } = await getCsv('/export/statements.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    // RFC 4180: every line ends in CRLF.
    expect(text.split('\r\n').length - 1).toBe(text.split('\n').length - 1);
    const { header, rows } = readCsv(text);
    expect(header).toEqual([
      'fromKey',
      'fromNameEn',
      'fromNameZh',
      'type',
      'toKey',
      'toNameEn',
      'toNameZh',
      'sources',
      'quote',
      'origin',
      'inferred',
    ]);
    const api = await apiStatements();
    expect(rows.length).toBeGreaterThan(500);
    expect(sortRows(rows)).toEqual(sortRows(api));
    // Chinese intact, and a field with a comma survives its quoting.
    expect(rows.some((row) => row[2] === '欧洲司法网')).toBe(true);
    expect(rows.some((row) => row.some((cell) => cell.includes(',')))).toBe(true);
  });

  it('exports the statements behind a neighbourhood’s edges', async () => {
    const { text } = await getCsv(
      '/export/neighborhood.statements.csv?keys=network:ejn,network:refco&depth=1',
    );
    const { rows } = readCsv(text);
    const { neighborhood } = await data(
      query<{ neighborhood: { edges: { source: string; target: string; type: string }[] } }>(
        '{ neighborhood(keys: ["network:ejn", "network:refco"], depth: 1) { edges { source target type } } }',
      ),
    );
    const edges = new Set(neighborhood.edges.map((e) => `${e.source}|${e.type}|${e.target}`));
    const exported = new Set(rows.map((row) => `${row[0]}|${row[3]}|${row[4]}`));
    expect(exported).toEqual(edges);
    expect(rows.length).toBeGreaterThanOrEqual(edges.size);
    const all = await apiStatements();
    expect(sortRows(rows)).toEqual(sortRows(all.filter((row) => edges.has(`${row[0]}|${row[3]}|${row[4]}`))));
  });

  it('exports the statements and entities of a shortest path, as the API finds it', async () => {
    const { shortestPath } = await data(
      query<{
        shortestPath: { nodes: { id: string }[]; edges: { source: string; target: string; type: string }[] };
      }>(
        '{ shortestPath(from: "network:ejn", to: "network:refco") { nodes { id } edges { source target type } } }',
      ),
    );
    expect(shortestPath.edges.length).toBeGreaterThan(0);
    const path = '?from=network:ejn&to=network:refco';
    const statements = readCsv((await getCsv(`/export/shortest-path.statements.csv${path}`)).text);
    const edges = new Set(shortestPath.edges.map((e) => `${e.source}|${e.type}|${e.target}`));
    expect(new Set(statements.rows.map((row) => `${row[0]}|${row[3]}|${row[4]}`))).toEqual(edges);
    const all = await apiStatements();
    expect(sortRows(statements.rows)).toEqual(
      sortRows(all.filter((row) => edges.has(`${row[0]}|${row[3]}|${row[4]}`))),
    );
    const entities = readCsv((await getCsv(`/export/shortest-path.entities.csv${path}`)).text);
    expect(entities.rows.map((row) => row[0]).sort()).toEqual(
      shortestPath.nodes.map((node) => node.id).sort(),
    );
  });

  it('exports the entities, with their typed properties, of the whole graph and of a trace', async () => {
    const { rows, header } = readCsv((await getCsv('/export/entities.csv')).text);
    expect(header.slice(0, 5)).toEqual(['key', 'kind', 'nameEn', 'nameZh', 'enStatus']);
    const { entities } = await data(
      query<{ entities: { totalCount: number } }>('{ entities(first: 1) { totalCount } }'),
    );
    expect(rows.length).toBe(entities.totalCount);
    const byKey = new Map(
      rows.map((row) => [row[0], Object.fromEntries(header.map((name, i) => [name, row[i]]))]),
    );
    const { entity } = await data(
      query<{
        entity: {
          kind: string;
          names: { en: string; zh: string };
          enStatus: string;
          properties: Record<string, unknown>;
        };
      }>('{ entity(key: "network:ejn") { kind names { en zh } enStatus properties } }'),
    );
    const ejn = byKey.get('network:ejn')!;
    expect([ejn.kind, ejn.nameEn, ejn.nameZh, ejn.enStatus]).toEqual([
      entity.kind,
      entity.names.en,
      entity.names.zh,
      entity.enStatus,
    ]);
    for (const [name, value] of Object.entries(entity.properties)) {
      expect(ejn[name], name).toBe(cellText(value as string));
    }
    const trace = readCsv((await getCsv('/export/trace.entities.csv?from=resolution:cop-untoc-5/7')).text);
    const { trace: api } = await data(
      query<{ trace: { nodes: { id: string }[] } }>(
        '{ trace(from: "resolution:cop-untoc-5/7") { nodes { id } } }',
      ),
    );
    expect(trace.rows.map((row) => row[0]).sort()).toEqual(api.nodes.map((node) => node.id).sort());
  });

  it('refuses what it cannot answer, saying why', async () => {
    expect((await getCsv('/export/statements.csv?keys=network:ejn')).status).toBe(400);
    expect((await getCsv('/export/everything.csv')).status).toBe(404);
    const unknown = await getCsv('/export/neighborhood.entities.csv?keys=network:nowhere');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toContain('network:nowhere');
  });
});
