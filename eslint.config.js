/**
 * Lint rules for the whole repository (flat config). Beyond the recommended
 * sets it encodes the architecture: src/engine and src/workbook are pure (no
 * Office.js, React, Fluent, DOM or Node APIs, no imports from the layers above
 * them), and nothing anywhere may evaluate strings as code or inject HTML.
 * An eslint-disable comment must say why on the same line (`-- reason`).
 */
import js from '@eslint/js'; // ships with eslint 9 itself (its own dependency), so no extra package
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE_WHY = 'the engine is pure so it runs in a Web Worker, in Node and in tests alike';

/** Packages and Node built-ins the pure layers may not import. */
const HOST_MODULES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@fluentui/*',
  '@microsoft/office-js',
  'office-addin-*',
  'exceljs',
  'jszip',
  'hyperformula',
  'node:*',
  ...['fs', 'fs/*', 'path', 'os', 'url', 'util', 'crypto', 'child_process', 'worker_threads'],
  ...['http', 'https', 'net', 'stream', 'zlib', 'buffer', 'events', 'process', 'module', 'timers', 'perf_hooks'],
];

/** Host objects the pure layers may not touch (DOM, Office, Node). */
const HOST_GLOBALS = [
  ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'indexedDB', 'self'],
  ...['fetch', 'XMLHttpRequest', 'WebSocket', 'Worker', 'postMessage', 'alert', 'confirm', 'prompt'],
  ...['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'],
  ...['process', 'Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate'],
].map((name) => ({ name, message: `Not in src/engine or src/workbook: ${PURE_WHY}.` }));

/** Relative imports that would point a pure layer at the layers built on top of it. */
const upward = (layers) => ({
  regex: `(^|/)(${layers.join('|')})(/|$)`,
  message: `Imports flow one way, toward the engine: ${PURE_WHY}.`,
});

const pureLayer = (files, layersAbove) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: HOST_MODULES, message: `Not in src/engine or src/workbook: ${PURE_WHY}.` },
          upward(layersAbove),
        ],
      },
    ],
    'no-restricted-globals': ['error', ...HOST_GLOBALS],
  },
});

/** Requires the `-- reason` part on every eslint-disable/-enable comment. */
const disableNeedsReason = {
  meta: { type: 'suggestion', messages: { missing: 'Say why on the same line: `eslint-disable… rule -- reason`.' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'missing' });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'out/', 'coverage/', 'test-artifacts/', '.tmp/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { local: { rules: { 'disable-needs-reason': disableNeedsReason } } },
    rules: {
      'local/disable-needs-reason': 'error',
      // The task pane's Content-Security-Policy forbids evaluating strings, and so do we.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'], Property[key.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: cell texts come from users; render them as text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No innerHTML: cell texts come from users; use textContent or React.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/taskpane/**', 'src/preview/**', 'src/excel/**', 'src/excel-emulation/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**', 'src/tools/**', 'src/cli/**', 'bench/**', 'tests/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  pureLayer(['src/engine/**'], ['workbook', 'excel', 'excel-emulation', 'xlsx', 'taskpane', 'preview', 'cli', 'tools']),
  pureLayer(['src/workbook/**'], ['excel', 'excel-emulation', 'xlsx', 'taskpane', 'preview', 'cli', 'tools']),
);
