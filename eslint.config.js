// Lint rules, including the import directions from the house style: shared is pure and imported by
// both sides; inside the renderer only data/ touches Dexie and only graph/ touches Cytoscape.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectronOrNode = [
  {
    group: ['electron', 'electron/*'],
    message:
      'shared/ and renderer/ must not use Electron: go through the IPC contract in shared/ipc.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'shared/ and renderer/ run without Node: keep Node code in electron/.',
  },
];
const noRendererOrElectronFromShared = [
  {
    group: ['**/renderer/**', '**/electron/**'],
    message: 'shared/ is imported by electron/ and renderer/, never the reverse.',
  },
  {
    group: ['react', 'react-dom', 'dexie', 'cytoscape'],
    message: 'shared/ is pure TypeScript: no UI, storage or canvas libraries.',
  },
];
const dexieOnlyInData = {
  group: ['dexie', 'dexie-react-hooks', 'fake-indexeddb'],
  message:
    'Only renderer/data/ talks to IndexedDB: use a repository or a live-query hook from there.',
};
const cytoscapeOnlyInGraph = {
  group: ['cytoscape', 'cytoscape-*'],
  message: 'Only renderer/graph/ touches Cytoscape: the raw instance never leaves it.',
};
const noFeatureImports = {
  group: ['**/features/**', '../features/*', '../../features/*'],
  message:
    'Nothing imports a feature except renderer/app/: move shared pieces to components/, data/, graph/, state/ or platform/.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'coverage/**',
      '.tmp/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectronOrNode, ...noRendererOrElectronFromShared] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**', 'renderer/graph/**', 'renderer/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...noElectronOrNode, dexieOnlyInData, cytoscapeOnlyInGraph, noFeatureImports],
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectronOrNode, cytoscapeOnlyInGraph, noFeatureImports] },
      ],
    },
  },
  {
    files: ['renderer/graph/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectronOrNode, dexieOnlyInData, noFeatureImports] },
      ],
    },
  },
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noElectronOrNode, dexieOnlyInData, cytoscapeOnlyInGraph] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', 'react', 'react-dom', 'dexie', 'cytoscape'],
              message: 'The main process never imports renderer code: share through shared/.',
            },
          ],
        },
      ],
    },
  },
);
