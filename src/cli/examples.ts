import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../neo4j/local/paths.ts';

/** The example queries of `docs/examples/`, whose outputs `docs/queries.md` records. */
export const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'docs', 'examples');
export const EXAMPLES_PAGE = path.join(PROJECT_ROOT, 'docs', 'queries.md');

export interface Example {
  file: string;
  title: string;
  query: string;
}

export function readExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      const title = /^#\s*(.+)$/m.exec(query)?.[1] ?? file;
      return { file, title, query };
    });
}

export function renderExamplesPage(results: { example: Example; output: unknown }[]): string {
  const sections = results.map(
    ({ example, output }) =>
      `## ${example.title}\n\n[\`docs/examples/${example.file}\`](examples/${example.file})\n\n` +
      '```graphql\n' +
      example.query.trim() +
      '\n```\n\n' +
      '<details><summary>Output</summary>\n\n```json\n' +
      JSON.stringify(output, null, 2) +
      '\n```\n\n</details>\n',
  );
  return (
    '# Example queries\n\n' +
    'Each query below ran against the graph of CTOC/COP/WG.3/2012/5; the output is what the server answered. ' +
    'The test suite runs every example again and fails when an output here is stale (`npm run docs:examples` rewrites this page).\n\n' +
    sections.join('\n')
  );
}
