import { ConfigError } from '../config/env.ts';
import { MissingToolError } from '../neo4j/local/toolchain.ts';
import { LocalNeo4jError } from '../neo4j/local/process.ts';
import { DatabaseUnavailableError } from '../neo4j/database.ts';

const EXPECTED = [ConfigError, MissingToolError, LocalNeo4jError, DatabaseUnavailableError];

/** One clear line for failures a user can fix; the stack only for what is a bug. */
export function describeFailure(error: unknown): string {
  if (EXPECTED.some((kind) => error instanceof kind)) return `coopgraph: ${(error as Error).message}`;
  if (error instanceof Error && 'isDataError' in error) return `coopgraph: ${error.message}`;
  return `coopgraph: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
