/**
 * The scenarios command end to end, in process (main(argv) with stdout and
 * stderr captured), on the committed .xlsx fixtures copied to a temp dir.
 */

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/faces/cli/scenarios';
import type { Summary } from '../../src/faces/cli/summary';
import { readXlsxGrid } from '../../src/hosts/xlsx';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'skolkostnad-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

function fixture(name: string): string {
  const target = path.join(dir, name);
  copyFileSync(path.join(FIXTURES, name), target);
  return target;
}
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The --json file as the summary type says it is (the tests check the fields they rely on). */
const readSummary = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Summary;

describe('scenarios main', () => {
  it('happy path: writes the scenarios into a copy beside the input, exit 0, input untouched', async () => {
    const input = fixture('good.sample.xlsx');
    const before = hash(input);
    expect(await main([input])).toBe(0);
    expect(hash(input)).toBe(before);
    const output = path.join(dir, 'good.sample-scenarier.xlsx');
    const grid = await readXlsxGrid(new Uint8Array(readFileSync(output)));
    const names = grid.sheets.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar']);
    expect(names).toContain('Beslutsunderlag');
    expect(names).toContain('Jämförelse');
    expect(out.join('')).toContain(`Skrev ${output}`);
  });

  it('says what changed since the sheets it writes over, and nothing of the kind the first time', async () => {
    const input = fixture('good.sample.xlsx');
    expect(await main([input])).toBe(0);
    expect(out.join('')).not.toContain('Ändringar sedan förra versionen');
    const first = path.join(dir, 'good.sample-scenarier.xlsx');
    out = [];
    expect(await main([first, '-o', path.join(dir, 'again.xlsx')])).toBe(0);
    const said = out.join('');
    expect(said).toMatch(
      /Ändringar sedan förra versionen\nJämfört med genereringen \d{4}-\d{2}-\d{2} \(indata [0-9a-f]{8}\)\./,
    );
    expect(said).toContain('Inga indatarader har ändrats.');
  });

  it('writes the JSON summary and the chosen output file, in English when asked', async () => {
    const input = fixture('good.sample.xlsx');
    const output = path.join(dir, 'ut', 'resultat.xlsx');
    const json = path.join(dir, 'summary.json');
    expect(await main([input, '-o', output, '--json', json, '--lang', 'en'])).toBe(0);
    expect(existsSync(output)).toBe(true);
    const summary = readSummary(json);
    expect(summary.schema).toBe('skolkostnad-summary/1');
    expect(summary.language).toBe('en');
    expect(summary.scenarios.length).toBeGreaterThan(1);
    expect(summary.scenarios[0]?.payers[0]).toHaveProperty('costPerUserByYear');
    const grid = await readXlsxGrid(new Uint8Array(readFileSync(output)));
    expect(grid.sheets.map((s) => s.name)).toContain('Comparison');
  });

  it('a second run replaces its own sheets, keeping the input sheets', async () => {
    const input = fixture('good.sample.xlsx');
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    expect(await main([input, '-o', once])).toBe(0);
    expect(await main([once, '-o', twice])).toBe(0);
    const a = (await readXlsxGrid(new Uint8Array(readFileSync(once)))).sheets.map((s) => s.name);
    const b = (await readXlsxGrid(new Uint8Array(readFileSync(twice)))).sheets.map((s) => s.name);
    expect(b.sort()).toEqual(a.sort());
  });

  it('writes into the input only with --in-place', async () => {
    const input = fixture('good.sample.xlsx');
    expect(await main([input, '--in-place'])).toBe(0);
    const names = (await readXlsxGrid(new Uint8Array(readFileSync(input)))).sheets.map((s) => s.name);
    expect(names).toContain('Beslutsunderlag');
    expect(readdirSync(dir)).toEqual(['good.sample.xlsx']);
  });

  it('refuses to write over the input without --in-place: exit 2, nothing written', async () => {
    const input = fixture('good.sample.xlsx');
    const before = hash(input);
    expect(await main([input, '-o', input])).toBe(2);
    expect(hash(input)).toBe(before);
    expect(err.join('')).toContain('--in-place');
  });

  it('lists every input problem with sheet and cell: exit 1, nothing written', async () => {
    const input = fixture('error.several.xlsx');
    expect(await main([input])).toBe(1);
    const text = err.join('');
    for (const cell of ['Resurser!E15', 'Kontrakt!E17', 'Kostnader!G38', 'Kontrakt!H7']) expect(text).toContain(cell);
    expect(text).toContain('Ingenting har skrivits');
    expect(readdirSync(dir)).toEqual(['error.several.xlsx']);
  });

  it('lists the problems in English with --lang en', async () => {
    expect(await main([fixture('error.text-in-money.xlsx'), '--lang', 'en'])).toBe(1);
    expect(err.join('')).toContain('Kostnader!G18  error: Found "två miljoner"');
  });

  it.each([
    ['a CSV renamed to .xlsx', 'Betalare;Elever\nUF;1000\n', 'inte en Excel-arbetsbok'],
    ['a text file', 'hej', 'inte en Excel-arbetsbok'],
  ])('says %s is not a workbook: exit 1, nothing written, input untouched', async (_, content, words) => {
    const input = path.join(dir, 'indata.xlsx');
    writeFileSync(input, content);
    expect(await main([input])).toBe(1);
    expect(err.join('')).toContain(words);
    expect(readFileSync(input, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['indata.xlsx']);
  });

  it('says a password-protected workbook must be unlocked: exit 1', async () => {
    const input = path.join(dir, 'skyddad.xlsx');
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    [...'EncryptionInfo'].forEach((ch, i) => (bytes[1024 + i * 2] = ch.charCodeAt(0)));
    writeFileSync(input, bytes);
    expect(await main([input])).toBe(1);
    expect(err.join('')).toContain('lösenordsskyddad');
  });

  it('says a workbook encrypted by Excel-style password protection must be unlocked: exit 1, nothing written, input untouched', async () => {
    const input = path.join(dir, 'skyddad.xlsx');
    const bytes = readFileSync(new URL('./fixtures/skyddad.xlsx', import.meta.url));
    writeFileSync(input, bytes);
    expect(await main([input])).toBe(1);
    expect(err.join('')).toContain('lösenordsskyddad');
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['skyddad.xlsx']);
  });

  it('exits 2 on usage errors and 0 with --help', async () => {
    expect(await main([])).toBe(2);
    expect(await main([path.join(dir, 'finns-inte.xlsx')])).toBe(2);
    expect(await main(['--help'])).toBe(0);
    expect(out.join('')).toContain('npm run scenarios');
  });
});

