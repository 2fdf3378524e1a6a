// ESLint flat config: correctness, import cycles and unused code. Formatting is Prettier's job
// (.prettierrc.json), so no stylistic rules here; `npm run lint` runs both.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Bundles are generated; .bench/ and .tools/ hold benchmark trees and the Node 24 binary.
  { ignores: ['dist/', 'harness/bundle/', 'coverage/', '.bench/', '.tools/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports only into files with these extensions, parsed as TypeScript...
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // ...and the sources import `./x.js` for `./x.ts` (NodeNext), which this resolver maps.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      // Type-only imports are erased at runtime, so no-cycle does not follow them.
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // Unused code. A leading underscore marks a parameter or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      'no-unused-private-class-members': 'error',
      'no-useless-assignment': 'error',
    },
  },
);
