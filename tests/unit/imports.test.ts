import path from 'node:path';
import { parseCircular, parseDependencyTree, type DependencyTree } from 'dpdm';
import { beforeAll, describe, expect, it } from 'vitest';

// Every import counts, type-only ones too: a cycle of types still ties the layers together.
const ROOT = path.resolve(import.meta.dirname, '../..');
let tree: DependencyTree;

beforeAll(async () => {
  tree = await parseDependencyTree('src/**/*.ts', {
    cwd: ROOT,
    context: ROOT,
    transform: false,
    skipDynamicImports: false,
  });
});

/** `src/server/app.ts` → `server`; files directly in src/ are their own layer. */
const layerOf = (file: string) => file.split('/')[1]!;

/** Imports of one source file of src/ to another, as [importer, imported]. */
function sourceImports(): [string, string][] {
  return Object.entries(tree).flatMap(([file, dependencies]) =>
    (dependencies ?? [])
      .filter((dependency) => dependency.id?.startsWith('src/'))
      .map((dependency): [string, string] => [file, dependency.id!]),
  );
}

/** Cycles among the layers (the top folders of src/), each as the layers it goes through. */
function layerCycles(): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of sourceImports()) {
    const [a, b] = [layerOf(from), layerOf(to)];
    if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const cycles: string[][] = [];
  const walk = (layer: string, trail: string[]) => {
    for (const next of edges.get(layer) ?? []) {
      if (next === trail[0]) cycles.push([...trail, next]);
      else if (!trail.includes(next) && next > trail[0]!) walk(next, [...trail, next]);
    }
  };
  for (const layer of edges.keys()) walk(layer, [layer]);
  return cycles;
}

describe('imports of src/', () => {
  it('has read every source file', () => {
    expect(Object.keys(tree)).toContain('src/server/app.ts');
    expect(sourceImports().length).toBeGreaterThan(100);
  });

  it('has no import cycle between files', () => {
    expect(parseCircular(tree).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('has no import cycle between the server, the plugins it mounts and the layers below', () => {
    const mounted = ['server', 'explorer', 'exports', 'pages', 'web'];
    const through = layerCycles().filter((cycle) => cycle.some((layer) => mounted.includes(layer)));
    expect(through.map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('keeps the plugins the server mounts free of the server', () => {
    const plugins = ['explorer', 'exports', 'pages', 'web'];
    const intoServer = sourceImports().filter(
      ([from, to]) => plugins.includes(layerOf(from)) && layerOf(to) === 'server',
    );
    expect(intoServer).toEqual([]);
  });
});
