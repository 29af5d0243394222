import { print, type ExecutionResult } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { configFromEnv, createApp, Database, readEnv, schema, sourceMaps, type App } from './shipped.ts';
import { counted, neo4jSettings, serve, type Counters } from '../serve.ts';

/**
 * coopgraph itself: `createApp` from src/server/app.ts as it ships (the compiled build in dist/), in its
 * production configuration, on node:http. With BENCH_OTHER_EXECUTOR=1, with the other executor
 * (graphql-js or graphql-jit, whichever the configuration does not choose).
 *
 * With BENCH_RESPONSE_CACHE=1, @graphql-yoga/plugin-response-cache sits in front of it: a Yoga server
 * with coopgraph's schema (to parse and validate) and the cache, whose execution hands each miss to the
 * unchanged coopgraph app, so every answer still comes from createApp. createApp takes no extra
 * plugins, hence this composition.
 */
function withResponseCache(app: App): ReturnType<typeof createYoga> {
  const forward: Plugin = {
    onExecute({ setExecuteFn }) {
      setExecuteFn(async (args) => {
        const response = await app.fetch('http://coopgraph.bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: print(args.document),
            variables: args.variableValues,
            operationName: args.operationName,
          }),
        });
        return (await response.json()) as ExecutionResult;
      });
    },
  };
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    // The forwarding plugin first, so that the cache wraps it (envelop chains execute functions in order).
    plugins: [forward, useResponseCache({ session: () => null, ttl: 3_600_000 })],
  });
}

const settings = neo4jSettings();
const counters: Counters = { queries: 0, running: 0 };
const db = new Database(settings);
// Every statement of a request goes through Database.read; counting there gives the process total.
const read = db.read.bind(db);
db.read = ((...args: Parameters<Database['read']>) =>
  counted(counters, () => read(...args))) as Database['read'];

// The production configuration (NODE_ENV=production) without the request log: the other servers log
// nothing either.
// Per-client budgets off too: the benchmark's load generator is one client asking far beyond any budget.
const env = readEnv({
  ...process.env,
  NODE_ENV: 'production',
  COOPGRAPH_REQUEST_LOG: 'false',
  COOPGRAPH_RATE_LIMIT: 'false',
});
process.setSourceMapsEnabled(sourceMaps(env));
const config = configFromEnv(env);
// BENCH_OTHER_EXECUTOR=1: the executor the configuration does not choose, for comparison in one run.
const app = createApp({
  db,
  ...config,
  jit: process.env.BENCH_OTHER_EXECUTOR === '1' ? !config.jit : config.jit,
});
const handler = process.env.BENCH_RESPONSE_CACHE === '1' ? withResponseCache(app) : app;
await serve(handler, counters, () => db.close());
