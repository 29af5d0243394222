import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../../src/schema/index.ts';

describe('schema/schema.graphql', () => {
  it('is the printed SDL of the current schema (run `npm run schema:print` after changing it)', () => {
    const onDisk = readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(onDisk).toBe(printedSchema());
  });
});
