// The page's only source of data: the public GraphQL API of the same server.
import { PageError } from './strings.mjs';

const ENDPOINT = '/graphql';

/** Sends one GraphQL operation and returns its data, or throws with the API's own messages. */
export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new PageError('unreachable', { message: error.message });
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new PageError('apiUnreadable', { status: response.status });
  }
  if (body.errors?.length) {
    throw new PageError('apiRefused', { message: body.errors.map((error) => error.message).join('; ') });
  }
  if (!response.ok || !body.data) throw new PageError('apiStatus', { status: response.status });
  return body.data;
}

const SUBGRAPH = `truncated nodes { id kind label data } edges { id source target type sources data }`;

/** The kinds and relation types, from the schema itself (descriptions read "Network (网络)"). */
export const VOCABULARY = `query ExplorerVocabulary {
  kinds: __type(name: "EntityKind") { enumValues { name description } }
  relationTypes: __type(name: "RelationType") { enumValues { name description } }
}`;

/** The limits in force on the server and what graph queries leave out unless asked. */
export const LIMITS = `query ExplorerLimits {
  limits { maxFirst maxRelations maxNodes maxPathLength maxPaths maxKeys maxSearchText excludedRelationTypes }
}`;

export const SEARCH = `query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { score entity { key kind names { en zh } } }
}`;

export const NEIGHBORHOOD = `query ExplorerNeighborhood($keys: [String!]!, $limit: Int, $exclude: [String!],
  $kinds: [EntityKind!], $relationTypes: [RelationType!]) {
  neighborhood(keys: $keys, depth: 1, limit: $limit, exclude: $exclude, kinds: $kinds,
    relationTypes: $relationTypes) { ${SUBGRAPH} }
}`;

/** The neighbours of one entity under the filters, to count those a capped expansion left out. */
export const NEIGHBOUR_KEYS = `query ExplorerNeighbourKeys($key: String!, $types: [RelationType!],
  $kinds: [EntityKind!], $first: Int) {
  entity(key: $key) { relations(first: $first, types: $types, kinds: $kinds) { other { key } } }
}`;

/** The shortest paths between two entities, ranked by length and then by how specific their hops are. */
export const PATHS = `query ExplorerPaths($from: String!, $to: String!, $first: Int, $avoid: [String!],
  $relationTypes: [RelationType!], $maxLength: Int) {
  paths(from: $from, to: $to, first: $first, avoid: $avoid, maxLength: $maxLength,
    relationTypes: $relationTypes) { length cost ${SUBGRAPH} }
}`;

/** How many relationships each entity has (of these types), to size nodes by. */
export const RELATION_COUNTS = `query ExplorerRelationCounts($keys: [String!], $first: Int, $types: [RelationType!]) {
  entities(where: { key: { in: $keys } }, first: $first) { nodes { key relationCount(types: $types) } }
}`;

export const TRACE = `query ExplorerTrace($from: String!) { trace(from: $from) { ${SUBGRAPH} } }`;

export const RESOLUTIONS = `query ExplorerResolutions($first: Int) {
  entities(kind: RESOLUTION, first: $first) { nodes { key names { en zh } } }
}`;

const PARAGRAPH = `key number text textEn: text(lang: EN)`;

/** The relation's quote and where it stands: UTF-16 offsets into a paragraph's text, or a heading's. */
const QUOTE = `quote spans { start end paragraph { key } section { key } }`;

export const DETAILS = `query ExplorerDetails($key: String!, $first: Int) {
  entity(key: $key) {
    key kind enStatus aliases properties names { en zh }
    mentionedIn { ${PARAGRAPH} }
    relations(first: $first) {
      type direction inferred
      other { key kind names { en zh } }
      sources { ${PARAGRAPH} } ${QUOTE}
    }
  }
}`;

/** One relationship with the paragraphs that state it, read from its start. */
export const EDGE_SOURCES = `query ExplorerEdge($key: String!, $types: [RelationType!], $first: Int) {
  entity(key: $key) {
    relations(first: $first, direction: OUT, types: $types) {
      type inferred other { key } sources { ${PARAGRAPH} } ${QUOTE}
    }
  }
}`;
