import type { SubgraphLike } from '../explorer/public/js/formats.mjs';
import { HttpError } from '../web/http.ts';

const SUBGRAPH = 'truncated nodes { id kind label data } edges { id source target type sources data }';

interface Param {
  name: string;
  kind: 'keys' | 'key' | 'int' | 'list' | 'lang' | 'boolean';
  required?: boolean;
  /** The GraphQL variable it becomes, when it differs from `name`. */
  variable?: string;
}

export interface Selection {
  params: Param[];
  query: string;
  /** The keys given that name no entity, so that a typo answers 404 instead of an empty graph. */
  unknownKeys: (variables: Record<string, unknown>, data: SelectionData) => string[];
}

export interface SelectionData {
  subgraph: SubgraphLike | null;
  fromEntity?: { key: string } | null;
  toEntity?: { key: string } | null;
}

const LANG_PARAM: Param = { name: 'lang', kind: 'lang' };
/** The provenance filters every graph query takes. */
const PROVENANCE_PARAMS: Param[] = [
  { name: 'origins', kind: 'list' },
  { name: 'includeInferred', kind: 'boolean' },
];
const PROVENANCE_VARIABLES = '$origins: [RelationOrigin!], $includeInferred: Boolean';
const PROVENANCE_ARGS = 'origins: $origins, includeInferred: $includeInferred';

/** What an export can be made of: each a GraphQL query that returns a subgraph, with its parameters. */
export const SELECTIONS: Record<string, Selection> = {
  neighborhood: {
    params: [
      { name: 'keys', kind: 'keys', required: true },
      { name: 'depth', kind: 'int' },
      { name: 'limit', kind: 'int' },
      { name: 'kinds', kind: 'list' },
      { name: 'relationTypes', kind: 'list' },
      { name: 'exclude', kind: 'keys' },
      ...PROVENANCE_PARAMS,
      LANG_PARAM,
    ],
    query: `query ExportNeighborhood($keys: [String!]!, $depth: Int, $limit: Int, $kinds: [EntityKind!],
      $relationTypes: [RelationType!], $exclude: [String!], ${PROVENANCE_VARIABLES}, $lang: Lang) {
      subgraph: neighborhood(keys: $keys, depth: $depth, limit: $limit, kinds: $kinds,
        relationTypes: $relationTypes, exclude: $exclude, ${PROVENANCE_ARGS}, lang: $lang) { ${SUBGRAPH} } }`,
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
      { name: 'avoid', kind: 'keys' },
      { name: 'avoidKinds', kind: 'list' },
      ...PROVENANCE_PARAMS,
      LANG_PARAM,
    ],
    query: `query ExportShortestPath($from: String!, $to: String!, $maxLength: Int, $relationTypes: [RelationType!],
      $avoid: [String!], $avoidKinds: [EntityKind!], ${PROVENANCE_VARIABLES}, $lang: Lang) {
      subgraph: shortestPath(from: $from, to: $to, maxLength: $maxLength, relationTypes: $relationTypes,
        avoid: $avoid, avoidKinds: $avoidKinds, ${PROVENANCE_ARGS}, lang: $lang) { ${SUBGRAPH} }
      fromEntity: entity(key: $from) { key } toEntity: entity(key: $to) { key } }`,
    unknownKeys: (variables, data) => [
      ...(data.fromEntity ? [] : [variables.from as string]),
      ...(data.toEntity ? [] : [variables.to as string]),
    ],
  },
  trace: {
    params: [{ name: 'from', kind: 'key', required: true }, ...PROVENANCE_PARAMS, LANG_PARAM],
    query: `query ExportTrace($from: String!, ${PROVENANCE_VARIABLES}, $lang: Lang) {
      subgraph: trace(from: $from, ${PROVENANCE_ARGS}, lang: $lang) { ${SUBGRAPH} } }`,
    unknownKeys: (variables, data) => (data.subgraph ? [] : [variables.from as string]),
  },
};

/** Comma-separated or repeated: `keys=a,b` and `keys=a&keys=b` mean the same. */
function listOf(url: URL, name: string): string[] {
  return url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** The GraphQL variables of a selection from the query string; a bad parameter is a 400 that names it. */
export function readVariables(url: URL, spec: Selection): Record<string, unknown> {
  const known = new Set(spec.params.map((param) => param.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name)) {
      throw new HttpError(400, `unknown parameter "${name}"; this export takes ${[...known].join(', ')}`);
    }
  }
  const variables: Record<string, unknown> = {};
  for (const param of spec.params) {
    const values = listOf(url, param.name);
    if (values.length === 0) {
      if (param.required) throw new HttpError(400, `parameter "${param.name}" is required`);
      continue;
    }
    if (param.kind !== 'keys' && param.kind !== 'list' && values.length > 1) {
      throw new HttpError(400, `parameter "${param.name}" takes one value (got ${values.length})`);
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
          throw new HttpError(400, `parameter "${param.name}" must be an integer (got "${value}")`);
        }
        variables[param.name] = Number(value);
        break;
      case 'boolean':
        if (value !== 'true' && value !== 'false') {
          throw new HttpError(400, `parameter "${param.name}" must be true or false (got "${value}")`);
        }
        variables[param.name] = value === 'true';
        break;
      case 'lang': {
        const lang = value.toUpperCase();
        if (lang !== 'EN' && lang !== 'ZH') {
          throw new HttpError(400, `parameter "lang" must be en or zh (got "${value}")`);
        }
        variables[param.name] = lang;
        break;
      }
    }
  }
  return variables;
}
