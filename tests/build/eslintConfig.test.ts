/**
 * The architecture rules in eslint.config.js, checked on snippets linted as if
 * they lived at a given path (ESLint's lintText; no file is written).
 *
 * The type-aware rules need each file in a TypeScript project; these paths are
 * on no disk, so the tsconfig's project does not have them. The project
 * service's default project takes them instead, with the tsconfig's options.
 */
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The made-up paths below (globs: one '*' per folder, no '**'). */
const SNIPPET_PATHS = [
  ...['src/*/example.ts', 'src/*/*/example.ts', 'src/*/*/*/example.ts', 'src/*/*/*/*/example.ts'],
  ...['src/*/*/Example.tsx', 'scripts/example.ts'],
];

const eslint = new ESLint({
  cwd: fileURLToPath(new URL('../..', import.meta.url)),
  overrideConfig: {
    files: ['**/*.{ts,tsx}'], // plain JavaScript keeps the config's disableTypeChecked
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: SNIPPET_PATHS,
          defaultProject: 'tsconfig.json',
          // Each snippet path is one more file of the default project; there are a few dozen.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 100,
        },
      },
    },
  },
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.message);
}

describe('eslint.config.js: pure engine and workbook layers', () => {
  it.each([
    ["import { useState } from 'react';\nexport const s = useState;\n", 'react'],
    ["import { Button } from '@fluentui/react-components';\nexport const b = Button;\n", 'Fluent'],
    ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'node:fs'],
    ["import path from 'path';\nexport const p = path;\n", 'path'],
    ["import '@microsoft/office-js';\n", 'Office.js'],
  ])('rejects %j in src/engine (%s) and says why', async (code) => {
    const found = await messages(code, 'src/engine/example.ts');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the engine is pure so it runs in a Web Worker, in Node and in tests alike');
  });

  it.each([
    'window.alert(1);\n',
    'export const d = document.title;\n',
    'export const e = Excel.run;\n',
    'export const p = process.env;\n',
    'export const b = Buffer.from([]);\n',
  ])('rejects host global in %j', async (code) => {
    expect(await ruleIds(code, 'src/workbook/example.ts')).toEqual(['no-restricted-globals']);
  });

  it('rejects an import from a layer above (engine → workbook, workbook → a host)', async () => {
    expect(await ruleIds("import { x } from '../workbook/grid';\nexport { x };\n", 'src/engine/example.ts')).toEqual([
      'no-restricted-imports',
    ]);
    expect(await ruleIds("import { x } from '../hosts/officejs';\nexport { x };\n", 'src/workbook/example.ts')).toEqual(
      ['no-restricted-imports'],
    );
  });

  it('allows the workbook layer to import the engine, and the task pane to import React', async () => {
    expect(
      await ruleIds(
        "import type { Ore } from '../engine/model';\nexport const o: Ore = 1;\n",
        'src/workbook/example.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds("import { useState } from 'react';\nexport const s = useState;\n", 'src/faces/taskpane/example.ts'),
    ).toEqual([]);
  });
});

