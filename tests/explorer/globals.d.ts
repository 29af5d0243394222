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
      shortestPath(
        from: string,
        to: string,
        options?: { avoid?: string[]; index?: number },
      ): Promise<unknown>;
      avoid(key: string): Promise<unknown>;
      showPathAt(index: number): Promise<unknown>;
      setSizeByRelations(on: boolean): Promise<unknown>;
      select(key: string): Promise<unknown>;
      setLang(lang: 'en' | 'zh'): void;
      view: {
        hiddenKinds: Set<string>;
        hiddenTypes: Set<string>;
        lang: string;
        ops: { op: 'open' | 'show'; key: string }[];
        path: {
          from: string;
          to: string;
          avoid: string[];
          index: number;
          found: boolean;
          order: string[];
          paths: { length: number; cost: number; nodes: { id: string }[]; edges: { id: string }[] }[];
        } | null;
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
