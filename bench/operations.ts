import { toLuceneQuery } from '../src/graph/lucene.ts';
import { RELATION_TYPE_NAMES } from '../src/model/relations.ts';
import {
  byKey,
  named,
  storedKind,
  type Data,
  type Operation,
  type Row,
  type ServerName,
} from './operation.ts';
import { QUERY_OPERATIONS } from './queryOperations.ts';

/**
 * The operations of the benchmark (see operation.ts for what one holds). The first six ask about
 * entities of the real report that synthetic reports never touch (see synthetic.ts), so their answers
 * are the same at every size of the graph; the filters, counts and groups of queryOperations.ts ask
 * about the whole graph.
 */

export type { Operation, ServerName } from './operation.ts';

function network(row: Row | undefined, nameField: string): unknown {
  if (!row) return null;
  return {
    ...named(row, nameField),
    regions: byKey(row.regions as Row[]).map((region) => named(region, nameField)),
    members: byKey(row.members as Row[]).map((member) => ({
      ...named(member, nameField),
      ...(member.networks
        ? { networks: byKey(member.networks as Row[]).map((other) => named(other, nameField)) }
        : {}),
    })),
  };
}

function trace(row: Row | undefined, nameField: string): unknown {
  if (!row) return null;
  return {
    ...named(row, nameField),
    recommendations: byKey(row.recommendations as Row[]).map((rec) => ({
      ...named(rec, nameField),
      articles: byKey(rec.articles as Row[]).map((article) => named(article, nameField)),
    })),
  };
}

/** The page is in key order: that order is part of the answer. */
function page(rows: Row[], nameField: string): unknown {
  return rows.map((row) => ({
    ...named(row, nameField),
    mentionedIn: byKey(row.mentionedIn as Row[]).map((paragraph) => paragraph.key),
  }));
}

const ENTITY_KEY = 'network:ejn';
const NETWORK_KEY = 'network:ioc-judicial-platform';
const RESOLUTION_KEY = 'resolution:cop-untoc-5/7';
const NEIGHBORHOOD_KEY = 'network:ejn';
const SEARCH_TEXT = 'judicial network';
const PAGE_SIZE = 50;
const SEARCH_FIRST = 10;

