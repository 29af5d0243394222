import { z } from 'zod';

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

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: optionalText,
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
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
  return result.data;
}
