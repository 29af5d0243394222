import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ConfigModule from '../../src/config/env.ts';
import type * as DatabaseModule from '../../src/neo4j/database.ts';
import { PROJECT_ROOT } from '../../src/root.ts';
import type * as SchemaModule from '../../src/schema/index.ts';
import type * as AppModule from '../../src/server/app.ts';

/**
 * coopgraph's modules as they ship: the compiled build in dist/ (`npm run build`, which the benchmark
 * runs first), typed by their sources.
 */
async function built<T>(module: string): Promise<T> {
  const file = path.join(PROJECT_ROOT, 'dist', module);
  if (!existsSync(file))
    throw new Error(`${path.relative(PROJECT_ROOT, file)} is missing: run npm run build`);
  return (await import(pathToFileURL(file).href)) as T;
}

export const { Database } = await built<typeof DatabaseModule>('neo4j/database.js');
export type Database = DatabaseModule.Database;
export const { schema } = await built<typeof SchemaModule>('schema/index.js');
export const { readEnv, sourceMaps } = await built<typeof ConfigModule>('config/env.js');
export const { configFromEnv, createApp } = await built<typeof AppModule>('server/app.js');
export type App = AppModule.App;
