import type { Core } from 'cytoscape';

/** What the explorer page exposes (src/explorer/public/js/main.mjs). */
declare global {
  interface Window {
    cy: Core;
    explorer: {
      ready?: boolean;
      idle(): Promise<void>;
      expand(key: string): Promise<unknown>;
      collapse(key: string): Promise<unknown>;
      shortestPath(from: string, to: string): Promise<unknown>;
      select(key: string): Promise<unknown>;
      setLang(lang: 'en' | 'zh'): void;
      view: {
        hiddenKinds: Set<string>;
        hiddenTypes: Set<string>;
        lang: string;
        ops: { op: 'open' | 'show'; key: string }[];
      };
      exports: {
        graphml(): string;
        json(): { elements: { nodes: unknown[]; edges: unknown[] } } & Record<string, unknown>;
        png(): Blob;
      };
    };
  }
}

export {};
