import { afterAll, beforeAll } from 'vitest';
import { loadReports } from '../../src/load/loadReports.ts';
import { createApp, type App } from '../../src/server/app.ts';
import { resetDatabase, testDatabase } from './db.ts';
import { gql } from './graphql.ts';

/** An app over the real graph of the report, loaded once for the test file. */
export function useReportApp(): {
  app: () => App;
  query: <T = Record<string, unknown>>(q: string, v?: Record<string, unknown>) => ReturnType<typeof gql<T>>;
} {
  const db = testDatabase();
  let app: App | undefined;
  beforeAll(async () => {
    await resetDatabase(db);
    await loadReports(db, { log: () => undefined });
    app = createApp({ db });
  });
  afterAll(() => db.close());
  return {
    app: () => app!,
    query: <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}) => gql<T>(app!, q, v),
  };
}

/** The data of a response that must have no errors. */
export async function data<T>(response: Promise<{ data?: T; errors?: unknown[] }>): Promise<T> {
  const result = await response;
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!;
}
