import type { EntityKind } from '../model/kinds.ts';

/** An entity node as Neo4j returns it: its properties (see src/load/nodes.ts for what is stored). */
export interface EntityRow {
  key: string;
  kind: EntityKind;
  nameEn: string;
  nameZh: string;
  enStatus: string;
  aliases: string[];
  /** Set when the long texts were left out (lookahead.cypher): `complete` fetches them. */
  _trimmed?: true;
  [property: string]: unknown;
}

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
  spans: QuoteSpanRow[];
  props: Record<string, unknown>;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';
