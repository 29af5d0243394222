/**
 * How coopgraph knows a relationship: read by a person from the report (`curated`), found by code in the
 * report's structure, annex table or text (`structure`, `annex`, `mention`, `reference`), or taken from a
 * named classification outside the report (`external`). The one list from which the loader's `origin`
 * property and the GraphQL `RelationOrigin` enum are derived.
 */
export const ORIGINS = ['curated', 'structure', 'annex', 'mention', 'reference', 'external'] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * What an entity's English name is: the `official` one, one coopgraph `translated` because no official
 * one was found, or `untranslated` (a bare symbol or reference). The one list behind the GraphQL
 * `EnStatus` enum.
 */
export const EN_STATUSES = ['official', 'translated', 'untranslated'] as const;
export type EnStatus = (typeof EN_STATUSES)[number];
