import type { Database } from './database.ts';
import { cypherStatements } from './cypher.ts';

/** What a full-text index statement of `schema.cypher` asks for: its labels or types and properties. */
export interface FullTextShape {
  name: string;
  labelsOrTypes: string[];
  properties: string[];
}

const FULLTEXT =
  /^CREATE FULLTEXT INDEX (\w+) IF NOT EXISTS\s+FOR\s+(?:\(\w+:([\w|]+)\)|\(\)-\[\w+:([\w|]+)\]-\(\))\s+ON EACH \[([^\]]+)\]/;

/** The shape a `CREATE FULLTEXT INDEX` statement declares, or null for any other statement. */
export function fullTextShape(statement: string): FullTextShape | null {
  const match = FULLTEXT.exec(statement);
  if (!match) return null;
  const [, name, labels, types, properties] = match;
  return {
    name: name!,
    labelsOrTypes: (labels ?? types)!.split('|').sort(),
    properties: properties!
      .split(',')
      .map((property) => property.trim().replace(/^\w+\./, ''))
      .sort(),
  };
}

/**
 * Drops the full-text indexes whose definition in the database is not the one `schema.cypher` declares
 * (say, a relationship type added since), so that `IF NOT EXISTS` then creates them anew rather than
 * keeping the old one under the same name.
 */
async function dropChangedFullTextIndexes(db: Database, statements: string[]): Promise<string[]> {
  const wanted = statements.map(fullTextShape).filter((shape) => shape !== null);
  if (wanted.length === 0) return [];
  const present = await db.read<{ name: string; labelsOrTypes: string[]; properties: string[] }>(
    'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties',
  );
  const dropped: string[] = [];
  for (const index of present) {
    const shape = wanted.find((candidate) => candidate.name === index.name);
    if (!shape) continue;
    const same =
      [...index.labelsOrTypes].sort().join('|') === shape.labelsOrTypes.join('|') &&
      [...index.properties].sort().join('|') === shape.properties.join('|');
    if (same) continue;
    // An index name is an identifier, not a value: it comes from our own schema file, never from input.
    await db.write(`DROP INDEX \`${shape.name}\` IF EXISTS`);
    dropped.push(shape.name);
  }
  return dropped;
}

/**
 * Applies the constraints and indexes of `cypher/schema.cypher` (each `IF NOT EXISTS`, so it is
 * idempotent); a full-text index whose definition changed is dropped first and built again.
 */
export async function applySchema(db: Database): Promise<number> {
  const statements = cypherStatements('schema.cypher');
  await dropChangedFullTextIndexes(db, statements);
  for (const statement of statements) await db.write(statement);
  await db.write('CALL db.awaitIndexes(300)');
  return statements.length;
}
