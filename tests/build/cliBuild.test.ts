/**
 * The command line runs prebuilt (issue 13): `npm run demo` / `scenarios` /
 * `template` start scripts/cli.mjs, which runs the webpack bundle in
 * build/cli/ (built by `npm ci`'s prepare script, rebuilt when a source is
 * newer), never tsx. These run the real launcher and bundles as a user would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxGrid } from '../../src/hosts/xlsx';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'skolkostnad-cli-'));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/cli.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 280_000, // a build on 2 busy cores, when the bundles are out of date
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const built = cli('--build');
  expect(built.code, built.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('package.json scripts', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

  it('start every command through the prebuilt launcher, none through tsx', () => {
    for (const command of ['demo', 'scenarios', 'template']) {
      expect(pkg.scripts[command]).toBe(`node scripts/cli.mjs ${command}`);
    }
  });

  it('build the bundles in npm ci (prepare)', () => {
    expect(pkg.scripts.prepare).toBe('node scripts/cli.mjs --build');
  });
});

describe('scripts/cli.mjs', () => {
  it('happy path: template writes a workbook from the bundle, without rebuilding an up-to-date build', async () => {
    const file = join(scratch, 'tom.xlsx');
    const run = cli('template', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/Bygger|Building/);
    const grid = await readXlsxGrid(new Uint8Array(readFileSync(file)));
    expect(grid.sheets.length).toBeGreaterThan(3);
    for (const name of ['demo', 'scenarios', 'template'])
      expect(existsSync(join(ROOT, 'build', 'cli', `${name}.mjs`))).toBe(true);
  });

  it('scenarios runs its main with the arguments after the command (reads, computes, writes)', () => {
    const input = join(scratch, 'indata.xlsx');
    expect(cli('template', input).code).toBe(0);
    const output = join(scratch, 'utdata.xlsx');
    const run = cli('scenarios', input, '-o', output, '--lang', 'en');
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(output)).toBe(true);
  }, 60_000);

  it('given no input file, scenarios answers with its usage and exit code 2 (not a silent 0)', () => {
    const run = cli('scenarios');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give an input file');
  });

  it('given an unknown command, names the choices in Swedish and English, exit code 2', () => {
    const run = cli('scenarioz');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Okänt kommando "scenarioz"');
    expect(run.stderr).toContain('Unknown command "scenarioz": choose demo, scenarios, template');
    expect(run.stderr).toContain('npm run scenarios -- <indata.xlsx>');
  });

  it('--help lists the commands and where to read more, exit code 0', () => {
    const run = cli('--help');
    expect(run.code, run.stderr).toBe(0);
    for (const command of ['npm run demo', 'npm run scenarios', 'npm run template', 'docs/cli.md'])
      expect(run.stdout).toContain(command);
  });

  it('demo answers --help with its usage and an argument it does not take with exit code 2, writing nothing', () => {
    const help = cli('demo', '--help');
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('npm run demo [-- --lang sv|en]');
    const wrong = cli('demo', 'budget.xlsx');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown argument: budget.xlsx');
    expect(wrong.stdout).toBe('');
  });
});
