import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEnv } from '../config/env.ts';
import { loadReports, type LoadSummary } from '../load/loadReports.ts';
import { connect, type Connection } from '../neo4j/connect.ts';
import { describeFailure } from './failure.ts';

const USAGE = `usage: npm run load -- [--force] [--dir <folder>]...
  --force        reload reports whose data did not change
  --dir <folder> load the data files of this folder (default data/reports); may repeat`;

function printSummary(summary: LoadSummary): void {
  const table = (title: string, counts: Record<string, number>) => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(`${title} (${total})`);
    for (const [name, count] of Object.entries(counts))
      console.log(`  ${name.padEnd(18)} ${String(count).padStart(7)}`);
  };
  console.log(
    `loaded: ${summary.loaded.join(', ') || 'none'}; unchanged: ${summary.unchanged.join(', ') || 'none'}` +
      (summary.removed.length ? `; removed: ${summary.removed.join(', ')}` : ''),
  );
  table('nodes by kind', summary.nodes);
  table('relationships by type', summary.relationships);
  const { relationships, external, verified } = summary.quotes;
  console.log(
    `relationships with a verified quote: ${verified} of the ${relationships - external} the reports state` +
      ` (${external} more from outside the reports carry their source instead)`,
  );
  console.log(`done in ${(summary.ms / 1000).toFixed(2)} s`);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: { force: { type: 'boolean', default: false }, dir: { type: 'string', multiple: true } },
    });
  } catch (error) {
    console.error(`coopgraph: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const env = readEnv();
  let connection: Connection | undefined;
  try {
    connection = await connect(env);
    const summary = await loadReports(connection.db, {
      force: args.values.force,
      dirs: args.values.dir?.map((dir) => path.resolve(dir)),
      prune: !args.values.dir,
    });
    printSummary(summary);
  } finally {
    await connection?.close();
  }
}

main().catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exit(1);
});
