// Types of formats.mjs for the server's TypeScript.

export interface ElementData {
  id: string;
  [field: string]: unknown;
}

export interface Elements {
  nodes: { data: ElementData; position?: { x: number; y: number } }[];
  edges: { data: ElementData & { source: string; target: string } }[];
}

export interface SubgraphLike {
  truncated?: boolean;
  nodes: { id: string; kind: string; label: string; data: Record<string, unknown> }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    sources: string[];
    data: Record<string, unknown>;
  }[];
}

export interface ExportMeta {
  name?: string;
  truncated?: boolean;
}

export function toElements(subgraph: SubgraphLike): Elements;
export function cytoscapeDocument(
  elements: Elements,
  meta?: ExportMeta,
): {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: { name: string; truncated: boolean };
  elements: Elements;
};
export function escapeXml(value: unknown): string;
export function toGraphml(elements: Elements, meta?: ExportMeta): string;
