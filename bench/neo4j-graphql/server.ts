import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { counted, neo4jSettings, serve, type Counters } from '../serve.ts';
import { typeDefs } from './typeDefs.ts';

/**
 * The same graph served by @neo4j/graphql under graphql-yoga, with the library's defaults: what a Neo4j
 * user would run instead of coopgraph. The driver is wrapped to count the Cypher statements the library
 * sends (it runs each through `session.executeRead`/`executeWrite`, or `session.run`).
 */
function countingDriver(driver: Driver, counters: Counters): Driver {
  // The library gets the result itself; the count follows it (a result's promise is shared, so following
  // it reads nothing twice), and its failure is the library's to report.
  const watch = <R extends PromiseLike<unknown>>(result: R): R => {
    counted(counters, () => result).catch(() => undefined);
    return result;
  };
  const openSession = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const session: Session = openSession(config);
    const run = session.run.bind(session);
    session.run = ((...args: Parameters<Session['run']>) => watch(run(...args))) as Session['run'];
    for (const method of ['executeRead', 'executeWrite'] as const) {
      const execute = session[method].bind(session);
      session[method] = ((work, transactionConfig) =>
        execute((tx) => {
          const txRun = tx.run.bind(tx);
          tx.run = ((...args: Parameters<typeof tx.run>) => watch(txRun(...args))) as typeof tx.run;
          return work(tx);
        }, transactionConfig)) as Session[typeof method];
    }
    return session;
  }) as Driver['session'];
  return driver;
}

const settings = neo4jSettings();
const counters: Counters = { queries: 0, running: 0 };
const driver = countingDriver(
  neo4j.driver(
    settings.uri,
    settings.password ? neo4j.auth.basic(settings.username, settings.password) : undefined,
  ),
  counters,
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  context: { sessionConfig: { database: settings.database } },
});
await serve(yoga, counters, () => driver.close());
