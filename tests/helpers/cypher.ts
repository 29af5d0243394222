import { readFileSync } from 'node:fs';
import { stripComments } from '../../src/neo4j/cypher.ts';

/** A statement that only the tests run (inspecting locks and transactions), from `tests/cypher/`. */
export function testCypher(name: string): string {
  const text = readFileSync(new URL(`../cypher/${name}.cypher`, import.meta.url), 'utf8');
  return stripComments(text).trim();
}
