import type { EntityKind } from '../../model/kinds.ts';
import type { Origin } from '../../model/provenance.ts';
import type { Filter } from './filter.ts';
import type { Hop, RelationSpec } from './relation.ts';

/** What entities are sorted by: a stored property, or how many entities a relation field reaches. */
export type SortKey = { by: 'property'; property: string } | { by: 'count'; relation: RelationSpec };

export interface Order {
  key: SortKey;
  direction: 'ASC' | 'DESC';
}

/** The sort values of the last entity of a page, then its key: where the next page starts. */
export type Cursor = readonly unknown[];

/** One page of entities: which, in what order (key breaks ties), how many, after which. */
export interface Page {
  where: Filter | null;
  orderBy: readonly Order[];
  first: number;
  after: Cursor | null;
}

/** Which relationships an edge may be made of. */
export interface EdgeFilter {
  origins: readonly Origin[] | null;
  includeInferred: boolean;
}

export const ALL_EDGES: EdgeFilter = { origins: null, includeInferred: true };

/**
 * What a request selects on the entities a statement returns, planned so that the statement brings it:
 * the stored properties its fields read, the long texts some fields read, and the relation fields
 * selected on them, each under its response name and, below, what is selected on the entities it
 * reaches.
 */
export interface Projection {
  /**
   * The properties the selected fields read (key and kind always come): a row with these alone. Null
   * when a field may read any: every property but the long texts left out.
   */
  props: readonly string[] | null;
  texts: readonly string[];
  fields: readonly ProjectedField[];
}

export interface ProjectedField {
  /** The response name (alias or field name) the resolver looks its answer up by. */
  name: string;
  /** The kinds of entity the field is selected on; null for every kind. */
  kinds: readonly EntityKind[] | null;
  value: FieldPlan;
}

export type FieldPlan =
  /** A typed relation field in list form: the entities reached, each once, in key order. */
  | { plan: 'list'; relation: RelationSpec; projection: Projection }
  /** A typed relation field as a connection: a page of edges with their relationships. */
  | {
      plan: 'connection';
      relation: RelationSpec;
      page: Page;
      edges: EdgeFilter;
      projection: Projection;
      total: boolean;
    }
  /** How many relationships of one step an entity has. */
  | { plan: 'relationCount'; hop: Hop; edges: EdgeFilter };

export type GroupKey = { by: 'property'; property: string } | { by: 'relation'; relation: RelationSpec };

export interface GroupPlan {
  name: string;
  key: GroupKey;
}

/** A root connection: the entities of some kinds that match, a page of them, their count and groups. */
export interface ConnectionQuery {
  kinds: readonly EntityKind[] | null;
  page: Page;
  /** Null when neither nodes nor edges are selected: the page is not fetched. */
  projection: Projection | null;
  total: boolean;
  groups: readonly GroupPlan[];
}

export const EMPTY_PROJECTION: Projection = { props: null, texts: [], fields: [] };
