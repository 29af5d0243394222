import type { RelationSpec } from './relation.ts';

/** Operators on a stored property; which apply depends on its type (see src/schema/where). */
export type Comparison = 'eq' | 'in' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains' | 'startsWith';
export type CountComparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';
export type Quantifier = 'some' | 'none' | 'all';
export type Language = 'en' | 'zh';

/**
 * A condition on an entity, as a tree: what a `<Type>Where` argument becomes before it is printed as
 * Cypher. Values are what the client sent, already coerced by GraphQL; they become parameters.
 */
export type Filter =
  | { op: 'and' | 'or'; filters: Filter[] }
  | { op: 'not'; filter: Filter }
  | { op: 'property'; property: string; comparison: Comparison; value: unknown }
  /** English names compare folded (no case, no accents); Chinese names as written. */
  | { op: 'name'; comparison: 'eq' | 'contains' | 'startsWith'; value: string; languages: Language[] }
  | { op: 'related'; relation: RelationSpec; quantifier: Quantifier; filter: Filter | null }
  | { op: 'count'; relation: RelationSpec; comparison: CountComparison; value: number };

export const and = (filters: (Filter | null)[]): Filter | null => {
  const present = filters.filter((filter): filter is Filter => filter !== null);
  if (present.length === 0) return null;
  return present.length === 1 ? present[0]! : { op: 'and', filters: present };
};
