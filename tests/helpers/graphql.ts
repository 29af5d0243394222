import type { App } from '../../src/server/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { cypherQueries?: number } & Record<string, unknown>;
}

/** Sends a GraphQL request through the app's real HTTP handler (no network). */
export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await app.fetch('http://coopgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}
