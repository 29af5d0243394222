/**
 * How coopgraph knows a relationship: read by a person from the report (`curated`), found by code in the
 * report's structure, annex table or text (`structure`, `annex`, `mention`, `reference`), or taken from a
 * named classification outside the report (`external`). `derived` is never stored: it is the origin of
 * an edge of a typed relation field that joins several relationships (a resolution's recommendations,
 * through the discussion it asked for). The one list from which the loader's `origin`
 * property and the GraphQL `RelationOrigin` enum are derived.
 */
export const ORIGINS = [
  'curated',
  'structure',
  'annex',
  'mention',
  'reference',
  'external',
  'derived',
] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * What an entity's English name is: the `official` one, one coopgraph `translated` because no official
 * one was found, or `untranslated` (a bare symbol or reference). The one list behind the GraphQL
 * `EnStatus` enum.
 */
export const EN_STATUSES = ['official', 'translated', 'untranslated'] as const;
export type EnStatus = (typeof EN_STATUSES)[number];

/**
 * Where a fact from outside the report comes from (an `external` relationship): the classification,
 * who publishes it, which version or date of it, and the package or publication it was read from.
 */
export interface ExternalSource {
  classification: string;
  publisher: string;
  version: string;
  package: string;
}

/** The relationship property that holds each part of an external source: the one mapping of both. */
export const EXTERNAL_SOURCE_PROPERTIES = {
  classification: 'externalSource',
  publisher: 'externalPublisher',
  version: 'externalVersion',
  package: 'externalPackage',
} as const satisfies Record<keyof ExternalSource, string>;

const EXTERNAL_PARTS = Object.entries(EXTERNAL_SOURCE_PROPERTIES) as [keyof ExternalSource, string][];

/** An external source as relationship properties, to store it. */
export const externalSourceProperties = (source: ExternalSource): Record<string, string> =>
  Object.fromEntries(EXTERNAL_PARTS.map(([part, property]) => [property, source[part]]));

/**
 * The external source stored in a relationship's properties; null when it has none. One stored in part
 * is a fault of the data, not an answer.
 */
export function externalSourceOf(props: Readonly<Record<string, unknown>>): ExternalSource | null {
  if (props[EXTERNAL_SOURCE_PROPERTIES.classification] == null) return null;
  const source: Partial<ExternalSource> = {};
  for (const [part, property] of EXTERNAL_PARTS) {
    const value = props[property];
    if (typeof value !== 'string' || value === '') {
      throw new Error(`an external relationship has no ${property} (got ${JSON.stringify(value)})`);
    }
    source[part] = value;
  }
  return source as ExternalSource;
}
