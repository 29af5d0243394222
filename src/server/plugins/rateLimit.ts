import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Context } from '../../schema/context.ts';
import { clientIdentifier, UnknownKeyError, type ClientId, type ClientOptions } from './client.ts';
import type { CostEstimate } from './limits.ts';

/** The two budgets a client has in each window. */
export type Budget = 'requests' | 'cost';

export interface RateLimitOptions extends ClientOptions {
  /** Length of the window the budgets are counted in; default 60 000 ms. */
  windowMs?: number;
  /** GraphQL requests a client may make per window; default 600. */
  requests?: number;
  /** Estimated cost (the sum of `extensions.cost`) a client may spend per window; default 2 000 000. */
  cost?: number;
  /**
   * Where a budget's counts live, given its name, points and window. Default: this process's memory
   * (rate-limiter-flexible's RateLimiterMemory), so each replica counts on its own; any other limiter
   * of rate-limiter-flexible (Redis, Postgres…) shares the counts between replicas.
   */
  store?: (budget: Budget, points: number, windowSeconds: number) => RateLimiterAbstract;
}

export const DEFAULT_RATE_LIMIT = { windowMs: 60_000, requests: 600, cost: 2_000_000 } as const;

const memoryStore: NonNullable<RateLimitOptions['store']> = (budget, points, duration) =>
  new RateLimiterMemory({ keyPrefix: budget, points, duration });

function describe(client: ClientId): string {
  return client.by === 'key' ? 'this API key' : `address ${client.id}`;
}

/** 429 with Retry-After, and an error that says which budget ran out and when it refills. */
function overBudget(budget: Budget, client: ClientId, limit: number, windowMs: number, msBeforeNext: number) {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const refillsAt = new Date(Date.now() + msBeforeNext).toISOString();
  const what = budget === 'requests' ? `${limit} requests` : `an estimated cost of ${limit}`;
  return createGraphQLError(
    `Rate limit: the ${budget} budget of ${describe(client)} (${what} per ${windowMs / 1000} s) is spent; ` +
      `it refills in ${retryAfter} s, at ${refillsAt}`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        budget,
        limit,
        windowSeconds: windowMs / 1000,
        retryAfterSeconds: retryAfter,
        refillsAt,
        http: { status: 429, headers: { 'retry-after': String(retryAfter) } },
      },
    },
  );
}

/**
 * Per-client budgets on /graphql: requests per window, counted when a request arrives (before its body
 * is read), and estimated cost per window, charged before an operation runs (an operation that does not
 * fit in what is left is refused, and costs nothing). Beyond either, 429. Requests with no client (in-process
 * calls without a connection) are not counted.
 */
export function useRateLimit(estimate: CostEstimate, options: RateLimitOptions = {}): Plugin<Context> {
  const windowMs = options.windowMs ?? DEFAULT_RATE_LIMIT.windowMs;
  const limits: Record<Budget, number> = {
    requests: options.requests ?? DEFAULT_RATE_LIMIT.requests,
    cost: options.cost ?? DEFAULT_RATE_LIMIT.cost,
  };
  const store = options.store ?? memoryStore;
  const limiters: Record<Budget, RateLimiterAbstract> = {
    requests: store('requests', limits.requests, windowMs / 1000),
    cost: store('cost', limits.cost, windowMs / 1000),
  };
  const identify = clientIdentifier(options);
  const clients = new WeakMap<Request, ClientId>();
  const keyOf = (client: ClientId) => `${client.by}:${client.id}`;

  /** Spends `points` of a budget, or throws the 429 (a refused charge is given back). */
  const charge = async (budget: Budget, client: ClientId, points: number) => {
    try {
      await limiters[budget].consume(keyOf(client), points);
    } catch (refusal) {
      // A store that fails throws an Error: that is not the client's doing, and surfaces as such.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      if (budget === 'cost') await limiters.cost.reward(keyOf(client), points);
      throw overBudget(budget, client, limits[budget], windowMs, refusal.msBeforeNext);
    }
  };

  return {
    async onRequestParse({ request, serverContext }) {
      let client: ClientId | undefined;
      try {
        client = identify(request, serverContext);
      } catch (error) {
        if (!(error instanceof UnknownKeyError)) throw error;
        throw createGraphQLError(error.message, {
          extensions: { code: 'UNKNOWN_API_KEY', http: { status: 401 } },
        });
      }
      if (!client) return;
      clients.set(request, client);
      // A client whose cost budget is spent is refused before its request is even read.
      const spent = await limiters.cost.get(keyOf(client));
      if (spent && spent.remainingPoints <= 0) {
        throw overBudget('cost', client, limits.cost, windowMs, spent.msBeforeNext);
      }
      await charge('requests', client, 1);
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const client = clients.get(args.contextValue.request);
      if (!client) return;
      const cost = estimate(args);
      if (cost === null || cost <= 0) return;
      try {
        await charge('cost', client, cost);
      } catch (error) {
        setResultAndStopExecution({ errors: [error as GraphQLError] });
      }
    },
  };
}
