import Cypher from '@neo4j/cypher-builder';
import { describe, expect, it } from 'vitest';
import { factsStatement } from '../../src/graph/cypher/facts.ts';
import { neighborhoodStatement } from '../../src/graph/cypher/neighborhood.ts';
import { NO_AVOID, type Avoid } from '../../src/graph/cypher/pathStep.ts';
import { pathsStatement } from '../../src/graph/cypher/paths.ts';
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
  shortestPath: shortestPathStatement({
    from: text,
    to: `${text}!`,
    maxLength: 5,
    relations,
    avoid: NO_AVOID,
  }),
  avoidingPath: shortestPathStatement({
    from: text,
    to: `${text}!`,
    maxLength: 5,
    relations,
    avoid: { keys: [text], kinds: ['meeting'] },
  }),
  paths: pathsStatement({
    from: text,
    to: `${text}!`,
    maxLength: 5,
    first: 3,
    relations,
    avoid: { keys: [text], kinds: ['meeting'] },
    candidates: 100,
  }),
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
    for (const name of ['neighborhood', 'shortestPath', 'paths', 'trace', 'relations']) {
      const { cypher } = statements('x', FILTERED)[name]!;
      expect(cypher, name).toMatch(/\.origin IN \$origins/);
      expect(cypher, name).toMatch(/\.inferred IS NULL/);
    }
  });

  it('search a path as long as the validated maxLength allows', () => {
    const statement = (maxLength: number) =>
      shortestPathStatement({ from: 'a', to: 'b', maxLength, relations: ANY, avoid: NO_AVOID }).cypher;
    expect(statement(12)).toMatch(/\{1,12\}/);
    expect(statement(3)).toMatch(/\{1,3\}/);
    expect(() => statement(0)).toThrow(/maxLength must be a positive integer/);
    expect(() => statement(2.5)).toThrow(/maxLength must be a positive integer/);
  });
});

describe('the statements of paths', () => {
  const paths = (first: number, avoid: Avoid = NO_AVOID, maxLength = 4) =>
    pathsStatement({ from: 'a', to: 'b', maxLength, first, relations: ANY, avoid, candidates: 50 });

  it('avoid keys and kinds inside the pattern, so that they prune the search, and only when asked', () => {
    const avoiding = { keys: ['meeting:x'], kinds: ['meeting'] } satisfies Avoid;
    for (const { cypher, params } of [
      shortestPathStatement({ from: 'a', to: 'b', maxLength: 4, relations: ANY, avoid: avoiding }),
      paths(2, avoiding),
    ]) {
      // The step's node predicate: `(x:Entity WHERE NOT x.key IN $avoid AND (x.key = $to OR NOT x.kind IN $avoidKinds))`.
      const step = cypher.match(/\(\(\)-\[\w+\]-\((\w+):Entity WHERE ([^\n]*)\)\)\{1,4\}/);
      expect(step, cypher).not.toBeNull();
      const [, x, predicate] = step!;
      expect(predicate).toContain(`NOT (${x}.key IN $avoid)`);
      expect(predicate).toContain(`${x}.key = $to OR NOT (${x}.kind IN $avoidKinds)`);
      expect(params).toMatchObject({ avoid: ['meeting:x'], avoidKinds: ['meeting'] });
      // Keys no entity has are answered, to be refused.
      expect(cypher).toMatch(/IN \$avoid WHERE NOT \(EXISTS \{\s+MATCH \(:Entity \{ key: \w+ \}\)/);
    }
    for (const { cypher } of [
      shortestPathStatement({ from: 'a', to: 'b', maxLength: 4, relations: ANY, avoid: NO_AVOID }),
      paths(2),
    ]) {
      expect(cypher).not.toMatch(/IN \$avoid\)|\$avoidKinds/);
    }
  });

  it('read the `first` shortest lengths, at most the candidates, and rank by length, cost and keys', () => {
    const { cypher, params } = paths(3);
    expect(cypher).toMatch(/MATCH SHORTEST 3 GROUPS \(/);
    expect(cypher).toMatch(/LIMIT \(\$candidates \+ 1\)/);
    expect(cypher).toMatch(/ORDER BY \w+ ASC, \w+ ASC, \w+ ASC\s+LIMIT \$first/);
    // The cost of each candidate: the interior entities (after the start, but the end), summed.
    expect(cypher).toMatch(/UNWIND \w+\.nodes\[\.\.-1\] AS \w+\s+RETURN sum\(/);
    expect(Number(params.first)).toBe(3);
    expect(Number(params.candidates)).toBe(50);
    expect(paths(5).cypher).toMatch(/SHORTEST 5 GROUPS/);
    expect(paths(3, NO_AVOID, 7).cypher).toMatch(/\{1,7\}/);
    expect(() => paths(0)).toThrow(/first must be a positive integer/);
    expect(() => paths(1.5)).toThrow(/first must be a positive integer/);
    expect(() => paths(2, NO_AVOID, 0)).toThrow(/maxLength must be a positive integer/);
  });

  it('cost an entity by its relationships less mentions and the loader’s bookkeeping, from the degree store', () => {
    for (const relations of [ANY, FILTERED]) {
      const { cypher } = pathsStatement({
        from: 'a',
        to: 'b',
        maxLength: 4,
        first: 2,
        relations,
        avoid: NO_AVOID,
        candidates: 50,
      });
      const cost = cypher.slice(cypher.indexOf('RETURN sum('));
      // One count of every relationship, less one per type not counted; no predicate, so each is a
      // degree Neo4j keeps rather than relationships it reads.
      expect(cost).toMatch(
        /^RETURN sum\(\(log\(\(1 \+ \(\(COUNT \{\s+MATCH \((\w+)\)-\[\]-\(\)\s+\} - COUNT \{\s+MATCH \(\1\)-\[:MENTIONS\]-\(\)\s+\}\) - COUNT \{\s+MATCH \(\1\)-\[:USES\]-\(\)\s+\}\)\)\) \/ log\(2\)\)\)/,
      );
    }
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
