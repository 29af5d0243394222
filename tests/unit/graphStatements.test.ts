import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { factsStatement } from '../../src/graph/cypher/facts.ts';
import { neighborhoodStatement } from '../../src/graph/cypher/neighborhood.ts';
import { relationsStatement } from '../../src/graph/cypher/relations.ts';
import type { RelationFilter } from '../../src/graph/cypher/relationFilter.ts';
import { searchStatement } from '../../src/graph/cypher/search.ts';
import { shortestPathStatement } from '../../src/graph/cypher/shortestPath.ts';
import { statementText, type Statement } from '../../src/graph/cypher/statement.ts';
import { traceStatement } from '../../src/graph/cypher/trace.ts';

const HOSTILE = `"}) MATCH (n) DETACH DELETE n //`;
const ANY: RelationFilter = { types: null, origins: null, includeInferred: true };
const FILTERED: RelationFilter = { types: ['MEMBER_OF'], origins: ['curated'], includeInferred: false };

/** Each statement of the subgraph side, built with the given text where a client's text goes. */
const statements = (text: string, relations: RelationFilter): Record<string, Statement> => ({
  neighborhood: neighborhoodStatement({
    keys: [text],
    depth: 2,
    relations,
    kinds: ['state'],
    limit: 10,
    exclude: [text],
  }),
  shortestPath: shortestPathStatement({ from: text, to: `${text}!`, maxLength: 5, relations }),
  trace: traceStatement({ from: text, relations, pathCap: 10 }),
  search: searchStatement({ lucene: text, kinds: ['network'], first: 5, candidates: 50 }),
  relations: relationsStatement({ relations, direction: 'BOTH', kinds: null, first: 5 }, [text]),
  facts: factsStatement({ keys: [text], types: relations.types, first: 5, after: [text, text, text, text] }),
});

describe('the statements of subgraphs, search and relations', () => {
  it('carry what a client sent as parameters, never in their text', () => {
    for (const [name, { cypher, params }] of Object.entries(statements(HOSTILE, FILTERED))) {
      expect(cypher, name).not.toContain('DETACH');
      expect(JSON.stringify(params), name).toContain('DETACH DELETE');
    }
  });

  it('have a text that follows the shape of a request, not its values', () => {
    const one = statements('network:ejn', FILTERED);
    const other = statements('state:CHN', { ...FILTERED, types: ['COVERS', 'LED_TO'] });
    for (const name of Object.keys(one)) expect(other[name]!.cypher, name).toBe(one[name]!.cypher);
  });

  it('write only the parts of a relationship filter that restrict anything', () => {
    for (const [name, { cypher }] of Object.entries(statements('x', ANY))) {
      expect(cypher, name).not.toMatch(/\.origin IN|\.inferred IS NULL|type\(\w+\) IN \$types/);
    }
    for (const name of ['neighborhood', 'shortestPath', 'trace', 'relations']) {
      const { cypher } = statements('x', FILTERED)[name]!;
      expect(cypher, name).toMatch(/\.origin IN \$origins/);
      expect(cypher, name).toMatch(/\.inferred IS NULL/);
    }
  });

  it('search a path as long as the validated maxLength allows', () => {
    const statement = (maxLength: number) =>
      shortestPathStatement({ from: 'a', to: 'b', maxLength, relations: ANY }).cypher;
    expect(statement(12)).toMatch(/\{1,12\}/);
    expect(statement(3)).toMatch(/\{1,3\}/);
    expect(() => statement(0)).toThrow(/maxLength must be a positive integer/);
    expect(() => statement(2.5)).toThrow(/maxLength must be a positive integer/);
  });

  it('refuse to build a text that holds a value', () => {
    const text = statementText((key: string) =>
      new Cypher.Match(
        new Cypher.Pattern(new Cypher.Node(), { properties: { key: new Cypher.Param(key) } }),
      ).return(new Cypher.Literal(1)),
    );
    expect(() => text('network:ejn')).toThrow(/holds values instead of parameters: param0/);
  });
});
