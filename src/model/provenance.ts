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
