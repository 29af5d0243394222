import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Database } from '../neo4j/database.ts';
import { createContext, type Context } from '../schema/context.ts';
import { schema } from '../schema/index.ts';
import { useQueryCount } from './plugins/queryCount.ts';

export interface AppOptions {
  db: Database;
  graphiql?: boolean;
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

/** The GraphQL endpoint with `/health` (the process is alive) and `/ready` (Neo4j answers). */
export function createApp({ db, graphiql = true }: AppOptions): App {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(db),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: graphiql ? { title: 'coopgraph', defaultQuery: GRAPHIQL_QUERY } : false,
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await db.ping();
        },
      }),
      useQueryCount(),
    ],
  });
}
