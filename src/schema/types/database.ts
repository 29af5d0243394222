import { builder } from '../builder.ts';
import { cypher } from '../../neo4j/cypher.ts';
import { read } from '../context.ts';

const DATABASE_INFO = cypher('database-info');

interface DatabaseInfoRow extends Record<string, unknown> {
  version: string;
  edition: string;
  nodes: number;
  relationships: number;
  reports: string[];
}

const DatabaseInfo = builder.simpleObject('DatabaseInfo', {
  description: 'The Neo4j database behind this server, as it answers now.',
  fields: (t) => ({
    name: t.string({ description: 'The Neo4j database name.' }),
    version: t.string({ description: 'Neo4j version.' }),
    edition: t.string({ description: 'Neo4j edition (community or enterprise).' }),
    nodeCount: t.int({ description: 'Nodes in the database.' }),
    relationshipCount: t.int({ description: 'Relationships in the database.' }),
    reports: t.stringList({ description: 'Symbols of the reports loaded into the graph.' }),
  }),
});

builder.queryField('database', (t) =>
  t.field({
    type: DatabaseInfo,
    description: 'What the server is connected to and how much it holds.',
    resolve: async (_root, _args, ctx) => {
      const [row] = await read<DatabaseInfoRow>(ctx, DATABASE_INFO, {});
      return {
        name: ctx.db.name,
        version: row!.version,
        edition: row!.edition,
        nodeCount: row!.nodes,
        relationshipCount: row!.relationships,
        reports: row!.reports,
      };
    },
  }),
);
