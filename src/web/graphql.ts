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
  /** When the caller may try again, for a refusal that says (a spent budget). */
  retryAfter: string | null;
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

/** Headers that describe the caller's own request to the plugin, not the operation sent for it. */
const OWN_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'connection',
  'content-length',
  'content-type',
  'expect',
  'host',
  'keep-alive',
  'transfer-encoding',
]);

type YogaLike = Parameters<NonNullable<Plugin['onYogaInit']>>[0]['yoga'];

/**
 * The default for every plugin that reads the graph: the operation is POSTed to the Yoga app's own
 * GraphQL endpoint and goes through its whole GraphQL pipeline (body limit, CSRF prevention, persisted
 * operations, shape and cost limits, per-client budgets, the schema's argument limits, error masking),
 * so a page or an export can never show more than /graphql would. The page request itself has already
 * passed the app's request plugins (request log, CORS); the operation runs with that request's headers
 * and server context (its connection), so it is judged and counted as coming from the same client.
 */
export function executeThroughYoga(yoga: YogaLike): ExecuteGraphQL {
  return async <T>(document: string, variables: Record<string, unknown>, caller: Caller) => {
    // The caller's headers go along (credentials, API key, forwarding), so that whatever the API asks of
    // or counts against a caller applies to the operation too.
    const headers = new Headers();
    caller.request.headers.forEach((value, name) => {
      if (!OWN_HEADERS.has(name)) headers.append(name, value);
    });
    headers.set('content-type', 'application/json');
    headers.set('accept', 'application/graphql-response+json, application/json');
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
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors ?? [],
      retryAfter: response.headers.get('retry-after'),
    };
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
