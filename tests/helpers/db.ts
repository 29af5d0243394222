import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';

/** A driver to the test run's Neo4j (see tests/setup/neo4j.ts). */
export function testDatabase(): Database {
  const { uri, username, password, database } = inject('neo4j');
  return new Database({ uri, username, password, database });
}

/** Empties the test database (the files run one after another, each from a known state). */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

export async function totals(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}