describe('scenarios main --simulate', () => {
  const sheetNames = async (file: string): Promise<string[]> =>
    (await readXlsxGrid(new Uint8Array(readFileSync(file)))).sheets.map((s) => s.name);
  /** The summary without its clock: everything else must repeat exactly. */
  const summaryWithoutClock = (file: string): unknown => {
    const { generatedAt: _, ...rest } = readSummary(file);
    return rest;
  };

  it('writes the sheet Känslighet after Jämförelse and prints P10/P50/P90, the chance of being cheapest and the seed', async () => {
    const input = fixture('good.sample.xlsx');
    const output = path.join(dir, 'ut.xlsx');
    expect(await main([input, '-o', output, '--simulate', '2000', '--seed', '77'])).toBe(0);
    const names = await sheetNames(output);
    expect(names.indexOf('Känslighet')).toBe(names.indexOf('Jämförelse') + 1);
    const grid = await readXlsxGrid(new Uint8Array(readFileSync(output)));
    const sheet = grid.sheets.find((s) => s.name === 'Känslighet')!;
    expect(sheet.marker).toMatch(/^skolkostnad:sensitivity\|/);
    const text = out.join('');
    expect(text).toContain('Billigast');
    expect(text).toContain('P90');
    expect(text).toContain('2 000 iterationer, PERT-fördelning, slumpfrö 77');
  });

  it('writes no sensitivity sheet and no simulation in the JSON without --simulate', async () => {
    const input = fixture('good.sample.xlsx');
    const output = path.join(dir, 'ut.xlsx');
    const json = path.join(dir, 's.json');
    expect(await main([input, '-o', output, '--json', json])).toBe(0);
    expect(await sheetNames(output)).not.toContain('Känslighet');
    expect(JSON.parse(readFileSync(json, 'utf8'))).not.toHaveProperty('simulation');
  });

  it('includes the simulation summary in the JSON, in English with --lang en', async () => {
    const input = fixture('good.sample.xlsx');
    const output = path.join(dir, 'ut.xlsx');
    const json = path.join(dir, 's.json');
    expect(
      await main([
        input,
        '-o',
        output,
        '--json',
        json,
        '--lang',
        'en',
        '--simulate',
        '1000',
        '--distribution',
        'triangular',
      ]),
    ).toBe(0);
    expect(await sheetNames(output)).toContain('Sensitivity');
    const summary = readSummary(json);
    expect(summary.simulation).toMatchObject({
      seed: 2024,
      distribution: 'triangular',
      requestedIterations: 1000,
      iterations: 1000,
    });
    expect(summary.simulation?.scenarios.map((s) => s.alternativeId)).toEqual(
      summary.scenarios.map((s) => s.alternativeId),
    );
    expect(out.join('')).toContain('Cheapest');
  });

  it('same seed, same input → identical JSON (apart from the time of the run); another seed → other figures', async () => {
    const input = fixture('good.sample.xlsx');
    const run = async (name: string, seed: string): Promise<unknown> => {
      const json = path.join(dir, `${name}.json`);
      expect(
        await main([input, '-o', path.join(dir, `${name}.xlsx`), '--json', json, '--simulate', '1000', '--seed', seed]),
      ).toBe(0);
      return summaryWithoutClock(json);
    };
    const first = await run('a', '5');
    const again = await run('b', '5');
    const other = await run('c', '6');
    expect(again).toEqual(first);
    expect((other as { simulation: unknown }).simulation).not.toEqual((first as { simulation: unknown }).simulation);
  });

  it('runs until P50 is precise enough with --simulate auto and says how many iterations it took', async () => {
    const input = fixture('good.sample.xlsx');
    const json = path.join(dir, 's.json');
    expect(await main([input, '-o', path.join(dir, 'ut.xlsx'), '--json', json, '--simulate', 'auto'])).toBe(0);
    const { simulation } = readSummary(json);
    expect(simulation?.requestedIterations).toBe('auto');
    expect(simulation?.iterations).toBeGreaterThanOrEqual(1000);
    expect(simulation?.convergence.reached).toBe(true);
    expect(simulation?.convergence.precision).toBeLessThanOrEqual(0.005);
  });

  it('a second run replaces its own Känslighet sheet instead of adding another', async () => {
    const input = fixture('good.sample.xlsx');
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    expect(await main([input, '-o', once, '--simulate', '500'])).toBe(0);
    expect(await main([once, '-o', twice, '--simulate', '500', '--seed', '9'])).toBe(0);
    expect((await sheetNames(twice)).filter((n) => n.startsWith('Känslighet'))).toEqual(['Känslighet']);
  });

  it.each([
    [['--simulate', 'massor'], 'auto'],
    [['--simulate', '50'], '100–100000'],
    [['--simulate', '1000', '--seed', 'abc'], '--seed'],
    [['--simulate', '1000', '--distribution', 'normal'], 'pert'],
    [['--seed', '1'], '--simulate'],
  ])('given %j: exit 2, says why, writes nothing', async (flags, words) => {
    const input = fixture('good.sample.xlsx');
    expect(await main([input, ...flags])).toBe(2);
    expect(err.join('')).toContain(words);
    expect(readdirSync(dir)).toEqual(['good.sample.xlsx']);
  });

  it('documents the new options in --help', async () => {
    expect(await main(['--help'])).toBe(0);
    const help = out.join('');
    for (const flag of ['--simulate', '--seed', '--distribution', 'auto', 'triangular']) expect(help).toContain(flag);
  });
});
