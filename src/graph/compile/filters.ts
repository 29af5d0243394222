import Cypher from '@neo4j/cypher-builder';
import { foldEnglish } from '../../model/fold.ts';
import type { Comparison, CountComparison, Filter } from '../plan/filter.ts';
import type { RelationSpec } from '../plan/relation.ts';
import { pathMatches } from './patterns.ts';

type Operator = (left: Cypher.Expr, right: Cypher.Expr) => Cypher.Predicate;

const OPERATORS: Record<Comparison, Operator> = {
  eq: Cypher.eq,
  in: Cypher.in,
  lt: Cypher.lt,
  lte: Cypher.lte,
  gt: Cypher.gt,
  gte: Cypher.gte,
  contains: Cypher.contains,
  startsWith: Cypher.startsWith,
};

/** An entity reached by any path of the field that satisfies `filter` (any entity when null). */
function someRelated(n: Cypher.Node, relation: RelationSpec, filter: Filter | null): Cypher.Predicate {
  const m = new Cypher.Node();
  const exists = pathMatches(n, relation, m).map(({ pattern }) => {
    const match = new Cypher.Match(pattern);
    return new Cypher.Exists(filter ? match.where(predicate(filter, m)) : match);
  });
  return Cypher.or(...exists)!;
}

/** How many distinct entities the field reaches. */
export function relatedCount(n: Cypher.Node, relation: RelationSpec): Cypher.Expr {
  const m = new Cypher.Node();
  const branches = pathMatches(n, relation, m).map(({ pattern }) => new Cypher.Match(pattern).return(m));
  // UNION keeps each entity once across paths; a single path needs DISTINCT.
  if (branches.length === 1) return new Cypher.Count(branches[0]!.distinct());
  return new Cypher.Count(new Cypher.Union(...branches));
}

/** `filter` as a condition on the entity `n`; every value the client sent is a parameter. */
export function predicate(filter: Filter, n: Cypher.Node): Cypher.Predicate {
  switch (filter.op) {
    case 'and':
      return Cypher.and(...filter.filters.map((f) => predicate(f, n))) ?? Cypher.true;
    case 'or':
      return Cypher.or(...filter.filters.map((f) => predicate(f, n))) ?? Cypher.false;
    case 'not':
      return Cypher.not(predicate(filter.filter, n));
    case 'property':
      return OPERATORS[filter.comparison](n.property(filter.property), new Cypher.Param(filter.value));
    case 'name': {
      const operator = OPERATORS[filter.comparison];
      const each = filter.languages.map((language) =>
        language === 'en'
          ? operator(n.property('nameEnFold'), new Cypher.Param(foldEnglish(filter.value)))
          : operator(n.property('nameZh'), new Cypher.Param(filter.value)),
      );
      return Cypher.or(...each)!;
    }
    case 'related': {
      if (filter.quantifier === 'some') return someRelated(n, filter.relation, filter.filter);
      if (filter.quantifier === 'none') return Cypher.not(someRelated(n, filter.relation, filter.filter));
      // all: none that fails the condition (true when there are none, as in the Neo4j GraphQL library).
      if (!filter.filter) return Cypher.true;
      return Cypher.not(someRelated(n, filter.relation, { op: 'not', filter: filter.filter }));
    }
    case 'count':
      return OPERATORS[filter.comparison satisfies CountComparison](
        relatedCount(n, filter.relation),
        new Cypher.Param(filter.value),
      );
  }
}
