/**
 * Lint rules for the whole repository (flat config). TypeScript is linted with
 * types (typescript-eslint's recommendedTypeChecked, through the project
 * service and tsconfig.json); plain JavaScript without them. Beyond the
 * recommended sets it encodes the architecture: one table of the layers of
 * src/ (LAYERS) from which each layer's forbidden imports are generated; src/engine and
 * src/workbook and src/app are also pure (no Office.js, React, Fluent, DOM or Node APIs);
 * and nothing anywhere may evaluate strings as code or inject HTML.
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
].map((name) => ({ name, message: `Not in src/engine, src/workbook or src/app: ${PURE_WHY}.` }));

/**
 * The layers of src/, one folder each, and what each may import: imports flow
 * one way, toward the engine. engine ← workbook ← app (use cases, host port)
 * ← hosts/{officejs, xlsx, emulation} ← faces/{taskpane, cli, preview, entry};
 * sample is data for the faces, tools stands alone. Hosts never import each
 * other, and each face imports only its own host. docs/architecture.md shows
 * the same table; a test (tests/build/eslintConfig.test.ts) checks each
 * boundary.
 */
const LAYERS = {
  engine: [],
  workbook: ['engine'],
  app: ['engine', 'workbook'],
  sample: ['engine'],
  'hosts/officejs': ['engine', 'workbook', 'app'],
  'hosts/xlsx': ['engine', 'workbook', 'app'],
  'hosts/emulation': ['engine', 'workbook', 'app'],
  'faces/taskpane': ['engine', 'workbook', 'app', 'hosts/officejs'],
  'faces/cli': ['engine', 'workbook', 'app', 'hosts/xlsx', 'sample'],
  // The preview is the task pane over the Office.js host, whose Excel is the emulation.
  'faces/preview': ['engine', 'workbook', 'app', 'hosts/officejs', 'hosts/emulation', 'sample', 'faces/taskpane'],
  // The page's entry: starts the task pane inside Office, the preview in a plain browser.
  'faces/entry': ['hosts/officejs', 'faces/taskpane', 'faces/preview'],
  tools: [],
};

/**
 * Imports that cross the table, by importing layer → imported layer →
 * modules of it ('index' = the folder itself). Empty since issue 17: keep
 * it so. A crossing that cannot move at once is listed here as a to-do,
 * with why; nothing else crosses, and a new crossing fails lint.
 */
const EXCEPTIONS = {};

const LAYERS_WHY =
  'imports flow one way, toward the engine (the layer table in eslint.config.js, docs/architecture.md)';

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A relative import into `layer`, except the named modules of it. A layer's
 * folder is matched by its last name (`xlsx` for hosts/xlsx): a sibling host
 * imports it as '../xlsx/…', a face as '../../hosts/xlsx/…'. No other folder
 * of src/ has a layer's last name (the layer table's test checks it).
 */
function intoLayer(layer, allowed = []) {
  const modules = allowed.filter((m) => m !== 'index').map(escapeRegex);
  const inside = modules.length > 0 ? `/(?!(${modules.join('|')})$)` : '/';
  const index = allowed.includes('index') ? '' : '|$';
  const folder = layer.split('/').at(-1);
  return `^\\.\\.?/(.*/)?${escapeRegex(folder)}(${inside}${index})`;
}

/** The import patterns that the files of `layer` may not use: every layer not in its list. */
function forbiddenFor(layer) {
  const may = new Set([layer, ...LAYERS[layer]]);
  return Object.keys(LAYERS)
    .filter((other) => !may.has(other))
    .map((other) => ({
      regex: intoLayer(other, EXCEPTIONS[layer]?.[other]),
      message: `src/${layer} may not import src/${other}: ${LAYERS_WHY}.`,
    }));
}

/**
 * The pure layers also keep out host packages and host globals; the use cases
 * too, since they run over the host port in the pane and in Node alike.
 */
const PURE = new Set(['engine', 'workbook', 'app']);

const layerRules = (layer) => {
  const patterns = forbiddenFor(layer);
  if (PURE.has(layer))
    patterns.unshift({ group: HOST_MODULES, message: `Not in src/engine, src/workbook or src/app: ${PURE_WHY}.` });
  return {
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      // ESLint's rule does not look at import(): the same patterns for dynamic imports.
      'local/no-restricted-dynamic-imports': ['error', { patterns: forbiddenFor(layer) }],
      ...(PURE.has(layer) ? { 'no-restricted-globals': ['error', ...HOST_GLOBALS] } : {}),
    },
  };
};

/** `import('…')` with a literal path that matches a forbidden pattern (what no-restricted-imports does statically). */
const noRestrictedDynamicImports = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { patterns: { type: 'array' } }, additionalProperties: false }],
  },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map((p) => ({
      regex: new RegExp(p.regex),
      message: p.message,
    }));
    return {
      ImportExpression(node) {
        if (node.source.type !== 'Literal' || typeof node.source.value !== 'string') return;
        const hit = patterns.find((p) => p.regex.test(node.source.value));
        if (hit)
          context.report({
            node,
            message: `'${node.source.value}' import is restricted from being used by a pattern. ${hit.message}`,
          });
      },
    };
  },
};

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
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // In the preset already; named because the project relies on them: no promise whose
      // error nobody sees, no async callback where nothing awaits it, no '!' or 'as' that
      // the type does not need (noUncheckedIndexedAccess decides which '!' are needed).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['tests/**'],
    rules: {
      // Vitest's asymmetric matchers (expect.stringContaining, expect.any …) are typed any.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Test callbacks are async to fit APIs such as Excel.run, with or without an await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: {
      local: {
        rules: {
          'disable-needs-reason': disableNeedsReason,
          'no-restricted-dynamic-imports': noRestrictedDynamicImports,
        },
      },
    },
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
    files: ['src/faces/taskpane/**/*.{ts,tsx}', 'src/faces/preview/**/*.{ts,tsx}', 'src/faces/entry/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: [
      'src/faces/taskpane/**',
      'src/faces/preview/**',
      'src/faces/entry/**',
      'src/hosts/officejs/**',
      'src/hosts/emulation/**',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**', 'src/tools/**', 'src/faces/cli/**', 'bench/**', 'tests/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...Object.keys(LAYERS).map(layerRules),
  {
    // Faces reach Office and Excel only through their host (src/hosts/officejs/office/officeContext.ts).
    files: ['src/faces/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
          name,
          message: 'Not in src/faces: a face reaches Office and Excel only through src/hosts/officejs.',
        })),
      ],
    },
  },
);
