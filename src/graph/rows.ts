import type { EntityKind } from '../model/kinds.ts';
import type { RelationType } from '../model/relations.ts';

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

/** A relationship seen from one of its ends. */
export interface RelationRow {
  type: string;
  outgoing: boolean;
  other: EntityRow;
  sources: string[];
  props: Record<string, unknown>;
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** Which relationships a typed relation field follows. */
export interface RelatedArgs {
  types: RelationType[];
  direction: Direction;
  kinds: EntityKind[] | null;
}
