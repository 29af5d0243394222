import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App } from '../server/app.ts';
import type * as Formats from './public/js/formats.mjs';
import type { SubgraphLike } from './public/js/formats.mjs';
import { PUBLIC_DIR } from './static.ts';

/**
 * The page's own converters, the very file the browser runs, found like the page's other files (the
 * compiled build reads it from the repository too). Loaded once, on the first export.
 */
let formats: Promise<typeof Formats> | undefined;
const loadFormats = () =>
  (formats ??= import(pathToFileURL(path.join(PUBLIC_DIR, 'js', 'formats.mjs')).href) as Promise<
    typeof Formats
  >);

/**
 * `GET /export/<query>.<format>`: a subgraph of the public API as a file for scripts and desktop tools.
 * The query runs through the app's own /graphql endpoint, so every limit and plugin of the API applies
 * and the export can never show more than GraphQL would.
 */

export const EXPORT_FORMATS = ['graphml', 'json'] as const;
type Format = (typeof EXPORT_FORMATS)[number];

const SUBGRAPH = 'truncated nodes { id kind label data } edges { id source target type sources data }';

interface Param {
  name: string;
  kind: 'keys' | 'key' | 'int' | 'list' | 'lang';
  required?: boolean;
  /** The GraphQL variable it becomes, when it differs from `name`. */
  variable?: string;
}

interface ExportQuery {
  params: Param[];
  query: string;
  /** The keys given that name no entity, so that a typo answers 404 instead of an empty graph. */
  unknownKeys: (variables: Record<string, unknown>, data: ExportData) => string[];
}

interface ExportData {
  subgraph: SubgraphLike | null;
  fromEntity?: { key: string } | null;
  toEntity?: { key: string } | null;
}

const LANG_PARAM: Param = { name: 'lang', kind: 'lang' };

export const EXPORT_QUERIES: Record<string, ExportQuery> = {
  neighborhood: {
    params: [
      { name: 'keys', kind: 'keys', required: true },
      { name: 'depth', kind: 'int' },
      { name: 'limit', kind: 'int' },
      { name: 'kinds', kind: 'list' },
      { name: 'relationTypes', kind: 'list' },
      { name: 'exclude', kind: 'keys' },
      LANG_PARAM,
    ],
    query: `query ExportNeighborhood($keys: [String!]!, $depth: Int, $limit: Int, $kinds: [EntityKind!],
      $relationTypes: [RelationType!], $exclude: [String!], $lang: Lang) {
      subgraph: neighborhood(keys: $keys, depth: $depth, limit: $limit, kinds: $kinds,
        relationTypes: $relationTypes, exclude: $exclude, lang: $lang) { ${SUBGRAPH} } }`,
    unknownKeys: (variables, data) => {
      const found = new Set(data.subgraph?.nodes.map((node) => node.id));
      return (variables.keys as string[]).filter((key) => !found.has(key));
    },
  },
  'shortest-path': {
    params: [
      { name: 'from', kind: 'key', required: true },
      { name: 'to', kind: 'key', required: true },
      { name: 'maxLength', kind: 'int' },
      { name: 'relationTypes', kind: 'list' },
      LANG_PARAM,
    ],
    query: `query ExportShortestPath($from: String!, $to: String!, $maxLength: Int, $relationTypes: [RelationType!],
      $lang: Lang) { subgraph: shortestPath(from: $from, to: $to, maxLength: $maxLength,
        relationTypes: $relationTypes, lang: $lang) { ${SUBGRAPH} }
      fromEntity: entity(key: $from) { key } toEntity: entity(key: $to) { key } }`,
    unknownKeys: (variables, data) => [
      ...(data.fromEntity ? [] : [variables.from as string]),
      ...(data.toEntity ? [] : [variables.to as string]),
    ],
  },
  trace: {
    params: [{ name: 'from', kind: 'key', required: true }, LANG_PARAM],
    query: `query ExportTrace($from: String!, $lang: Lang) { subgraph: trace(from: $from, lang: $lang) { ${SUBGRAPH} } }`,
    unknownKeys: (variables, data) => (data.subgraph ? [] : [variables.from as string]),
  },
};

class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
    /** When the client may try again (the API's Retry-After), for a refusal that has one. */
    readonly retryAfter: string | null = null,
  ) {
    super(message);
  }
}

