import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS entry for the libraries; point our own imports at the same file so
    // that one graphql instance exists (Vite would otherwise pick the .mjs entry).
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    // Test files share one Neo4j database (Community has one), so they run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
