import { configDefaults, defineConfig } from 'vitest/config';

/** Unit tests need neither Neo4j nor a browser; everything else under tests/ is an integration test. */
const UNIT_TESTS = 'tests/unit/**/*.test.ts';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for the libraries; point our own imports at the same file so
    // that one graphql instance exists (Vite would otherwise pick the .mjs entry).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [UNIT_TESTS],
          // Pure tests share nothing but their imports, which then load once per worker, not per file.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, UNIT_TESTS],
          globalSetup: ['tests/setup/neo4j.ts'],
          // Test files share one Neo4j database (Community has one), so they run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
