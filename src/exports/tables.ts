import type { SubgraphLike } from '../explorer/public/js/formats.mjs';
import type { Caller, ExecuteGraphQL } from '../web/graphql.ts';
import { HttpError, dataOf } from '../web/http.ts';
import type { Cell } from './csv.ts';

/**
 * The two tables of the CSV exports, read through GraphQL: the statements (one row per relationship)
 * and the entities, of the whole graph or of a subgraph that a selection returned.
 */

interface Names {
  en: string;
  zh: string;
}

interface EntityRow {
  key: string;
  kind: string;
  names: Names;
  enStatus: string;
  properties: Record<string, unknown>;
}

interface RelationRow {
  type: string;
  inferred: string | null;
  properties: Record<string, unknown>;
  other: { key: string; names: Names };
}

interface WithRelations {
  key: string;
  names: Names;
  relations: RelationRow[];
}

export const STATEMENT_COLUMNS = [
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
] as const;

export const ENTITY_COLUMNS = ['key', 'kind', 'nameEn', 'nameZh', 'enStatus'] as const;

/** Relationships read per entity; an entity with more is refused rather than exported in part. */
const MAX_RELATIONS = 500;
/** Entities per page of the whole graph, and per request by key (each key is an alias). */
const ENTITY_PAGE = 100;
const RELATION_PAGE = 10;
const KEYS_PER_REQUEST = 12;
/** Requests by key in flight at once for one export. */
const PARALLEL = 4;

const ENTITY_FIELDS = 'key kind names { en zh } enStatus properties';
const RELATION_FIELDS = `key names { en zh }
  relations(direction: OUT, types: $types, first: ${MAX_RELATIONS}) {
    type inferred properties other { key names { en zh } } }`;

interface Page<T> {
  entities: { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export interface Reader {
  execute: ExecuteGraphQL;
  caller: Caller;
}

async function allPages<T>(reader: Reader, fields: string, first: number, extra = '', variables = {}) {
  const document = `query ExportPage($after: String${extra}) {
    entities(first: ${first}, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`;
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Page<T> = dataOf(
      await reader.execute<Page<T>>(document, { ...variables, after }, reader.caller),
    );
    nodes.push(...data.entities.nodes);
    if (!data.entities.pageInfo.hasNextPage) return nodes;
    after = data.entities.pageInfo.endCursor;
  }
}

/** Entities by key, a few keys a request (as aliases of `entity`), some requests at a time. */
async function byKeys<T>(reader: Reader, keys: string[], fields: string, extra = '', variables = {}) {
  const batches: string[][] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) batches.push(keys.slice(i, i + KEYS_PER_REQUEST));
  const found: T[] = [];
  const run = async (batch: string[]) => {
    const params = batch.map((_, i) => `$k${i}: String!`).join(', ');
    const selections = batch.map((_, i) => `e${i}: entity(key: $k${i}) { ${fields} }`).join('\n');
    const document = `query ExportByKeys(${params}${extra}) { ${selections} }`;
    const keyVariables = Object.fromEntries(batch.map((key, i) => [`k${i}`, key]));
    const data = dataOf(
      await reader.execute<Record<string, T | null>>(
        document,
        { ...variables, ...keyVariables },
        reader.caller,
      ),
    );
    batch.forEach((_, i) => {
      const row = data[`e${i}`];
      if (row) found.push(row);
    });
  };
  for (let i = 0; i < batches.length; i += PARALLEL)
    await Promise.all(batches.slice(i, i + PARALLEL).map(run));
  return found;
}

function checkComplete(rows: WithRelations[]): void {
  const full = rows.find((row) => row.relations.length >= MAX_RELATIONS);
  if (full) {
    throw new HttpError(
      500,
      `${full.key} has ${MAX_RELATIONS} or more relationships, more than one request reads; export a selection instead`,
    );
  }
}

function statementRow(from: WithRelations, relation: RelationRow): Cell[] {
  const { properties } = relation;
  const sources = Array.isArray(properties.sources) ? (properties.sources as string[]) : [];
  return [
    from.key,
    from.names.en,
    from.names.zh,
    relation.type,
    relation.other.key,
    relation.other.names.en,
    relation.other.names.zh,
    sources.join(' '),
    typeof properties.quote === 'string' ? properties.quote : null,
    typeof properties.origin === 'string' ? properties.origin : null,
    relation.inferred,
  ];
}

const byText = (a: Cell[], b: Cell[]) => {
  for (let i = 0; i < a.length; i++) {
    const order = String(a[i] ?? '').localeCompare(String(b[i] ?? ''));
    if (order !== 0) return order;
  }
  return 0;
};

/** One row per relationship: of the whole graph, or of the subgraph's edges. */
export async function statementRows(reader: Reader, subgraph: SubgraphLike | null): Promise<Cell[][]> {
  const rows: Cell[][] = [];
  if (!subgraph) {
    const entities = await allPages<WithRelations>(
      reader,
      RELATION_FIELDS,
      RELATION_PAGE,
      ', $types: [RelationType!]',
      {
        types: null,
      },
    );
    checkComplete(entities);
    for (const entity of entities)
      for (const relation of entity.relations) rows.push(statementRow(entity, relation));
    return rows.sort(byText);
  }
  const edges = subgraph.edges;
  const starts = [...new Set(edges.map((edge) => edge.source))];
  const types = [...new Set(edges.map((edge) => edge.type))];
  if (starts.length === 0) return rows;
  const entities = await byKeys<WithRelations>(reader, starts, RELATION_FIELDS, ', $types: [RelationType!]', {
    types,
  });
  checkComplete(entities);
  const wanted = new Set(edges.map((edge) => `${edge.source}|${edge.type}|${edge.target}`));
  for (const entity of entities) {
    for (const relation of entity.relations) {
      if (wanted.has(`${entity.key}|${relation.type}|${relation.other.key}`))
        rows.push(statementRow(entity, relation));
    }
  }
  return rows.sort(byText);
}

/** The property names of the entities, in order: the columns after the fixed ones. */
export function propertyColumns(entities: { properties: Record<string, unknown> }[]): string[] {
  const fixed = new Set<string>(ENTITY_COLUMNS);
  const names = new Set<string>();
  for (const entity of entities)
    for (const name of Object.keys(entity.properties)) if (!fixed.has(name)) names.add(name);
  return [...names].sort();
}

/** One row per entity, with a column per property any of them has. */
export async function entityTable(
  reader: Reader,
  subgraph: SubgraphLike | null,
): Promise<{ columns: string[]; rows: Cell[][] }> {
  const entities = subgraph
    ? await byKeys<EntityRow>(
        reader,
        subgraph.nodes.map((node) => node.id),
        ENTITY_FIELDS,
      )
    : await allPages<EntityRow>(reader, ENTITY_FIELDS, ENTITY_PAGE);
  entities.sort((a, b) => a.key.localeCompare(b.key));
  const properties = propertyColumns(entities);
  return {
    columns: [...ENTITY_COLUMNS, ...properties],
    rows: entities.map((entity) => [
      entity.key,
      entity.kind,
      entity.names.en,
      entity.names.zh,
      entity.enStatus,
      ...properties.map((name) => entity.properties[name] as Cell),
    ]),
  };
}
