import { describe, expect, it } from 'vitest';
import { cypherStatements } from '../../src/neo4j/cypher.ts';
import { ENTITY_KINDS } from '../../src/model/kinds.ts';
import { RELATION_TYPE_NAMES } from '../../src/model/relations.ts';
import { applySchema, fullTextShape } from '../../src/neo4j/schema.ts';
import { testDatabase } from '../helpers/db.ts';

describe('cypher/schema.cypher', () => {
  it('has a unique-key constraint for every entity label', () => {
    const text = cypherStatements('schema.cypher').join('\n');
    for (const { label } of Object.values(ENTITY_KINDS)) {
      expect(text).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.key IS UNIQUE`));
    }
  });

  it('applies to Neo4j twice without error and leaves the full-text indexes online', async () => {
    const db = testDatabase();
    try {
      await applySchema(db);
      await applySchema(db);
      const rows = await db.read<{ name: string; state: string; analyzer: string }>(
        `SHOW FULLTEXT INDEXES YIELD name, state, options
         RETURN name, state, options.indexConfig['fulltext.analyzer'] AS analyzer ORDER BY name`,
      );
      expect(rows).toEqual([
        { name: 'entity_search_en', state: 'ONLINE', analyzer: 'standard-folding' },
        { name: 'entity_search_zh', state: 'ONLINE', analyzer: 'cjk' },
        { name: 'entity_text_en', state: 'ONLINE', analyzer: 'english' },
        { name: 'entity_text_zh', state: 'ONLINE', analyzer: 'cjk' },
        { name: 'relationship_sources', state: 'ONLINE', analyzer: 'keyword' },
      ]);
      // Paragraph.facts is complete only if the index covers every relationship type.
      const [sources] = await db.read<{ types: string[]; entityType: string }>(
        `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, entityType WHERE name = 'relationship_sources'
         RETURN labelsOrTypes AS types, entityType`,
      );
      expect(sources!.entityType).toBe('RELATIONSHIP');
      expect([...sources!.types].sort()).toEqual([...RELATION_TYPE_NAMES].sort());
      const constraints = await db.read<{ n: number }>('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
      expect(constraints[0]!.n).toBe(Object.keys(ENTITY_KINDS).length + 2);
    } finally {
      await db.close();
    }
  });

  it('reads the shape of each full-text index statement', () => {
    const shapes = cypherStatements('schema.cypher')
      .map(fullTextShape)
      .filter((shape) => shape !== null);
    expect(shapes.map((shape) => shape.name).sort()).toEqual([
      'entity_search_en',
      'entity_search_zh',
      'entity_text_en',
      'entity_text_zh',
      'relationship_sources',
    ]);
    expect(shapes.find((shape) => shape.name === 'relationship_sources')).toEqual({
      name: 'relationship_sources',
      labelsOrTypes: [...RELATION_TYPE_NAMES].sort(),
      properties: ['sources'],
    });
  });

  it('builds again a full-text index whose definition changed since a database was made', async () => {
    const db = testDatabase();
    try {
      // As a database made before a relation type was added has it.
      await db.write('DROP INDEX relationship_sources IF EXISTS');
      await db.write(
        `CREATE FULLTEXT INDEX relationship_sources FOR ()-[r:MENTIONS|CITES]-() ON EACH [r.sources]
         OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'keyword' } }`,
      );
      await applySchema(db);
      const [sources] = await db.read<{ types: string[]; state: string }>(
        `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, state WHERE name = 'relationship_sources'
         RETURN labelsOrTypes AS types, state`,
      );
      expect(sources!.state).toBe('ONLINE');
      expect([...sources!.types].sort()).toEqual([...RELATION_TYPE_NAMES].sort());
    } finally {
      await db.close();
    }
  });

  it('serves a name filter in either language from the text indexes, not a scan of every entity', async () => {
    const db = testDatabase();
    const session = db.driver.session({ database: db.name });
    try {
      await applySchema(db);
      await db.write('CALL db.awaitIndexes(60)');
      // The condition the query layer writes for `name: { contains }` (src/graph/compile/filters.ts).
      const { summary } = await session.run(
        'EXPLAIN MATCH (n:Entity) WHERE n.nameEnFold CONTAINS $en OR n.nameZh CONTAINS $zh RETURN n',
        { en: 'judicial', zh: '司法' },
      );
      const operators: string[] = [];
      const walk = (plan: {
        operatorType: string;
        arguments: Record<string, unknown>;
        children: never[];
      }) => {
        operators.push(`${plan.operatorType.split('@')[0]} ${String(plan.arguments.Details ?? '')}`);
        plan.children.forEach(walk);
      };
      walk(summary.plan as never);
      expect(operators.some((line) => line.startsWith('NodeByLabelScan'))).toBe(false);
      expect(operators).toContainEqual(
        expect.stringMatching(/^NodeIndexContainsScan TEXT INDEX n:Entity\(nameEnFold\)/),
      );
      expect(operators).toContainEqual(
        expect.stringMatching(/^NodeIndexContainsScan TEXT INDEX n:Entity\(nameZh\)/),
      );
    } finally {
      await session.close();
      await db.close();
    }
  });
});
