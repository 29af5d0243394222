import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_LIMITS as A, DEFAULT_OPERATION_LIMITS as O } from './limits.ts';

/**
 * Every setting coopgraph reads from the environment, validated once at start-up. An invalid value stops
 * the process with a message naming the variable; nothing downstream reads `process.env` again.
 */
const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const positive = (max: number) => z.coerce.number().int().min(1).max(max);
/** `true`/`false` (or 1/0, yes/no, on/off); unset leaves the default, which may depend on NODE_ENV. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off', ''], {
    error: 'true or false',
  })
  .transform((value) => (value === '' ? undefined : ['true', '1', 'yes', 'on'].includes(value)))
  .optional();
/** A comma-separated list of origins such as `https://a.example`, or `*` for any. */
const origins = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter((origin) => origin !== ''),
  )
  .pipe(
    z.array(
      z.string().refine((origin) => origin === '*' || /^https?:\/\/[^/\s]+$/.test(origin), {
        error: 'a comma-separated list of origins (scheme://host[:port]) or *',
      }),
    ),
  )
  .optional();
/** A comma-separated list of IP addresses or CIDR ranges, such as `10.0.0.0/8,::1`. */
const addresses = z
  .string()
  .trim()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .pipe(
    z.array(
      z.string().refine(
        (entry) => {
          const [address = '', prefix] = entry.split('/');
          const family = isIP(address);
          if (family === 0) return false;
          return (
            prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128))
          );
        },
        { error: 'a comma-separated list of IP addresses or CIDR ranges (10.0.0.0/8, ::1)' },
      ),
    ),
  )
  .optional();
/** An HTTP header name. */
const headerName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'an HTTP header name such as x-api-key')
  .transform((value) => value.toLowerCase())
  .optional();

/** An origin, `scheme://host[:port]`, as the pages are published at. */
const publicOrigin = z
  .string()
  .trim()
  .transform((value) => value.replace(/\/+$/, ''))
  .pipe(z.string().regex(/^https?:\/\/[^/\s]+$/, { error: 'an origin, scheme://host[:port]' }))
  .optional();

const EnvSchema = z.object({
  NODE_ENV: optionalText,
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: optionalText,
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_TRANSACTION_TIMEOUT_MS: positive(600_000).default(5_000),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_DIR: z.string().default('.neo4j'),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'a JVM size such as 1g or 512m')
    .default('1g'),
  NEO4J_LOCAL_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, 'a size such as 512m')
    .default('512m'),
  NEO4J_LOCAL_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  COOPGRAPH_LOAD: z.enum(['auto', 'always', 'never']).default('auto'),

  // What the server offers; the defaults follow NODE_ENV (see docs/production.md).
  COOPGRAPH_GRAPHIQL: flag,
  COOPGRAPH_INTROSPECTION: flag,
  COOPGRAPH_CSRF_PREVENTION: flag,
  COOPGRAPH_REQUEST_LOG: flag,
  COOPGRAPH_SOURCE_MAPS: flag,
  COOPGRAPH_JIT: flag,
  COOPGRAPH_CORS_ORIGINS: origins,
  COOPGRAPH_PUBLIC_URL: publicOrigin,
  COOPGRAPH_MAX_BODY_BYTES: positive(100_000_000).default(100_000),
  COOPGRAPH_PERSISTED_OPERATIONS: optionalText,
  COOPGRAPH_PERSISTED_ONLY: flag,

  // Per-client budgets (src/server/plugins/rateLimit.ts has the defaults; docs/production.md).
  COOPGRAPH_RATE_LIMIT: flag,
  COOPGRAPH_RATE_LIMIT_WINDOW_MS: positive(86_400_000).optional(),
  COOPGRAPH_RATE_LIMIT_REQUESTS: positive(1_000_000_000).optional(),
  COOPGRAPH_RATE_LIMIT_COST: positive(1_000_000_000_000).optional(),
  COOPGRAPH_RATE_LIMIT_KEY_HEADER: headerName,
  COOPGRAPH_RATE_LIMIT_KEYS_FILE: optionalText,
  COOPGRAPH_TRUSTED_PROXIES: addresses,

  // Limits on one operation (src/schema/limits.ts).
  COOPGRAPH_MAX_TOKENS: positive(1_000_000).default(O.maxTokens),
  COOPGRAPH_MAX_QUERY_DEPTH: positive(1_000).default(O.maxQueryDepth),
  COOPGRAPH_MAX_ALIASES: positive(10_000).default(O.maxAliases),
  COOPGRAPH_MAX_DIRECTIVES: positive(10_000).default(O.maxDirectives),
  COOPGRAPH_MAX_COST: positive(1_000_000_000).default(O.maxCost),
  // Limits on the arguments of fields.
  COOPGRAPH_MAX_FIRST: positive(10_000).default(A.maxFirst),
  COOPGRAPH_MAX_RELATIONS: positive(100_000).default(A.maxRelations),
  COOPGRAPH_MAX_NEIGHBORHOOD_DEPTH: positive(10).default(A.maxDepth),
  COOPGRAPH_MAX_NODES: positive(100_000).default(A.maxNodes),
  COOPGRAPH_MAX_PATH_LENGTH: positive(32).default(A.maxPathLength),
  COOPGRAPH_MAX_PATHS: positive(100).default(A.maxPaths),
  COOPGRAPH_MAX_KEYS: positive(10_000).default(A.maxKeys),
  COOPGRAPH_MAX_SEARCH_TEXT: positive(10_000).default(A.maxSearchText),
  COOPGRAPH_MAX_WHERE_DEPTH: positive(10).default(A.maxWhereDepth),
});

export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const env = result.data;
  if (env.COOPGRAPH_PERSISTED_ONLY && !env.COOPGRAPH_PERSISTED_OPERATIONS) {
    throw new ConfigError(
      'invalid configuration: COOPGRAPH_PERSISTED_ONLY: needs COOPGRAPH_PERSISTED_OPERATIONS (the file of operations to allow)',
    );
  }
  if (env.COOPGRAPH_RATE_LIMIT_KEYS_FILE && !env.COOPGRAPH_RATE_LIMIT_KEY_HEADER) {
    throw new ConfigError(
      'invalid configuration: COOPGRAPH_RATE_LIMIT_KEYS_FILE: needs COOPGRAPH_RATE_LIMIT_KEY_HEADER (the header that carries the key)',
    );
  }
  return env;
}

/** Production mode: masked details, no GraphiQL or introspection, CSRF checks and request logs by default. */
export const isProduction = (env: Env): boolean => env.NODE_ENV === 'production';

/**
 * Whether stack traces are mapped back to the TypeScript source: a source-map lookup per frame each time
 * a stack is read, and the Neo4j driver reads one for every statement, so only while developing.
 */
export const sourceMaps = (env: Env): boolean => env.COOPGRAPH_SOURCE_MAPS ?? !isProduction(env);
