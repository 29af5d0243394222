import { readFileSync } from 'node:fs';
import { parse, validate, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { ConfigError } from '../../config/env.ts';

export interface PersistedOperations {
  /** Hash (or any id) → document. */
  operations: ReadonlyMap<string, string>;
  /** Refuse every operation that is not in the list. */
  only: boolean;
}

/**
 * Reads a JSON object of hash → GraphQL document and checks every document against the schema, so a
 * list that no longer fits the schema stops the server at start-up instead of failing one request later.
 */
export function readPersistedOperations(file: string, schema: GraphQLSchema): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`COOPGRAPH_PERSISTED_OPERATIONS: cannot read ${file}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(
      `COOPGRAPH_PERSISTED_OPERATIONS: ${file} must hold a JSON object of hash → document`,
    );
  }
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') {
      throw new ConfigError(
        `COOPGRAPH_PERSISTED_OPERATIONS: ${file}: ${hash}: the document must be a string`,
      );
    }
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, parse(document));
    } catch (error) {
      errors = [error as GraphQLError];
    }
    if (errors.length > 0) {
      throw new ConfigError(`COOPGRAPH_PERSISTED_OPERATIONS: ${file}: ${hash}: ${errors[0]!.message}`);
    }
    operations.set(hash, document);
  }
  return operations;
}

/**
 * Persisted operations in the Apollo form (`extensions.persistedQuery.sha256Hash`). With `only`, a request
 * that carries a document of its own is refused: the server runs nothing but the reviewed list.
 */
export function usePersisted({ operations, only }: PersistedOperations): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (key) => operations.get(key) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      persistedQueryOnly: {
        message:
          'Only persisted operations are accepted: send extensions.persistedQuery { version: 1, sha256Hash } of a known operation, without a query',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      notFound: {
        // Apollo clients read this exact message.
        message: 'PersistedQueryNotFound',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: only ? 400 : 200 } },
      },
      keyNotFound: {
        message:
          'A request needs a query, or extensions.persistedQuery with the sha256Hash of a known operation',
        extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
