import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';

/** A statement ready for `Database.read`: its text and the values of its parameters. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** A parameter of a statement, named: its value is given when the statement runs. */
export const param = (name: string) => new Cypher.NamedParam(name);

/** A count as a parameter value: LIMIT and list slices take integers, plain JavaScript numbers are floats. */
export const int = (value: number) => neo4j.int(value);

/**
 * The text of a statement whose clauses depend on the shape of a request (which filters it has, how
 * deep it walks), never on a client's values: those travel as named parameters. Each shape is built
 * once; a shape whose clauses hold a value fails here, so no value can be pasted into a text.
 */
export function statementText<Shape>(build: (shape: Shape) => Cypher.Clause): (shape: Shape) => string {
  const texts = new Map<string, string>();
  return (shape) => {
    const id = JSON.stringify(shape);
    let text = texts.get(id);
    if (text === undefined) {
      const { cypher, params } = build(shape).build();
      const held = Object.keys(params);
      if (held.length > 0)
        throw new Error(`a statement holds values instead of parameters: ${held.join(', ')}`);
      text = cypher;
      texts.set(id, text);
    }
    return text;
  };
}
