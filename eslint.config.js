// @ts-check
// `npm run lint`: every TypeScript file and template. The app gets angular-eslint (with the
// template accessibility rules) and the NgRx plugin; the mock API, e2e and CI scripts get
// typescript-eslint. Formatting is Prettier's job (`npm run format:check`), not ESLint's.
import eslint from '@eslint/js';
import ngrx from '@ngrx/eslint-plugin';
import angular from 'angular-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    'out-tsc/',
    '.angular/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    'e2e/screenshots/',
    'mock-api/data/',
  ]),
  {
    name: 'portal/typescript',
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      // Type information for the rules that need it (the NgRx effects rules).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    name: 'portal/app',
    files: ['src/**/*.ts'],
    extends: [
      angular.configs.tsRecommended,
      ngrx.configs.store,
      ngrx.configs.effectsTypeChecked,
      ngrx.configs.operators,
    ],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
    },
  },
  {
    // Eager code (shell, login, guards) takes values from their own files in src/domain: through the
    // index.ts barrel the login page would download every rule the later pages use.
    name: 'portal/eager-domain-imports',
    files: ['src/app/core/**/*.ts', 'src/app/app*.ts', 'src/main.ts'],
    ignores: ['**/*.spec.ts', '**/*.spec-util.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'domain/index\\.ts$',
              allowTypeImports: true,
              message: 'Import values from their own file in src/domain (login bundle size).',
            },
          ],
        },
      ],
    },
  },
  {
    // The journeys take `test` from the fixtures, which fail a test on any CSP violation.
    name: 'portal/e2e',
    files: ['e2e/tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              message: "Import test and expect from '../support/fixtures' (CSP guard).",
            },
          ],
        },
      ],
    },
  },
  {
    name: 'portal/templates',
    files: ['src/**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
  },
  {
    name: 'portal/node-scripts',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [eslint.configs.recommended],
    languageOptions: {
      globals: {
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        console: 'readonly',
      },
    },
  },
);
