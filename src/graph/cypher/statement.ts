import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

/** A statement ready for `Database.read`: its text and the values of its parameters. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Builds a clause into a statement; every value a client sent is one of its parameters. */
export const toStatement = (clause: Cypher.Clause): Statement => {
  const { cypher, params } = clause.build();
  return { cypher, params };
};

/** A count as a parameter: LIMIT and list slices take integers, and plain JavaScript numbers travel as floats. */
export const intParam = (value: number) => new Cypher.Param(neo4j.int(value));
