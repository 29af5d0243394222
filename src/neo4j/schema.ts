import type { Database } from './database.ts';
import { cypherStatements } from './cypher.ts';

/** Applies the constraints and indexes of `cypher/schema.cypher` (each `IF NOT EXISTS`, so it is idempotent). */
export async function applySchema(db: Database): Promise<number> {
  const statements = cypherStatements('schema.cypher');
  for (const statement of statements) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
  return statements.length;
}
