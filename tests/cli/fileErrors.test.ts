/**
 * Paths the command cannot use: every one gets a message naming the path,
 * what was found and what was expected, exit 1 (2 when the input path names
 * nothing), nothing written and the input byte-identical — never a stack
 * trace, Node's English text, or a spin.
 */

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkOutputPath,
  CliFileError,
  fileErrorFrom,
  readInputFile,
  writeFilesAtomic,
  type CliFileErrorCode,
} from '../../src/faces/cli/files';
import { internalErrorText } from '../../src/faces/cli/lastResort';
import { main } from '../../src/faces/cli/scenarios';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'skolkostnad-paths-'));
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file and folder under `root`, relative, sorted. */
function tree(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, name.name);
      out.push(path.relative(root, p));
      if (name.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out.sort();
}

/** Runs the command and checks the promises every refusal keeps. */
async function refused(argv: string[], input: string): Promise<{ code: number; text: string }> {
  const before = hash(input);
  const files = tree(dir);
  const code = await main(argv);
  expect(hash(input)).toBe(before);
  expect(tree(dir)).toEqual(files);
  const text = err.join('');
  expect(text).not.toMatch(/\n\s+at |Error:|EEXIST|EISDIR|ENOTDIR|ENOENT|EACCES/);
  return { code, text };
}

function input(): string {
  const target = path.join(dir, 'indata.xlsx');
  copyFileSync(path.join(FIXTURES, 'good.sample.xlsx'), target);
  return target;
}

describe('scenarios with an output path that cannot be written', () => {
  it.each([
    ['a file as its folder', (f: string) => path.join(f, 'ut.xlsx')],
    ['a file two levels up', (f: string) => path.join(f, 'a', 'b', 'ut.xlsx')],
  ])('output under %s: names the file and says a folder was expected', async (_, outputIn) => {
    const file = path.join(dir, 'en-fil');
    writeFileSync(file, 'x');
    const inFile = input();
    const { code, text } = await refused([inFile, '-o', outputIn(file)], inFile);
    expect(code).toBe(1);
    expect(text).toContain(`${file} är en fil; väntade en mapp`);
    expect(text).toContain('Ingenting har skrivits');
  });

  it('output that is a folder: says so and suggests a file name in it (English with --lang en)', async () => {
    const folder = path.join(dir, 'ut');
    mkdirSync(folder);
    const inFile = input();
    const { code, text } = await refused([inFile, '-o', folder, '--lang', 'en'], inFile);
    expect(code).toBe(1);
    expect(text).toContain(`Cannot write the output file ${folder}: it is a folder; expected a file name`);
    expect(text).toContain('Nothing was written');
  });

  it('--json under a file: refused before anything is written, the workbook output included', async () => {
    const file = path.join(dir, 'en-fil');
    writeFileSync(file, 'x');
    const inFile = input();
    const output = path.join(dir, 'ut.xlsx');
    const { code, text } = await refused([inFile, '-o', output, '--json', path.join(file, 's.json')], inFile);
    expect(code).toBe(1);
    expect(text).toContain('sammanfattningen (--json)');
    expect(existsSync(output)).toBe(false);
  });

  it('--json naming the output file is a usage error', async () => {
    const inFile = input();
    const output = path.join(dir, 'ut.xlsx');
    const { code, text } = await refused([inFile, '-o', output, '--json', output], inFile);
    expect(code).toBe(2);
    expect(text).toContain('samma fil');
  });

  it.runIf(existsSync('/proc/self'))(
    'a location where mkdir answers ENOENT under an existing folder: a message, not a spin',
    async () => {
      const inFile = input();
      const { code, text } = await refused([inFile, '-o', '/proc/self/finns-inte/ut.xlsx'], inFile);
      expect(code).toBe(1);
      expect(text).toContain('/proc/self/finns-inte/ut.xlsx');
    },
    20_000,
  );
});

