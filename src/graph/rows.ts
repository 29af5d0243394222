import type { EntityKind } from '../model/kinds.ts';
import type { StoredEntity } from '../model/stored.ts';

/** What a statement adds to an entity's properties (src/graph/compile/projection.ts). */
export interface RowExtras {
  /** The answers of the relation fields selected on the entity, by response name. */
  _related?: Record<string, unknown>;
  /** The entity's sort values in the page it came in. */
  _sort?: unknown[];
  /** Set when long texts were left out; a field that reads one fetches the whole entity. */
  _trimmed?: true;
}

/** An entity node as Neo4j returns it: its stored properties (src/model/stored.ts). */
export type EntityRow<K extends EntityKind = EntityKind> = StoredEntity<K> & RowExtras;

/** Where a relationship's quote stands: `start` to `end` (UTF-16 code units) of the `textZh` of node `paragraph`. */
export interface QuoteSpanRow {
  /** The key of a paragraph, or of a section when the quote stands in its heading. */
  paragraph: string;
  start: number;
  end: number;
}

/** A relationship seen from one of its ends. */
export interface RelationRow {
  type: string;
  outgoing: boolean;
  other: EntityRow;
  sources: string[];
  /** The words that state it, null for a relationship loaded before quotes were kept. */
  quote: string | null;
  /** Every property of the relationship (its spans among them: see spansOf). */
  props: Record<string, unknown>;
}

export type { Direction } from './plan/relation.ts';
