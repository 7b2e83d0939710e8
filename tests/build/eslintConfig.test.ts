/**
 * The architecture rules in eslint.config.js, checked on snippets linted as if
 * they lived at a given path (ESLint's lintText; no file is written).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

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

  it('rejects an import from a layer above (engine → workbook, workbook → excel)', async () => {
    expect(
      await ruleIds("import { x } from '../workbook/grid';\nexport const y = x;\n", 'src/engine/example.ts'),
    ).toEqual(['no-restricted-imports']);
    expect(await ruleIds("import { x } from '../excel';\nexport const y = x;\n", 'src/workbook/example.ts')).toEqual([
      'no-restricted-imports',
    ]);
  });

  it('allows the workbook layer to import the engine, and the task pane to import React', async () => {
    expect(
      await ruleIds(
        "import type { Ore } from '../engine/model';\nexport const o: Ore = 1;\n",
        'src/workbook/example.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds("import { useState } from 'react';\nexport const s = useState;\n", 'src/taskpane/example.ts'),
    ).toEqual([]);
  });
});

describe('eslint.config.js: the layer table', () => {
  const rejected = ['no-restricted-imports'];

  it.each([
    ['src/workbook/example.ts', '../app/port', 'workbook → app'],
    ['src/app/example.ts', '../excel/host', 'app → a host'],
    ['src/app/example.ts', '../taskpane/services/session', 'app → a face'],
    ['src/sample/example.ts', '../workbook/grid', 'sample → workbook'],
    ['src/excel/example.ts', '../xlsx/zip', 'host → host (excel → xlsx)'],
    ['src/xlsx/example.ts', '../excel/read', 'host → host (xlsx → excel)'],
    ['src/xlsx/example.ts', '../excel/marker', 'host → host (the marker lives in src/workbook)'],
    ['src/xlsx/example.ts', '../excel/tabOrder', 'host → host (the tab order lives in src/workbook)'],
    ['src/cli/example.ts', '../excel/marker', 'face → another face’s host (the marker lives in src/workbook)'],
    ['src/xlsx/example.ts', '../excel', 'host → another host’s folder itself'],
    ['src/excel-emulation/example.ts', '../xlsx/read', 'host → host (emulation → xlsx)'],
    ['src/excel-emulation/example.ts', '../excel/a1', 'host → host (A1 arithmetic lives in src/workbook)'],
    ['src/excel/write/example.ts', '../../taskpane/ui/App', 'host → face, from a subfolder'],
    ['src/xlsx/example.ts', '../cli/args', 'host → face (xlsx → cli)'],
    ['src/cli/example.ts', '../excel/host', 'face → another face’s host (cli → excel)'],
    ['src/taskpane/example.ts', '../xlsx/host', 'face → another face’s host (taskpane → xlsx)'],
    ['src/taskpane/example.ts', '../cli/args', 'face → face (taskpane → cli)'],
    ['src/preview/example.ts', '../cli/args', 'face → face (preview → cli)'],
    ['src/cli/example.ts', '../preview/previewStore', 'face → face (cli → preview)'],
    ['src/tools/example.ts', '../engine/model', 'tools → engine'],
  ])('rejects %s importing %s (%s)', async (file, from) => {
    const code = `import { x } from '${from}';\nexport const y = x;\n`;
    expect(await ruleIds(code, file)).toEqual(rejected);
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
    const found = await messages("import { x } from '../xlsx/zip';\nexport const y = x;\n", 'src/excel/example.ts');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('src/excel may not import src/xlsx');
    expect(found[0]).toContain('the layer table in eslint.config.js');
  });

  it('rejects a dynamic import() across the table as well', async () => {
    const code = "export const load = () => import('../taskpane/ui/App');\n";
    expect(await ruleIds(code, 'src/app/example.ts')).toEqual(['local/no-restricted-dynamic-imports']);
    expect(await ruleIds("export const l = () => import('../cli/args');\n", 'src/preview/example.ts')).toEqual([
      'local/no-restricted-dynamic-imports',
    ]);
  });

  it.each([
    ['src/app/example.ts', '../workbook/grid'],
    ['src/excel/example.ts', '../app/port'],
    ['src/xlsx/example.ts', '../workbook/plan'],
    ['src/taskpane/example.ts', '../excel'],
    ['src/cli/example.ts', '../xlsx/host'],
    ['src/cli/example.ts', '../sample/stockholm'],
    ['src/preview/example.ts', '../excel-emulation'],
    ['src/excel/write/example.ts', '../../workbook/plan'],
  ])('allows %s to import %s (down the table)', async (file, from) => {
    expect(await ruleIds(`import { x } from '${from}';\nexport const y = x;\n`, file)).toEqual([]);
  });

  it('allows only the listed exceptions, module by module (the to-do list in eslint.config.js)', async () => {
    const line = (from: string): string => `import { x } from '${from}';\nexport const y = x;\n`;
    expect(await ruleIds(line('../taskpane/services/session'), 'src/preview/example.ts')).toEqual([]);
    expect(await ruleIds(line('../taskpane/services/sessions'), 'src/preview/example.ts')).toEqual(rejected);
    expect(await ruleIds(line('../taskpane/services/session/x'), 'src/preview/example.ts')).toEqual(rejected);
    expect(await ruleIds(line('../taskpane/services/session'), 'src/cli/example.ts')).toEqual(rejected);
    expect(await ruleIds(line('../taskpane/ui/App'), 'src/preview/example.ts')).toEqual(rejected);
  });
});

describe('eslint.config.js: everywhere', () => {
  it.each([
    ["export const v = eval('1');\n", 'no-eval'],
    ["export const f = new Function('return 1');\n", 'no-new-func'],
    ["setTimeout('alert(1)', 10);\n", 'no-implied-eval'],
  ])('rejects %j (%s)', async (code, rule) => {
    expect(await ruleIds(code, 'src/taskpane/example.ts')).toContain(rule);
  });

  it('rejects dangerouslySetInnerHTML', async () => {
    const code = 'export const P = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n';
    expect(await ruleIds(code, 'src/taskpane/Example.tsx')).toEqual(['no-restricted-syntax']);
  });

  it('requires a reason on the same line as an eslint-disable comment', async () => {
    const bare = '// eslint-disable-next-line no-console\nconsole.log(1);\n';
    const reasoned = '// eslint-disable-next-line no-console -- the CLI prints its report\nconsole.log(1);\n';
    expect(await ruleIds(bare, 'scripts/example.ts')).toContain('local/disable-needs-reason');
    expect(await ruleIds(reasoned, 'scripts/example.ts')).not.toContain('local/disable-needs-reason');
  });
});