describe('scenarios with an input path that cannot be read', () => {
  it('a folder: exit 1, says a file was expected', async () => {
    const folder = path.join(dir, 'indata.xlsx');
    mkdirSync(folder);
    const files = tree(dir);
    expect(await main([folder])).toBe(1);
    expect(err.join('')).toContain(`Kan inte läsa indatafilen ${folder}: det är en mapp; väntade en fil.`);
    expect(tree(dir)).toEqual(files);
  });

  it.each([['finns-inte.xlsx'], [path.join('en-fil', 'indata.xlsx')]])('%s: no such file, exit 2', async (rel) => {
    writeFileSync(path.join(dir, 'en-fil'), 'x');
    expect(await main([path.join(dir, rel)])).toBe(2);
    expect(err.join('')).toContain('det finns ingen fil där');
  });
});

describe('writeFilesAtomic', () => {
  it('happy path: creates missing folders and writes every file', () => {
    const a = path.join(dir, 'x', 'y', 'a.xlsx');
    const b = path.join(dir, 'b.json');
    writeFilesAtomic([
      { target: a, data: 'A', role: 'output' },
      { target: b, data: 'B', role: 'summary' },
    ]);
    expect(readFileSync(a, 'utf8')).toBe('A');
    expect(readFileSync(b, 'utf8')).toBe('B');
  });

  it('writes none when one cannot be written, and removes the folders it created', () => {
    writeFileSync(path.join(dir, 'en-fil'), 'x');
    const files = tree(dir);
    expect(() =>
      writeFilesAtomic([
        { target: path.join(dir, 'ny', 'a.xlsx'), data: 'A', role: 'output' },
        { target: path.join(dir, 'en-fil', 'b.json'), data: 'B', role: 'summary' },
      ]),
    ).toThrow(CliFileError);
    expect(tree(dir)).toEqual(files);
  });
});

describe('checkOutputPath', () => {
  it('lists the folders to create, top-down, and writes nothing', () => {
    const target = path.join(dir, 'a', 'b', 'ut.xlsx');
    expect(checkOutputPath(target, 'output')).toEqual([path.join(dir, 'a'), path.join(dir, 'a', 'b')]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('readInputFile', () => {
  it('happy path: the bytes', () => {
    const f = path.join(dir, 'a.xlsx');
    writeFileSync(f, 'abc');
    expect(Buffer.from(readInputFile(f)).toString()).toBe('abc');
  });
});

describe('fileErrorFrom', () => {
  it.each<[string, CliFileErrorCode, string, string]>([
    ['EACCES', 'noPermission', 'behörighet', 'permission'],
    ['EPERM', 'noPermission', 'behörighet', 'permission'],
    ['EROFS', 'readOnly', 'skrivskyddad', 'read-only'],
    ['ENOSPC', 'noSpace', 'disken är full', 'disk is full'],
    ['ENAMETOOLONG', 'nameTooLong', 'för långt', 'too long'],
    ['EIO', 'other', 'EIO', 'EIO'],
  ])('given %s: %s, naming the path in both languages', (errno, code, sv, en) => {
    const e = fileErrorFrom({ code: errno }, 'output', '/x/ut.xlsx', '/x');
    expect(e.code).toBe(code);
    for (const [text, words] of [
      [e.bilingual.sv, sv],
      [e.bilingual.en, en],
    ] as const) {
      expect(text).toContain('/x/ut.xlsx');
      expect(text).toContain(words);
    }
  });

  it('errors propagation: anything that is not a file-system error is passed on', () => {
    const bug = new TypeError('x is undefined');
    expect(() => fileErrorFrom(bug, 'output', '/x')).toThrow(bug);
  });
});

describe('internalErrorText', () => {
  const bug = new TypeError('Cannot read properties of undefined');

  it('one bilingual line, no stack and no library text', () => {
    const text = internalErrorText(bug, {});
    expect(text).toContain('Internt fel');
    expect(text).toContain('Internal error');
    expect(text).toContain('SKOLKOSTNAD_DEBUG=1');
    expect(text).not.toContain('Cannot read properties');
    expect(text).not.toMatch(/\n\s+at /);
    expect(text.trim().split('\n')).toHaveLength(1);
  });

  it('the stack with SKOLKOSTNAD_DEBUG=1', () => {
    expect(internalErrorText(bug, { SKOLKOSTNAD_DEBUG: '1' })).toContain('Cannot read properties');
    expect(internalErrorText(bug, { SKOLKOSTNAD_DEBUG: '0' })).not.toContain('Cannot read properties');
  });
});
