import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_PAGE, readExamples, renderExamplesPage } from '../../src/cli/examples.ts';
import { useReportApp } from '../helpers/api.ts';

const { query } = useReportApp();

describe('docs/queries.md', () => {
  it('holds every example with the output the server gives now (run `npm run docs:examples` when not)', async () => {
    const results = [];
    for (const example of readExamples()) {
      const response = await query(example.query);
      expect(response.errors, example.file).toBeUndefined();
      results.push({ example, output: response.data });
    }
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(EXAMPLES_PAGE, 'utf8')).toBe(renderExamplesPage(results));
  });
});
