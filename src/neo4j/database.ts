import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';

export type Params = Record<string, unknown>;

/** Counts the Cypher statements one unit of work (a GraphQL request, a load) sends to Neo4j. */
export interface QueryCounter {
  count: number;
}

export interface DatabaseOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Server-side limit on each transaction; Neo4j aborts a query that runs longer. */
  transactionTimeoutMs?: number;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * How long a read keeps retrying a transient failure (a cluster member leaving, a restart) before the
 * request fails: long enough for a routing table refresh, short enough that a client hears about an
 * outage in about a second rather than after the driver's retry budget.
 */
export const READ_RETRY_MS = 1_000;

/** Neo4j is not there (stopped, unreachable, shutting down), as opposed to a query that failed. */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === neo4j.error.SERVICE_UNAVAILABLE ||
    code === neo4j.error.SESSION_EXPIRED ||
    code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    (error instanceof Error && error.message.startsWith('Connection acquisition timed out'))
  );
}

/**
 * Runs `start` with stack capture off. The driver records the caller's stack for every statement, to
 * attach it to an error that may come back; every read starts here, so that stack would only ever name
 * this file, and capturing it costs about a twentieth of a request's time.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The one place that talks to Neo4j. Reads run in read-access sessions routed to readers, so a cluster
 * behind a `neo4j://` URI can serve them from followers (and Neo4j refuses a write there); writes through
 * write transactions.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly uri: string;
  private readonly timeoutMs: number | undefined;
  /** Set when a read gave up on an unavailable database: later reads try once, and fail at once. */
  private away = false;

  constructor(options: DatabaseOptions) {
    const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when the database is away instead of queueing requests for a minute.
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
    });
    this.name = options.database;
    this.uri = options.uri;
    this.timeoutMs = options.transactionTimeoutMs;
  }

  /**
   * A read in an auto-commit read transaction (routed to readers), retried for at most READ_RETRY_MS. While
   * the database is known to be away, a read tries once: requests fail in milliseconds during an outage,
   * and the first one after Neo4j is back succeeds and clears the state, with no restart.
   */
  async read<T extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
    counter?: QueryCounter,
  ): Promise<T[]> {
    if (counter) counter.count += 1;
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      try {
        const records = await this.readOnce(query, params);
        this.away = false;
        return records.map((record) => record.toObject() as T);
      } catch (error) {
        const retry = !this.away && neo4j.isRetryableError(error) && Date.now() - started < READ_RETRY_MS;
        if (!retry) {
          if (isUnavailable(error)) this.away = true;
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  private async readOnce(query: string, params: Params) {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
      // Causally after the writes made through `write` (as executeQuery reads were).
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await withoutCallerStack(() =>
        session.run(query, params, this.timeoutMs ? { timeout: this.timeoutMs } : {}),
      );
      return result.records;
    } finally {
      await session.close();
    }
  }

  async write<T extends RecordShape = RecordShape>(query: string, params: Params = {}) {
    const result = await this.driver.executeQuery(query, params, {
      database: this.name,
      routing: neo4j.routing.WRITE,
    });
    return result.records.map((record) => record.toObject() as T);
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Resolves when Neo4j answers a query; used by `/ready` and at start-up. One try, so it answers fast. */
  async ping(): Promise<void> {
    try {
      await this.readOnce('RETURN 1 AS ok', {});
      this.away = false;
    } catch (error) {
      if (isUnavailable(error)) this.away = true;
      throw new DatabaseUnavailableError(`Neo4j at ${this.uri} does not answer: ${(error as Error).message}`);
    }
  }

  async waitUntilAvailable(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
