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
 * The one place that talks to Neo4j. Reads go through read transactions routed to readers, so a cluster
 * behind a `neo4j://` URI can serve them from followers; writes through write transactions.
 */
export class Database {
  readonly driver: Driver;
  readonly name: string;
  readonly uri: string;
  private readonly timeoutMs: number | undefined;

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

  async read<T extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
    counter?: QueryCounter,
  ) {
    if (counter) counter.count += 1;
    const result = await this.driver.executeQuery(query, params, {
      database: this.name,
      routing: neo4j.routing.READ,
      transactionConfig: this.timeoutMs ? { timeout: this.timeoutMs } : undefined,
    });
    return result.records.map((record) => record.toObject() as T);
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

  /** Resolves when Neo4j answers a query; used by `/ready` and at start-up. */
  async ping(): Promise<void> {
    try {
      await this.read('RETURN 1 AS ok');
    } catch (error) {
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
