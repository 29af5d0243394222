import { Database } from '../../src/neo4j/database.ts';
import type { App } from '../../src/server/app.ts';

export const GRAPHQL_URL = 'http://coopgraph.test/graphql';

export interface Answer {
  status: number;
  headers: Headers;
  /** The parsed body, or undefined when it is not JSON. */
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  text: string;
  ms: number;
}

/** Sends a raw request to the app (no network) and times it. */
export async function send(app: App, init: RequestInit & { url?: string }): Promise<Answer> {
  const started = performance.now();
  const response = await app.fetch(init.url ?? GRAPHQL_URL, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let body: Answer['body'];
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text, ms };
}

/** A JSON POST of a GraphQL request. */
export function post(app: App, payload: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(app, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

export const NORMAL_QUERY = '{ entity(key: "network:ejn") { key name relations(first: 3) { type } } }';

/** The app still answers an ordinary query, with data and without errors. */
export async function answersNormally(app: App): Promise<void> {
  const answer = await post(app, { query: NORMAL_QUERY });
  const data = answer.body?.data as { entity?: { key?: string } } | undefined;
  if (answer.status !== 200 || answer.body?.errors || data?.entity?.key !== 'network:ejn') {
    throw new Error(`a normal query failed: ${answer.status} ${answer.text.slice(0, 500)}`);
  }
}

/** A Database that never reaches Neo4j: reads answer what `read` says, and the ping succeeds. */
export function stubDatabase(
  read: (query: string, params: Record<string, unknown>) => Promise<unknown[]> = async () => [],
): Database {
  const stub = Object.create(Database.prototype) as Database;
  stub.read = read as Database['read'];
  stub.ping = async () => undefined;
  return stub;
}
