import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import neo4j from 'neo4j-driver';
import { toLuceneQuery } from '../../src/graph/lucene.ts';
import { foldEnglish } from '../../src/model/fold.ts';
import { ENTITY_KINDS, type EntityKind } from '../../src/model/kinds.ts';
import { stripComments } from '../../src/neo4j/cypher.ts';
import { counted, neo4jSettings, readJson, serve, type Counters } from '../serve.ts';

/**
 * The floor: one hand-written Cypher statement per operation through neo4j-driver, answering the JSON
 * coopgraph answers (`{ data: … }`), with no GraphQL at all. `POST /<operation>` with the operation's
 * variables as the body.
 */
const query = (name: string) =>
  stripComments(readFileSync(new URL(`./queries/${name}.cypher`, import.meta.url), 'utf8')).trim();

const enumOf = (kind: string) => ENTITY_KINDS[kind as EntityKind].enumValue;
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

type Row = Record<string, unknown>;
interface Operation {
  cypher: string;
  params: (variables: Row) => Row;
  /** Turns the one record into the operation's `data`. */
  data: (record: Row, variables: Row) => unknown;
}

const OPERATIONS: Record<string, Operation> = {
  entity: {
    cypher: query('entity'),
    params: ({ key }) => ({ key }),
    data: ({ entity }) => {
      const row = entity as Row | null;
      return { entity: row ? { ...row, kind: enumOf(row.kind as string) } : null };
    },
  },
  network: { cypher: query('network'), params: ({ key }) => ({ key }), data: ({ entity }) => ({ entity }) },
  trace: { cypher: query('trace'), params: ({ key }) => ({ key }), data: ({ entity }) => ({ entity }) },
  list: {
    cypher: query('list'),
    params: ({ first }) => ({ first: neo4j.int(first as number) }),
    data: ({ nodes }) => ({ entities: { nodes } }),
  },
  search: {
    cypher: query('search'),
    params: ({ text, first }) => ({
      query: toLuceneQuery(text as string),
      limit: neo4j.int(first as number),
      candidates: neo4j.int(Math.max((first as number) * 4, 50)),
    }),
    data: ({ hits }) => ({ search: hits }),
  },
  nestedFilter: {
    cypher: query('nestedFilter'),
    params: ({ first, status }) => ({ first: neo4j.int(first as number), status }),
    data: ({ total, nodes }) => ({ states: { totalCount: total, nodes } }),
  },
  countOrder: {
    cypher: query('countOrder'),
    params: ({ first }) => ({ first: neo4j.int(first as number) }),
    data: ({ total, nodes }) => ({
      networks: {
        totalCount: total,
        nodes: (nodes as { key: string; name: string; members: number }[]).map(({ members, ...row }) => ({
          ...row,
          membersConnection: { totalCount: members },
        })),
      },
    }),
  },
  groupBy: {
    cypher: query('groupBy'),
    params: () => ({}),
    data: ({ total, groups }) => ({ states: { totalCount: total, groupBy: groups } }),
  },
  nameContains: {
    cypher: query('nameContains'),
    params: ({ text, first }) => ({
      text,
      folded: foldEnglish(text as string),
      first: neo4j.int(first as number),
    }),
    data: ({ total, nodes }) => ({
      entities: {
        totalCount: total,
        nodes: (nodes as { kind: string }[]).map((row) => ({ ...row, kind: enumOf(row.kind) })),
      },
    }),
  },
  neighborhood: {
    cypher: query('neighborhood'),
    params: ({ key, types }) => ({ key, types }),
    data: ({ nodes, edges }, { limit }) => {
      const found = (nodes as { key: string; kind: string; nameEn: string }[]).map((node) => ({
        id: node.key,
        kind: enumOf(node.kind),
        label: node.nameEn,
      }));
      const rels = (edges as { source: string; type: string; target: string; sources: string[][] }[]).map(
        (edge) => ({
          id: `${edge.source}|${edge.type}|${edge.target}`,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          sources: [...new Set(edge.sources.flat())],
        }),
      );
      return {
        neighborhood: {
          truncated: found.length > (limit as number),
          nodes: found.sort(byId),
          edges: rels.sort(byId),
        },
      };
    },
  },
};

const settings = neo4jSettings();
const counters: Counters = { queries: 0, running: 0 };
const driver = neo4j.driver(
  settings.uri,
  settings.password ? neo4j.auth.basic(settings.username, settings.password) : undefined,
  { disableLosslessIntegers: true },
);

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const operation = request.method === 'POST' ? OPERATIONS[(request.url ?? '').slice(1)] : undefined;
  if (!operation) {
    response.writeHead(404).end();
    return;
  }
  const variables = await readJson(request);
  // An auto-commit read: one round trip, the cheapest way the driver offers to run one statement.
  const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  let record: Row;
  try {
    const result = await counted(counters, () => session.run(operation.cypher, operation.params(variables)));
    record = result.records[0]?.toObject() ?? {};
  } finally {
    await session.close();
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ data: operation.data(record, variables) }));
}

await serve(
  (request, response) =>
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }),
  counters,
  () => driver.close(),
);