/** The relative specifier by which `file` imports the module at `target` (both paths from the repository root). */
function specifier(file: string, target: string): string {
  const relative = posix.relative(posix.dirname(file), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

describe('eslint.config.js: the layer table', () => {
  const rejected = ['no-restricted-imports'];
  const importOf = (file: string, target: string): string =>
    `import { x } from '${specifier(file, target)}';\nexport { x };\n`;

  it.each([
    ['src/workbook/example.ts', 'src/app/port', 'workbook → app'],
    ['src/app/example.ts', 'src/hosts/officejs/host', 'app → a host'],
    ['src/app/example.ts', 'src/faces/taskpane/services/session', 'app → a face'],
    ['src/sample/example.ts', 'src/workbook/grid', 'sample → workbook'],
    ['src/hosts/officejs/example.ts', 'src/hosts/xlsx/zip', 'host → host (officejs → xlsx)'],
    ['src/hosts/xlsx/example.ts', 'src/hosts/officejs/read', 'host → host (xlsx → officejs)'],
    ['src/hosts/xlsx/example.ts', 'src/hosts/officejs/marker', 'host → host (the marker lives in src/workbook)'],
    ['src/hosts/xlsx/example.ts', 'src/hosts/officejs/tabOrder', 'host → host (the tab order lives in src/workbook)'],
    [
      'src/faces/cli/example.ts',
      'src/hosts/officejs/marker',
      'face → another face’s host (the marker lives in src/workbook)',
    ],
    ['src/hosts/xlsx/example.ts', 'src/hosts/officejs', 'host → another host’s folder itself'],
    ['src/hosts/emulation/example.ts', 'src/hosts/xlsx/read', 'host → host (emulation → xlsx)'],
    ['src/hosts/emulation/example.ts', 'src/hosts/officejs/a1', 'host → host (A1 arithmetic lives in src/workbook)'],
    ['src/hosts/officejs/write/example.ts', 'src/faces/taskpane/ui/App', 'host → face, from a subfolder'],
    ['src/hosts/xlsx/example.ts', 'src/faces/cli/args', 'host → face (xlsx → cli)'],
    ['src/faces/cli/example.ts', 'src/hosts/officejs/host', 'face → another face’s host (cli → officejs)'],
    ['src/faces/taskpane/example.ts', 'src/hosts/xlsx/host', 'face → another face’s host (taskpane → xlsx)'],
    ['src/faces/taskpane/ui/steps/example.ts', 'src/hosts/emulation', 'face → another face’s host, from deep inside'],
    ['src/faces/taskpane/example.ts', 'src/faces/cli/args', 'face → face (taskpane → cli)'],
    ['src/faces/preview/example.ts', 'src/faces/cli/args', 'face → face (preview → cli)'],
    ['src/faces/cli/example.ts', 'src/faces/preview/previewStore', 'face → face (cli → preview)'],
    ['src/tools/example.ts', 'src/engine/model', 'tools → engine'],
  ])('rejects %s importing %s (%s)', async (file, target) => {
    expect(await ruleIds(importOf(file, target), file)).toEqual(rejected);
  });

  it('keeps the use cases (src/app) pure like the engine and the workbook layer', async () => {
    expect(
      await ruleIds("import { useState } from 'react';\nexport const s = useState;\n", 'src/app/example.ts'),
    ).toEqual(rejected);
    expect(await ruleIds('export const d = document.title;\n', 'src/app/example.ts')).toEqual([
      'no-restricted-globals',
    ]);
  });

  it('names both layers and the table in the message', async () => {
    const file = 'src/hosts/officejs/example.ts';
    const found = await messages(importOf(file, 'src/hosts/xlsx/zip'), file);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('src/hosts/officejs may not import src/hosts/xlsx');
    expect(found[0]).toContain('the layer table in eslint.config.js');
  });

  it('rejects a dynamic import() across the table as well', async () => {
    const code = "export const load = () => import('../faces/taskpane/ui/App');\n";
    expect(await ruleIds(code, 'src/app/example.ts')).toEqual(['local/no-restricted-dynamic-imports']);
    expect(await ruleIds("export const l = () => import('../cli/args');\n", 'src/faces/preview/example.ts')).toEqual([
      'local/no-restricted-dynamic-imports',
    ]);
  });

  it.each([
    ['src/app/example.ts', 'src/workbook/grid'],
    ['src/hosts/officejs/example.ts', 'src/app/port'],
    ['src/hosts/xlsx/example.ts', 'src/workbook/plan'],
    ['src/faces/taskpane/example.ts', 'src/hosts/officejs'],
    ['src/faces/taskpane/ui/steps/example.ts', 'src/hosts/officejs/host'],
    ['src/faces/cli/example.ts', 'src/hosts/xlsx/host'],
    ['src/faces/cli/example.ts', 'src/sample/stockholm'],
    ['src/faces/preview/example.ts', 'src/hosts/emulation'],
    ['src/hosts/officejs/write/example.ts', 'src/workbook/plan'],
  ])('allows %s to import %s (down the table)', async (file, target) => {
    expect(await ruleIds(importOf(file, target), file)).toEqual([]);
  });

  it('lets the preview build on the task pane, never the other way, and only the entry start both', async () => {
    const preview = 'src/faces/preview/example.ts';
    const pane = 'src/faces/taskpane/example.ts';
    const entry = 'src/faces/entry/example.ts';
    expect(await ruleIds(importOf(preview, 'src/faces/taskpane/ui/App'), preview)).toEqual([]);
    expect(await ruleIds(importOf(preview, 'src/hosts/officejs/session'), preview)).toEqual([]);
    expect(await ruleIds(importOf(pane, 'src/faces/preview/startPreview'), pane)).toEqual(rejected);
    expect(await ruleIds("export const l = () => import('../preview/startPreview');\n", pane)).toEqual([
      'local/no-restricted-dynamic-imports',
    ]);
    expect(await ruleIds(importOf(entry, 'src/faces/taskpane/start'), entry)).toEqual([]);
    expect(await ruleIds(importOf(entry, 'src/faces/preview/startPreview'), entry)).toEqual([]);
    expect(await ruleIds(importOf(entry, 'src/hosts/xlsx/host'), entry)).toEqual(rejected);
    expect(await ruleIds(importOf('src/faces/cli/example.ts', 'src/faces/entry'), 'src/faces/cli/example.ts')).toEqual(
      rejected,
    );
  });

  it.each(['src/faces/taskpane/example.ts', 'src/faces/preview/example.ts', 'src/faces/entry/example.ts'])(
    'keeps %s away from the Office and Excel globals (only the host touches them)',
    async (file) => {
      expect(await ruleIds('export const run = Excel.run;\n', file)).toEqual(['no-restricted-globals']);
      expect(await ruleIds('export const ready = Office.onReady;\n', file)).toEqual(['no-restricted-globals']);
      expect(await ruleIds('export const ready = Office.onReady;\n', 'src/hosts/officejs/example.ts')).toEqual([]);
    },
  );

  it('has no folder in src/ named like a layer other than the layer itself (the rule matches the last name)', () => {
    const layers = [
      'hosts/officejs',
      'hosts/xlsx',
      'hosts/emulation',
      'faces/taskpane',
      'faces/cli',
      'faces/preview',
      'faces/entry',
    ];
    const lastNames = new Map(layers.map((layer) => [layer.split('/').at(-1)!, layer]));
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const clashes = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory() && lastNames.has(entry.name))
      .map((entry) => posix.join(posix.relative(src, entry.parentPath), entry.name))
      .filter((folder) => !layers.includes(folder));
    expect(clashes).toEqual([]);
  });
});

describe('eslint.config.js: everywhere', () => {
  it.each([
    ["export const v = eval('1');\n", 'no-eval'],
    ["export const f = new Function('return 1');\n", 'no-new-func'],
    ["setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
  ])('rejects %j (%s)', async (code, rule) => {
    expect(await ruleIds(code, 'src/faces/taskpane/example.ts')).toContain(rule);
  });

  it('rejects dangerouslySetInnerHTML', async () => {
    const code = 'export const P = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n';
    expect(await ruleIds(code, 'src/faces/taskpane/Example.tsx')).toEqual(['no-restricted-syntax']);
  });

  it('lints plain JavaScript without type information (no TypeScript project has it)', async () => {
    expect(await ruleIds('export const x = 1;\n', 'scripts/example.mjs')).toEqual([]);
  });

  it('requires a reason on the same line as an eslint-disable comment', async () => {
    const bare = '// eslint-disable-next-line no-console\nconsole.log(1);\n';
    const reasoned = '// eslint-disable-next-line no-console -- the CLI prints its report\nconsole.log(1);\n';
    expect(await ruleIds(bare, 'scripts/example.ts')).toContain('local/disable-needs-reason');
    expect(await ruleIds(reasoned, 'scripts/example.ts')).not.toContain('local/disable-needs-reason');
  });
});

describe('eslint.config.js: type-aware rules', () => {
  const load = 'declare function load(): Promise<number>;\n';

  it('rejects a promise in src/ that nobody awaits (its error would be lost)', async () => {
    const code = `${load}export function start(): void {\n  load();\n}\n`;
    expect(await ruleIds(code, 'src/app/example.ts')).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  it('allows the awaited promise, and the one whose rejection is handled', async () => {
    const awaited = `${load}export async function start(): Promise<void> {\n  await load();\n}\n`;
    const handled = `${load}export function start(report: (e: unknown) => void): void {\n  load().catch(report);\n}\n`;
    expect(await ruleIds(awaited, 'src/app/example.ts')).toEqual([]);
    expect(await ruleIds(handled, 'src/app/example.ts')).toEqual([]);
  });

  it('rejects an async function where a callback returns nothing (no-misused-promises)', async () => {
    const code = `${load}export const onClick = (register: (f: () => void) => void) => register(async () => {\n  await load();\n});\n`;
    expect(await ruleIds(code, 'src/faces/taskpane/example.ts')).toEqual(['@typescript-eslint/no-misused-promises']);
  });

  it('rejects a non-null assertion that the type does not need', async () => {
    const code = 'export const n = (x: number): number => x!;\n';
    expect(await ruleIds(code, 'src/engine/example.ts')).toEqual(['@typescript-eslint/no-unnecessary-type-assertion']);
  });
});
