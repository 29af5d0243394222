// Types of style.mjs for the TypeScript that reads it (the tests).

/** How an edge is drawn by how coopgraph knows it. */
export interface EdgeStyle {
  name: 'stated' | 'inferred' | 'external';
  /** The key of its text in strings.mjs. */
  text: string;
  colour: string;
  line: 'solid' | 'dashed' | 'dotted';
}

export declare const LABEL_FONT: string;
export declare const EDGE_STYLES: readonly EdgeStyle[];
export declare function nodeSize(count: number): number;
export declare function drawnAs(data: { origin?: string; inferred?: string | null }): EdgeStyle['name'];
export declare function stylesheet(vocabulary: unknown): unknown[];
