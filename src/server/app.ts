import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { ConfigError, isProduction, type Env } from '../config/env.ts';
import { useExplorer } from '../explorer/plugin.ts';
import { useExports } from '../exports/plugin.ts';
import { usePages } from '../pages/plugin.ts';
import type { Database } from '../neo4j/database.ts';
import { createContext, type Context } from '../schema/context.ts';
import { schema } from '../schema/index.ts';
import {
  DEFAULT_LIMITS,
  DEFAULT_OPERATION_LIMITS,
  type Limits,
  type OperationLimits,
} from '../schema/limits.ts';
import { useBodyLimit } from './plugins/bodyLimit.ts';
import { createMaskError } from './plugins/errors.ts';
import { readApiKeys } from './plugins/client.ts';
import { useJit } from './plugins/jit.ts';
import { createCostEstimate, useCostLimit, useShapeLimits } from './plugins/limits.ts';
import { useOperationCheck } from './plugins/operation.ts';
import { readPersistedOperations, usePersisted, type PersistedOperations } from './plugins/persisted.ts';
import { useQueryCount } from './plugins/queryCount.ts';
import { DEFAULT_RATE_LIMIT, useRateLimit, type RateLimitOptions } from './plugins/rateLimit.ts';
import {
  REQUEST_ID_HEADER,
  jsonLogger,
  stdoutSink,
  useRequestLog,
  type LogSink,
} from './plugins/requestLog.ts';

/** What the server offers and allows; `configFromEnv` reads it from the environment. */
export interface ServerConfig {
  graphiql: boolean;
  introspection: boolean;
  /** Require a custom header on requests a browser would send without a CORS preflight (GET, forms). */
  csrfPrevention: boolean;
  /** Origins allowed to call the API from a browser: `['*']` for any, `[]` for none (same origin only). */
  corsOrigins: string[];
  maxBodyBytes: number;
  /** One JSON line per request on the log sink. */
  requestLog: boolean;
  persisted: PersistedOperations | undefined;
  limits: Limits;
  operationLimits: OperationLimits;
  /** Named in the error a timed-out query gets; the Database enforces it. */
  transactionTimeoutMs: number | undefined;
  /** The origin the pages are published at, for their permanent addresses; unset: each request's own. */
  publicUrl: string | undefined;
  /** Per-client budgets; undefined: none. */
  rateLimit: RateLimitOptions | undefined;
  /**
   * Execute each parsed document through a function compiled for it (graphql-jit) instead of graphql-js.
   * Off by default: the benchmark measures graphql-js as fast or faster on most operations.
   */
  jit: boolean;
}

/** Defaults for development and tests: everything open, every limit on. */
export const DEVELOPMENT_CONFIG: ServerConfig = {
  graphiql: true,
  introspection: true,
  csrfPrevention: false,
  corsOrigins: ['*'],
  maxBodyBytes: 100_000,
  requestLog: false,
  persisted: undefined,
  limits: DEFAULT_LIMITS,
  operationLimits: DEFAULT_OPERATION_LIMITS,
  transactionTimeoutMs: undefined,
  publicUrl: undefined,
  rateLimit: undefined,
  jit: false,
};

/** The per-client budgets the environment asks for (on by default in production). */
function rateLimitFromEnv(env: Env, production: boolean): RateLimitOptions | undefined {
  if (!(env.COOPGRAPH_RATE_LIMIT ?? production)) return undefined;
  const cost = env.COOPGRAPH_RATE_LIMIT_COST ?? DEFAULT_RATE_LIMIT.cost;
  if (cost < env.COOPGRAPH_MAX_COST) {
    throw new ConfigError(
      `invalid configuration: COOPGRAPH_RATE_LIMIT_COST: ${cost} is less than COOPGRAPH_MAX_COST ` +
        `(${env.COOPGRAPH_MAX_COST}): an operation the cost limit allows must fit in a client's budget`,
    );
  }
  let keys: Set<string> | undefined;
  if (env.COOPGRAPH_RATE_LIMIT_KEYS_FILE) {
    try {
      keys = readApiKeys(env.COOPGRAPH_RATE_LIMIT_KEYS_FILE);
    } catch (error) {
      throw new ConfigError(
        `invalid configuration: COOPGRAPH_RATE_LIMIT_KEYS_FILE: ${(error as Error).message}`,
      );
    }
  }
  return {
    windowMs: env.COOPGRAPH_RATE_LIMIT_WINDOW_MS ?? DEFAULT_RATE_LIMIT.windowMs,
    requests: env.COOPGRAPH_RATE_LIMIT_REQUESTS ?? DEFAULT_RATE_LIMIT.requests,
    cost,
    keyHeader: env.COOPGRAPH_RATE_LIMIT_KEY_HEADER,
    keys,
    trustedProxies: env.COOPGRAPH_TRUSTED_PROXIES ?? [],
  };
}

