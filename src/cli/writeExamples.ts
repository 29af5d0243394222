import { writeFileSync } from 'node:fs';
import { readEnv } from '../config/env.ts';
import { loadReports } from '../load/loadReports.ts';
import { connect } from '../neo4j/connect.ts';
import { createApp } from '../server/app.ts';
import { EXAMPLES_PAGE, readExamples, renderExamplesPage } from './examples.ts';
import { describeFailure } from './failure.ts';

/** Runs every example query against the report graph and writes docs/queries.md with the answers. */
async function main(): Promise<void> {
  const connection = await connect(readEnv());
  try {
    await loadReports(connection.db, { log: () => undefined });
    const app = createApp({ db: connection.db });
    const results = [];
    for (const example of readExamples()) {
      const response = await app.fetch('http://coopgraph.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      if (body.errors) throw new Error(`${example.file}: ${JSON.stringify(body.errors)}`);
      results.push({ example, output: body.data });
    }
    writeFileSync(EXAMPLES_PAGE, renderExamplesPage(results));
    console.error(`coopgraph: wrote ${EXAMPLES_PAGE} (${results.length} examples)`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
