import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'neo4j-local/target/', '.neo4j/', 'dist/', 'src/explorer/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The plugins the server mounts get what they need as options: they import nothing of the server.
    files: ['src/explorer/**', 'src/exports/**', 'src/pages/**', 'src/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'a plugin takes what it needs as options' }] },
      ],
    },
  },
  {
    // The explorer's own modules run in the browser, not in Node.
    files: ['src/explorer/public/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