export function configFromEnv(env: Env): ServerConfig {
  const production = isProduction(env);
  return {
    graphiql: env.COOPGRAPH_GRAPHIQL ?? !production,
    introspection: env.COOPGRAPH_INTROSPECTION ?? !production,
    csrfPrevention: env.COOPGRAPH_CSRF_PREVENTION ?? production,
    corsOrigins: env.COOPGRAPH_CORS_ORIGINS ?? (production ? [] : ['*']),
    maxBodyBytes: env.COOPGRAPH_MAX_BODY_BYTES,
    requestLog: env.COOPGRAPH_REQUEST_LOG ?? production,
    persisted: env.COOPGRAPH_PERSISTED_OPERATIONS
      ? {
          operations: readPersistedOperations(env.COOPGRAPH_PERSISTED_OPERATIONS, schema),
          only: env.COOPGRAPH_PERSISTED_ONLY ?? false,
        }
      : undefined,
    limits: {
      maxFirst: env.COOPGRAPH_MAX_FIRST,
      maxRelations: env.COOPGRAPH_MAX_RELATIONS,
      maxDepth: env.COOPGRAPH_MAX_NEIGHBORHOOD_DEPTH,
      maxNodes: env.COOPGRAPH_MAX_NODES,
      maxPathLength: env.COOPGRAPH_MAX_PATH_LENGTH,
      maxPaths: env.COOPGRAPH_MAX_PATHS,
      maxKeys: env.COOPGRAPH_MAX_KEYS,
      maxSearchText: env.COOPGRAPH_MAX_SEARCH_TEXT,
      maxWhereDepth: env.COOPGRAPH_MAX_WHERE_DEPTH,
    },
    operationLimits: {
      maxTokens: env.COOPGRAPH_MAX_TOKENS,
      maxQueryDepth: env.COOPGRAPH_MAX_QUERY_DEPTH,
      maxAliases: env.COOPGRAPH_MAX_ALIASES,
      maxDirectives: env.COOPGRAPH_MAX_DIRECTIVES,
      maxCost: env.COOPGRAPH_MAX_COST,
    },
    transactionTimeoutMs: env.NEO4J_TRANSACTION_TIMEOUT_MS,
    publicUrl: env.COOPGRAPH_PUBLIC_URL,
    rateLimit: rateLimitFromEnv(env, production),
    jit: env.COOPGRAPH_JIT ?? DEVELOPMENT_CONFIG.jit,
  };
}

export interface AppOptions extends Partial<ServerConfig> {
  db: Database;
  /** Where JSON log lines go (request lines and Yoga's own); default stdout when request logs are on. */
  log?: LogSink;
}

export type App = YogaServerInstance<Record<string, unknown>, Context>;

const GRAPHIQL_QUERY = `# coopgraph: the knowledge graph of UN reports on international cooperation
{
  database {
    version
    nodeCount
    relationshipCount
    reports
  }
}
`;

/**
 * The GraphQL endpoint with `/health` (the process is alive) and `/ready` (Neo4j answers), and the plugins
 * that read the graph through it: the explorer, the exports and the reading pages.
 */
export function createApp({ db, log, ...given }: AppOptions): App {
  const set = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  const config: ServerConfig = { ...DEVELOPMENT_CONFIG, ...set };
  const sink = log ?? (config.requestLog ? stdoutSink : undefined);
  const estimateCost = createCostEstimate();
  const plugins: (Plugin<Context> | Plugin)[] = [
    useRequestLog(config.requestLog ? sink : undefined),
    useReadinessCheck({
      endpoint: '/ready',
      check: async () => {
        await db.ping();
      },
    }),
    useExplorer(),
    useExports(),
    usePages({ publicUrl: config.publicUrl }),
    useBodyLimit(config.maxBodyBytes),
    useOperationCheck(),
    useShapeLimits(config.operationLimits, !config.introspection),
    useCostLimit(config.operationLimits.maxCost, estimateCost),
  ];
  // After the cost limit: an operation it refuses is not charged to the client.
  if (config.rateLimit) plugins.push(useRateLimit(estimateCost, config.rateLimit));
  plugins.push(useQueryCount());
  if (config.csrfPrevention) plugins.push(useCSRFPrevention());
  if (!config.introspection) plugins.push(useDisableIntrospection() as Plugin);
  if (config.persisted) plugins.push(usePersisted(config.persisted));
  if (config.jit) plugins.push(useJit());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(db, config.limits),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: config.graphiql ? { title: 'coopgraph', defaultQuery: GRAPHIQL_QUERY } : false,
    cors:
      config.corsOrigins.length === 0
        ? false
        : {
            origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
            // The API has no cookies or sessions: a browser never needs to send credentials.
            credentials: false,
            exposedHeaders: [REQUEST_ID_HEADER],
          },
    // Enforced by useBodyLimit, which leaves a body of declared length untouched.
    maxRequestBodySize: false,
    maskedErrors: { maskError: createMaskError(config.transactionTimeoutMs) },
    logging: sink ? jsonLogger(sink) : true,
    plugins,
  });
}
