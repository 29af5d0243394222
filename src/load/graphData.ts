import type { EntityKind, EntityLabel } from '../model/kinds.ts';
import type { Origin } from '../model/provenance.ts';
import type { RelationType } from '../model/relations.ts';

/** A value Neo4j stores as a property. */
export type PropertyValue = string | number | boolean | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

export type { Origin } from '../model/provenance.ts';

export interface GraphNode {
  key: string;
  kind: EntityKind;
  label: EntityLabel;
  /** Report-scoped nodes (paragraphs, sections, recommendations…) belong to one report and go with it. */
  owned: boolean;
  props: Properties;
}

export interface GraphRelationship {
  type: RelationType;
  from: string;
  to: string;
  props: Properties & {
    /** Keys of the paragraphs that state the relationship. */
    sources: string[];
    /** The same, as the report numbers them: "14", "37(a)", or "§3.D.1" for a heading. */
    sourceRefs: string[];
    origin: Origin;
    /** The words that state the relationship: a curated relation's quote, or the text code matched. */
    quote: string | null;
    /**
     * Where the quote stands, one entry per source that holds it: the key of a paragraph or section node,
     * and start and end (UTF-16 code units, end exclusive) in that node's `textZh`.
     */
    spanParagraphs: string[];
    spanStarts: number[];
    spanEnds: number[];
  };
}

/** Everything one report puts into the graph. */
export interface ReportGraph {
  report: string;
  fingerprint: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}
