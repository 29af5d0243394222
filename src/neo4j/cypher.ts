import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './local/paths.ts';

/**
 * Fixed Cypher statements live in `cypher/` as files, so they can be read, reviewed and profiled in one
 * place; statements whose shape follows the request are composed by the query layer (`src/graph/cypher`).
 * Modules read theirs once, when they are imported, so a missing file fails at start-up rather than on
 * the first request.
 */
export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export function cypher(name: string): string {
  const text = readFileSync(path.join(CYPHER_DIR, 'queries', `${name}.cypher`), 'utf8');
  return stripComments(text).trim();
}

export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

/** Splits a file of several statements on the semicolons that end a line. */
export function cypherStatements(file: string): string[] {
  const text = stripComments(readFileSync(path.join(CYPHER_DIR, file), 'utf8'));
  return text
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
