import { inject } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';

/** A driver to the test run's Neo4j (see tests/setup/neo4j.ts). */
export function testDatabase(): Database {
  const { uri, username, password, database } = inject('neo4j');
  return new Database({ uri, username, password, database });
}
