import { ENTITY_KINDS, ENTITY_KIND_NAMES, type EntityKind } from '../src/model/kinds.ts';

/**
 * What a benchmark operation is: the question as coopgraph, @neo4j/graphql and the Cypher floor ask it,
 * with the functions that turn each server's answer into one comparable form (the runner checks, before
 * measuring, that the forms are equal: a benchmark of different answers would measure nothing).
 */

export type ServerName = 'coopgraph' | 'neo4j-graphql' | 'cypher';

export type Data = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Operation {
  name: string;
  /** What the operation asks, for the table. */
  title: string;
  /** Starts from one entity by key: its latency must not grow with the graph. */
  keyBased: boolean;
  /** The most Cypher statements coopgraph may run for it (a target), when there is one. */
  maxStatements?: number;
  variables: Row;
  coopgraph: string;
  /** Null where the library has no equivalent. */
  neo4jGraphql: { query: string; variables: Row } | null;
  /** coopgraph's data (and the floor's, which answers the same JSON) in comparable form. */
  normalise: (data: Data) => unknown;
  normaliseNeo4jGraphql?: (data: Data) => unknown;
}

const kindOfEnum = new Map<string, EntityKind>(
  ENTITY_KIND_NAMES.map((kind) => [ENTITY_KINDS[kind].enumValue, kind]),
);
/** A kind as stored (`state`), from coopgraph's enum value (`STATE`) or as it already is. */
export const storedKind = (kind: string): EntityKind => kindOfEnum.get(kind) ?? (kind as EntityKind);

/** Rows in key order, for lists whose order carries no meaning. */
export function byKey<T extends Row>(rows: T[] | undefined, field = 'key'): T[] {
  return [...(rows ?? [])].sort((a, b) => String(a[field]).localeCompare(String(b[field])));
}

export const named = (row: Row, nameField: string) => ({ key: row.key, name: row[nameField] });
