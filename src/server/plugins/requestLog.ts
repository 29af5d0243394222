import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import type { Context } from '../../schema/context.ts';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Where structured log lines go: one JSON object per line. */
export type LogSink = (line: string) => void;

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

/** A caller's request id is kept when it is short and plain (it lands in logs and headers verbatim). */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && ACCEPTED_ID.test(given) ? given : randomUUID();
}

interface Entry {
  id: string;
  started: number;
  operationName: string | null;
  cypherQueries: number;
  errors: string[];
}

function operationNameOf(document: DocumentNode, given: string | null | undefined): string | null {
  if (given) return given;
  const operations = document.definitions.filter((def) => def.kind === Kind.OPERATION_DEFINITION);
  return operations.length === 1 ? (operations[0]!.name?.value ?? null) : null;
}

function errorCodes(errors: readonly unknown[] | undefined): string[] {
  return (errors ?? []).map((error) => {
    const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
    return typeof code === 'string' ? code : 'GRAPHQL_ERROR';
  });
}

/**
 * Gives every request an id (the caller's `x-request-id`, or a new one), echoes it in the response, and
 * when `sink` is set writes one JSON line per request: id, method, path, operation name, status,
 * duration, the Cypher statements it ran and the codes of its errors.
 */
export function useRequestLog(sink: LogSink | undefined): Plugin<Context> {
  const entries = new WeakMap<Request, Entry>();
  const entryOf = (request: Request): Entry => {
    let entry = entries.get(request);
    if (!entry) {
      entry = {
        id: requestIdOf(request),
        started: performance.now(),
        operationName: null,
        cypherQueries: 0,
        errors: [],
      };
      entries.set(request, entry);
    }
    return entry;
  };
  return {
    onRequest({ request }) {
      entryOf(request);
    },
    onExecute({ args }) {
      const entry = entryOf(args.contextValue.request);
      entry.operationName = operationNameOf(args.document, args.operationName);
      return {
        onExecuteDone() {
          entry.cypherQueries = args.contextValue.queries.count;
        },
      };
    },
    onResultProcess({ request, result }) {
      // The result as it is sent, errors masked; also for requests refused before execution.
      if (!Array.isArray(result) && result && typeof result === 'object' && 'errors' in result) {
        entryOf(request).errors = errorCodes(result.errors as readonly unknown[] | undefined);
      }
    },
    onResponse({ request, response, setResponse }) {
      const entry = entryOf(request);
      try {
        response.headers.set(REQUEST_ID_HEADER, entry.id);
      } catch {
        // Headers of some responses are immutable: copy the response to add ours.
        const headers = new Headers(response.headers);
        headers.set(REQUEST_ID_HEADER, entry.id);
        setResponse(new Response(response.body, { status: response.status, headers }));
      }
      if (!sink) return;
      const line: Record<string, unknown> = {
        time: new Date().toISOString(),
        level: response.status >= 500 ? 'error' : 'info',
        msg: 'request',
        requestId: entry.id,
        method: request.method,
        path: new URL(request.url, 'http://localhost').pathname,
        operationName: entry.operationName,
        status: response.status,
        durationMs: Math.round((performance.now() - entry.started) * 10) / 10,
        cypherQueries: entry.cypherQueries,
      };
      if (entry.errors.length > 0) line.errors = entry.errors;
      sink(JSON.stringify(line));
    },
  };
}

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { name: value.name, message: value.message, code, stack: value.stack };
  }
  return value;
}

/** Yoga's own messages (masked errors, warnings) as JSON lines on the same sink; debug is dropped. */
export function jsonLogger(sink: LogSink): YogaLogger {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      const line: Record<string, unknown> = { time: new Date().toISOString(), level };
      if (typeof first === 'string') line.msg = first;
      else line.error = describe(first);
      if (rest.length > 0) line.details = rest.map(describe);
      sink(JSON.stringify(line));
    };
  return { debug: () => undefined, info: write('info'), warn: write('warn'), error: write('error') };
}
