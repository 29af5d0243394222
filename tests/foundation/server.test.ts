import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';
import { freePort } from '../../src/neo4j/local/process.ts';
import { applySchema } from '../../src/neo4j/schema.ts';
import { createApp } from '../../src/server/app.ts';
import { testDatabase } from '../helpers/db.ts';
import { gql } from '../helpers/graphql.ts';

describe('server over a real Neo4j', () => {
  const db = testDatabase();
  const app = createApp({ db });
  afterAll(() => db.close());

  it('answers the database field from Neo4j itself', async () => {
    await applySchema(db);
    await db.write('CREATE (:HealthProbe {at: timestamp()})');
    const res = await gql<{ database: { version: string; edition: string; nodeCount: number } }>(
      app,
      '{ database { version edition nodeCount relationshipCount } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.database.version).toMatch(/^5\.26\./);
    expect(res.data!.database.edition).toBe('community');
    const [row] = await db.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(res.data!.database.nodeCount).toBe(row!.n);
    expect(res.extensions?.cypherQueries).toBe(1);
    await db.write('MATCH (n:HealthProbe) DELETE n');
  });

  it('serves /health and /ready', async () => {
    expect((await app.fetch('http://coopgraph.test/health')).status).toBe(200);
    expect((await app.fetch('http://coopgraph.test/ready')).status).toBe(200);
  });

  it('answers /ready with 503 while Neo4j is unreachable, and /health with 200', async () => {
    const away = new Database({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      username: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const down = createApp({ db: away });
    try {
      expect((await down.fetch('http://coopgraph.test/ready')).status).toBe(503);
      expect((await down.fetch('http://coopgraph.test/health')).status).toBe(200);
    } finally {
      await away.close();
    }
  });

  it('offers GraphiQL to browsers', async () => {
    const res = await app.fetch('http://coopgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('coopgraph');
  });
});