/** Comma-separated or repeated: `keys=a,b` and `keys=a&keys=b` mean the same. */
function listOf(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function readVariables(url: URL, spec: ExportQuery): Record<string, unknown> {
  const known = new Set(spec.params.map((param) => param.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name)) {
      throw new BadRequest(`unknown parameter "${name}"; this export takes ${[...known].join(', ')}`);
    }
  }
  const variables: Record<string, unknown> = {};
  for (const param of spec.params) {
    const values = listOf(url, param.name);
    if (values.length === 0) {
      if (param.required) throw new BadRequest(`parameter "${param.name}" is required`);
      continue;
    }
    if (param.kind !== 'keys' && param.kind !== 'list' && values.length > 1) {
      throw new BadRequest(`parameter "${param.name}" takes one value (got ${values.length})`);
    }
    const value = values[0]!;
    switch (param.kind) {
      case 'keys':
      case 'list':
        variables[param.name] = param.kind === 'list' ? values.map((v) => v.toUpperCase()) : values;
        break;
      case 'key':
        variables[param.name] = value;
        break;
      case 'int':
        if (!/^-?\d+$/.test(value)) {
          throw new BadRequest(`parameter "${param.name}" must be an integer (got "${value}")`);
        }
        variables[param.name] = Number(value);
        break;
      case 'lang': {
        const lang = value.toUpperCase();
        if (lang !== 'EN' && lang !== 'ZH') {
          throw new BadRequest(`parameter "lang" must be en or zh (got "${value}")`);
        }
        variables[param.name] = lang;
        break;
      }
    }
  }
  return variables;
}

interface GraphQLAnswer {
  data?: ExportData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Headers that describe the client's own request to the export, not the query the export sends. */
const OWN_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'connection',
  'content-length',
  'content-type',
  'expect',
  'host',
  'keep-alive',
  'transfer-encoding',
]);

/**
 * Runs the export's query through the app, as any client of /graphql would, and as this client: with
 * its headers (credentials, API key, forwarding) and its connection (`serverContext`), so that whatever
 * the API asks of or counts against a caller applies to the export too.
 */
async function runQuery(
  app: App,
  request: Request,
  spec: ExportQuery,
  variables: Record<string, unknown>,
  serverContext: Record<string, unknown>,
) {
  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (!OWN_HEADERS.has(name)) headers.append(name, value);
  });
  headers.set('content-type', 'application/json');
  headers.set('accept', 'application/graphql-response+json, application/json');
  const response = await app.fetch(
    new URL('/graphql', request.url),
    { method: 'POST', headers, body: JSON.stringify({ query: spec.query, variables }) },
    serverContext,
  );
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer;
  if (answer.errors?.length) {
    const message = answer.errors.map((error) => error.message).join('; ');
    // A refusal of the request itself (authentication, rate limits) keeps its status; the rest are
    // about the parameters.
    const status = response.status >= 400 && response.status !== 500 ? response.status : 400;
    const internal = answer.errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
    throw new BadRequest(message, internal ? 500 : status, response.headers.get('retry-after'));
  }
  if (!response.ok || !answer.data) {
    throw new BadRequest(`the GraphQL API answered ${response.status}`, 502);
  }
  return answer.data;
}

function errorResponse(status: number, message: string, retryAfter: string | null = null): Response {
  const headers = new Headers({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  if (retryAfter) headers.set('retry-after', retryAfter);
  return Response.json({ error: message }, { status, headers });
}

/** Answers `/export/<query>.<format>`; `name` is the part after `/export/`. */
export async function handleExport(
  app: App,
  request: Request,
  name: string,
  serverContext: Record<string, unknown> = {},
): Promise<Response> {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(name);
  const spec = match ? EXPORT_QUERIES[match[1]!] : undefined;
  const format = match?.[2] as Format | undefined;
  if (!match || !spec || !format || !EXPORT_FORMATS.includes(format)) {
    return errorResponse(
      404,
      `no such export; try /export/{${Object.keys(EXPORT_QUERIES).join(',')}}.{${EXPORT_FORMATS.join(',')}}`,
    );
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  try {
    const url = new URL(request.url);
    const variables = readVariables(url, spec);
    const data = await runQuery(app, request, spec, variables, serverContext);
    const unknown = spec.unknownKeys(variables, data);
    const subgraph = data.subgraph;
    if (unknown.length > 0 || !subgraph) {
      throw new BadRequest(`no entity with key ${unknown.map((key) => `"${key}"`).join(', ')}`, 404);
    }
    const { cytoscapeDocument, toElements, toGraphml } = await loadFormats();
    const elements = toElements(subgraph);
    const meta = { name: `coopgraph ${match[1]}`, truncated: subgraph.truncated };
    const headers = new Headers({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-coopgraph-truncated': String(subgraph.truncated),
    });
    let body: string;
    if (format === 'graphml') {
      body = toGraphml(elements, meta);
      headers.set('content-type', 'application/graphml+xml; charset=utf-8');
      headers.set('content-disposition', `attachment; filename="${match[1]}.graphml"`);
    } else {
      body = `${JSON.stringify(cytoscapeDocument(elements, meta), null, 2)}\n`;
      headers.set('content-type', 'application/json; charset=utf-8');
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  } catch (error) {
    if (error instanceof BadRequest) return errorResponse(error.status, error.message, error.retryAfter);
    throw error;
  }
}
