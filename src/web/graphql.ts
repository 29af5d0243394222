import type { Plugin } from 'graphql-yoga';

/** One GraphQL error as the API sends it. */
export interface GraphQLErrorAnswer {
  message: string;
  extensions?: { code?: string; [name: string]: unknown };
}

/** The API's answer to one operation, with the HTTP status /graphql gave it. */
export interface GraphQLAnswer<T> {
  status: number;
  data: T | null;
  errors: GraphQLErrorAnswer[];
}

/** The request being answered, for whatever the API asks of its callers (credentials, client address). */
export interface Caller {
  request: Request;
  serverContext: Record<string, unknown>;
}

/** Runs one operation as a client of the app's /graphql would. */
export type ExecuteGraphQL = <T>(
  document: string,
  variables: Record<string, unknown>,
  caller: Caller,
) => Promise<GraphQLAnswer<T>>;

/** Headers of the caller's request that the API may judge it by; they travel with each operation. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key', 'x-forwarded-for', 'x-request-id'];

type YogaLike = Parameters<NonNullable<Plugin['onYogaInit']>>[0]['yoga'];

/**
 * The default for every plugin that reads the graph: the operation is POSTed to the Yoga app's own
 * GraphQL endpoint and goes through its whole GraphQL pipeline (body limit, CSRF prevention, persisted
 * operations, shape and cost limits, the schema's argument limits, error masking), so a page or an
 * export can never show more than /graphql would. The page request itself has already passed the app's
 * request plugins (request log, CORS); the operation runs with that request's server context, so it is
 * judged as coming from the same client.
 */
export function executeThroughYoga(yoga: YogaLike): ExecuteGraphQL {
  return async <T>(document: string, variables: Record<string, unknown>, caller: Caller) => {
    const headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    });
    for (const name of FORWARDED_HEADERS) {
      const value = caller.request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const request = new yoga.fetchAPI.Request(new URL(yoga.graphqlEndpoint, caller.request.url), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document, variables }),
    });
    const response = await yoga.handle(request, caller.serverContext as Parameters<YogaLike['handle']>[1]);
    const body = (await response.json().catch(() => ({}))) as {
      data?: T | null;
      errors?: GraphQLErrorAnswer[];
    };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  };
}

/**
 * The executor a plugin uses: the one given in its options, else the Yoga app's own (known once the app
 * initialises the plugin). Add `hooks` to the plugin's hooks.
 */
export function graphqlExecutor(given: ExecuteGraphQL | undefined): {
  hooks: Pick<Plugin, 'onYogaInit'>;
  execute: ExecuteGraphQL;
} {
  let execute = given;
  return {
    hooks: {
      onYogaInit({ yoga }) {
        execute ??= executeThroughYoga(yoga);
      },
    },
    execute: (document, variables, caller) => {
      if (!execute) throw new Error('the plugin was used outside a Yoga app and was given no execute option');
      return execute(document, variables, caller);
    },
  };
}
