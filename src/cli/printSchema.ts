import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../neo4j/local/paths.ts';
import { printedSchema } from '../schema/index.ts';

/** Writes the printed SDL to schema/schema.graphql; a test fails when that file is stale. */
const target = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');
writeFileSync(target, printedSchema());
console.error(`coopgraph: wrote ${path.relative(process.cwd(), target)}`);
