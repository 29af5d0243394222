import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { DatabaseUnavailableError, isUnavailable } from '../../neo4j/database.ts';

/** Seconds a client should wait before it retries a request that met an unavailable database. */
export const RETRY_AFTER_SECONDS = 5;

/** What went wrong with Neo4j, if anything, looking through the errors that wrap the driver's. */
export function databaseFailure(error: unknown): 'unavailable' | 'timeout' | undefined {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 8; depth += 1) {
    if (cause instanceof DatabaseUnavailableError || isUnavailable(cause)) return 'unavailable';
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      // Still failing after the retries of a read: for the client, as good as unavailable.
      if (code.startsWith('Neo.TransientError.')) return 'unavailable';
      if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return 'timeout';
    }
    cause = cause instanceof GraphQLError ? cause.originalError : (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Errors a client can act on keep a clear message without internals: the database is unavailable (503,
 * with Retry-After, so clients and load balancers retry later), or a query ran past the transaction
 * timeout (a limit like the others: 200 with the error). Everything else unexpected is masked by Yoga
 * ("Unexpected error.") and logged.
 */
export function createMaskError(transactionTimeoutMs: number | undefined): MaskError {
  return (error, message, isDev) => {
    const failure = databaseFailure(error);
    const located = error instanceof GraphQLError ? error : undefined;
    const options = { nodes: located?.nodes, path: located?.path };
    if (failure === 'unavailable') {
      return new GraphQLError('The database is unavailable; try again shortly.', {
        ...options,
        extensions: {
          code: 'DATABASE_UNAVAILABLE',
          http: { status: 503, headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
        },
      });
    }
    if (failure === 'timeout') {
      const limit = transactionTimeoutMs ? ` of ${transactionTimeoutMs} ms` : '';
      return new GraphQLError(
        `The query ran past the time limit${limit} and was stopped: ask for less (a smaller depth, limit or first).`,
        { ...options, extensions: { code: 'QUERY_TIMEOUT', timeoutMs: transactionTimeoutMs } },
      );
    }
    return yogaMaskError(error, message, isDev);
  };
}