const LOOKUPS: Operation[] = [
  {
    name: 'entity',
    title: 'entity by key with names',
    keyBased: true,
    variables: { key: ENTITY_KEY },
    coopgraph: 'query Entity($key: String!) { entity(key: $key) { key kind names { en zh } } }',
    neo4jGraphql: {
      query:
        'query Entity($key: String!) { entities(where: { key: { eq: $key } }) { key kind nameEn nameZh } }',
      variables: { key: ENTITY_KEY },
    },
    normalise: (data) => {
      const row = data.entity as { key: string; kind: string; names: { en: string; zh: string } };
      return { key: row.key, kind: storedKind(row.kind), en: row.names.en, zh: row.names.zh };
    },
    normaliseNeo4jGraphql: (data) => {
      const row = (data.entities as Row[])[0]!;
      return { key: row.key, kind: row.kind, en: row.nameEn, zh: row.nameZh };
    },
  },
  {
    name: 'network',
    title: 'network → regions, members → their networks',
    keyBased: true,
    maxStatements: 1,
    variables: { key: NETWORK_KEY },
    coopgraph: `query Network($key: String!) {
  entity(key: $key) {
    key
    name
    ... on Network {
      regions { key name }
      members { key name ... on State { networks { key name } } }
    }
  }
}`,
    neo4jGraphql: {
      query: `query Network($key: String!) {
  networks(where: { key: { eq: $key } }) {
    key
    nameEn
    regions { key nameEn }
    members { key nameEn ... on State { networks { key nameEn } } }
  }
}`,
      variables: { key: NETWORK_KEY },
    },
    normalise: (data) => network(data.entity as Row, 'name'),
    normaliseNeo4jGraphql: (data) => network((data.networks as Row[])[0], 'nameEn'),
  },
  {
    name: 'trace',
    title: 'resolution → recommendations → cited articles',
    keyBased: true,
    maxStatements: 1,
    variables: { key: RESOLUTION_KEY },
    coopgraph: `query Trace($key: String!) {
  entity(key: $key) {
    key
    name
    ... on Resolution { recommendations { key name articles { key name } } }
  }
}`,
    neo4jGraphql: {
      query: `query Trace($key: String!) {
  resolutions(where: { key: { eq: $key } }) {
    key
    nameEn
    recommendations { key nameEn articles { key nameEn } }
  }
}`,
      variables: { key: RESOLUTION_KEY },
    },
    normalise: (data) => trace(data.entity as Row, 'name'),
    normaliseNeo4jGraphql: (data) => trace((data.resolutions as Row[])[0], 'nameEn'),
  },
  {
    name: 'list',
    title: `page of ${PAGE_SIZE} entities, each with its mentions`,
    keyBased: false,
    variables: { first: PAGE_SIZE },
    coopgraph:
      'query List($first: Int!) { entities(first: $first) { nodes { key name mentionedIn { key } } } }',
    neo4jGraphql: {
      query:
        'query List($first: Int!) { entities(limit: $first, sort: [{ key: ASC }]) { key nameEn mentionedIn { key } } }',
      variables: { first: PAGE_SIZE },
    },
    normalise: (data) => page((data.entities as { nodes: Row[] }).nodes, 'name'),
    normaliseNeo4jGraphql: (data) => page(data.entities as Row[], 'nameEn'),
  },
  {
    name: 'search',
    title: `full-text search "${SEARCH_TEXT}", top ${SEARCH_FIRST}`,
    keyBased: false,
    variables: { text: SEARCH_TEXT, first: SEARCH_FIRST },
    coopgraph:
      'query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { score entity { key name } } }',
    // The library's @cypher field takes the Lucene query itself: it has no place to turn text into one.
    neo4jGraphql: {
      query:
        'query Search($query: String!, $limit: Int!, $candidates: Int!) { search(query: $query, limit: $limit, candidates: $candidates) { key nameEn } }',
      variables: {
        query: toLuceneQuery(SEARCH_TEXT),
        limit: SEARCH_FIRST,
        candidates: Math.max(SEARCH_FIRST * 4, 50),
      },
    },
    // Ranked: the order is part of the answer (ties are broken by key on every server).
    normalise: (data) =>
      (data.search as { entity: Row }[]).map(({ entity }) => ({ key: entity.key, name: entity.name })),
    normaliseNeo4jGraphql: (data) => (data.search as Row[]).map((row) => named(row, 'nameEn')),
  },
  {
    name: 'neighborhood',
    title: 'depth-2 neighbourhood for the explorer',
    keyBased: true,
    maxStatements: 2,
    variables: {
      key: NEIGHBORHOOD_KEY,
      depth: 2,
      limit: 100,
      types: RELATION_TYPE_NAMES.filter((type) => type !== 'MENTIONS'),
    },
    coopgraph: `query Neighborhood($key: String!) {
  neighborhood(keys: [$key], depth: 2, limit: 100) {
    truncated
    nodes { id kind label }
    edges { id source target type sources }
  }
}`,
    neo4jGraphql: null,
    normalise: (data) => {
      const graph = data.neighborhood as { truncated: boolean; nodes: Row[]; edges: Row[] };
      return {
        truncated: graph.truncated,
        nodes: byKey(graph.nodes, 'id').map((node) => ({ ...node, kind: storedKind(node.kind as string) })),
        edges: byKey(graph.edges, 'id').map((edge) => ({
          ...edge,
          sources: [...(edge.sources as string[])].sort(),
        })),
      };
    },
  },
];

export const OPERATIONS: Operation[] = [...LOOKUPS, ...QUERY_OPERATIONS];

/** The HTTP request that asks `operation` of `server`. */
export function requestFor(operation: Operation, server: ServerName): { path: string; body: string } | null {
  switch (server) {
    case 'coopgraph':
      return {
        path: '/graphql',
        body: JSON.stringify({ query: operation.coopgraph, variables: coopgraphVariables(operation) }),
      };
    case 'neo4j-graphql':
      return operation.neo4jGraphql
        ? { path: '/graphql', body: JSON.stringify(operation.neo4jGraphql) }
        : null;
    case 'cypher':
      return { path: `/${operation.name}`, body: JSON.stringify(operation.variables) };
  }
}

/** coopgraph's documents declare only the variables they use. */
function coopgraphVariables(operation: Operation): Row {
  const declared = new Set([...operation.coopgraph.matchAll(/\$(\w+)/g)].map((match) => match[1]!));
  return Object.fromEntries(Object.entries(operation.variables).filter(([name]) => declared.has(name)));
}

/** A server's answer in comparable form. */
export function normalised(operation: Operation, server: ServerName, data: Data): unknown {
  return server === 'neo4j-graphql' ? operation.normaliseNeo4jGraphql!(data) : operation.normalise(data);
}
