/**
 * `--remove-generated` and `--confirm-removal` end to end, in process: the
 * generated sheets listed and removed into a copy, never an input sheet or
 * the analyst's own; nothing written while a formula of the analyst's would
 * break and the removal is not confirmed; the input byte-identical.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/faces/cli/scenarios';
import { readXlsxGrid } from '../../src/hosts/xlsx';
import { addOwnSheet } from '../xlsx/editXlsx';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'skolkostnad-remove-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const sheetsOf = async (file: string) =>
  (await readXlsxGrid(new Uint8Array(readFileSync(file)))).sheets.map((s) => s.name);

/** The sample with its scenarios written, as the analyst has it after a first run. */
async function withScenarios(): Promise<string> {
  const input = path.join(dir, 'indata.xlsx');
  copyFileSync(path.join(FIXTURES, 'good.sample.xlsx'), input);
  const generated = path.join(dir, 'med-scenarier.xlsx');
  expect(await main([input, '-o', generated])).toBe(0);
  out.length = 0;
  err.length = 0;
  return generated;
}

describe('scenarios --remove-generated', () => {
  it('happy path: removes every generated sheet into a copy, keeping the input sheets; the input untouched', async () => {
    const input = await withScenarios();
    const before = hash(input);
    const output = path.join(dir, 'utan.xlsx');
    const code = await main([input, '--remove-generated', '-o', output]);
    expect(code, err.join('')).toBe(0);
    expect(hash(input)).toBe(before);
    expect(await sheetsOf(output)).toEqual(['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar', 'Beslutsgång']);
    expect(out.join('')).toMatch(/Tog bort de genererade bladen .*"Beslutsunderlag"/);
    // And the scenarios can be written again from the copy.
    expect(await main([output, '-o', path.join(dir, 'igen.xlsx')])).toBe(0);
  });

  it('writes nothing while a formula of the analyst’s refers to a generated sheet, listing it, unless confirmed', async () => {
    const generated = await withScenarios();
    const input = path.join(dir, 'med-formel.xlsx');
    writeFileSync(
      input,
      await addOwnSheet(new Uint8Array(readFileSync(generated)), 'Mina formler', ["='Beslutsunderlag'!B5"]),
    );
    const before = hash(input);
    const output = path.join(dir, 'utan.xlsx');
    expect(await main([input, '--remove-generated', '-o', output])).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(hash(input)).toBe(before);
    const said = err.join('');
    expect(said).toContain("Mina formler!A1: ='Beslutsunderlag'!B5");
    expect(said).toContain('--confirm-removal');

    err.length = 0;
    expect(await main([input, '--remove-generated', '--confirm-removal', '-o', output])).toBe(0);
    expect(await sheetsOf(output)).toEqual([
      'Kostnader',
      'Kontrakt',
      'Resurser',
      'Parametrar',
      'Beslutsgång',
      'Mina formler',
    ]);
    expect(err.join('')).toContain('#REF!');
  });

  it('a workbook without generated sheets: says so, exit 1, nothing written', async () => {
    const input = path.join(dir, 'indata.xlsx');
    copyFileSync(path.join(FIXTURES, 'good.sample.xlsx'), input);
    const output = path.join(dir, 'utan.xlsx');
    expect(await main([input, '--remove-generated', '-o', output])).toBe(1);
    expect(existsSync(output)).toBe(false);
    expect(err.join('')).toContain('inga genererade blad');
  });

  it('refuses --remove-generated with --simulate or --json as a usage error', async () => {
    const input = path.join(dir, 'indata.xlsx');
    copyFileSync(path.join(FIXTURES, 'good.sample.xlsx'), input);
    expect(await main([input, '--remove-generated', '--simulate', '1000'])).toBe(2);
    expect(await main([input, '--remove-generated', '--json', path.join(dir, 's.json')])).toBe(2);
  });
});
