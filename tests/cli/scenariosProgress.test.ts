/**
 * Progress of the scenarios command on stderr, with a fake clock passed to
 * main: a slow run reports each sheet (throttled to once a second) and the
 * simulation's iterations, in Swedish or English; a fast run reports nothing;
 * stdout is the same either way.
 */

import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/faces/cli/scenarios';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
let dir: string;
let out: string[];
/** Each stderr write with the fake time it happened at. */
let err: { at: number; text: string }[];
let time: number;

/** A clock that moves `step` ms every time it is read: a run as slow as we like. */
const clock = (step: number) => () => (time += step);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'skolkostnad-progress-'));
  out = [];
  err = [];
  time = 0;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push({ at: time, text: String(chunk) }), true));
});
afterEach(() => vi.restoreAllMocks());

function input(): string {
  const target = path.join(dir, 'good.sample.xlsx');
  copyFileSync(path.join(FIXTURES, 'good.sample.xlsx'), target);
  return target;
}

const lines = (pattern: RegExp) => err.filter((e) => pattern.test(e.text));
const SHEET_SV = /^Skriver blad (\d+) av (\d+): .+ …\n$/;
const PROGRESS = /Läser|Räknar|Simulerar|Lägger|Skriver|Packar|Reading|Computing|Simulating|Laying|Writing|Packing/;

describe('scenarios main: progress on stderr', () => {
  it('a slow write reports every sheet in Swedish, in order, then packaging', async () => {
    expect(await main([input()], clock(1_001))).toBe(0);
    const sheets = lines(SHEET_SV).map((e) => SHEET_SV.exec(e.text)!.slice(1).map(Number));
    const total = sheets[0]![1]!;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(sheets).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
    expect(err.map((e) => e.text)).toContain(`Skriver blad 1 av ${total}: Beslutsunderlag …\n`);
    expect(lines(/^Packar arbetsboken \(/)).toHaveLength(1);
    expect(lines(/^Läser arbetsboken …\n$/)).toHaveLength(1);
    expect(lines(/^Skriver arbetsboken …\n$/)).toHaveLength(1);
  });

  it('reports in English with --lang en', async () => {
    expect(await main([input(), '--lang', 'en'], clock(1_001))).toBe(0);
    expect(lines(/^Writing sheet 1 of \d+: .+ …\n$/)).toHaveLength(1);
    expect(lines(/^Packing the workbook \(/)).toHaveLength(1);
    expect(lines(/Skriver|Packar/)).toHaveLength(0);
  });

  it('throttles: sheet lines at least a second apart from the line before, fewer than the sheets', async () => {
    expect(await main([input()], clock(300))).toBe(0);
    const shown = err.filter((e) => PROGRESS.test(e.text));
    const sheetLines = shown.filter((e) => SHEET_SV.test(e.text));
    expect(sheetLines.length).toBeGreaterThan(0);
    const total = Number(SHEET_SV.exec(sheetLines[0]!.text)![2]);
    expect(sheetLines.length).toBeLessThan(total);
    for (const line of sheetLines) {
      const before = shown[shown.indexOf(line) - 1];
      if (before) expect(line.at - before.at).toBeGreaterThanOrEqual(1_000);
    }
  });

  it('reports the simulation’s iterations, in Swedish and English', async () => {
    expect(await main([input(), '--simulate', '3000', '-o', path.join(dir, 'a.xlsx')], clock(1_001))).toBe(0);
    expect(lines(/^Simulerar: /).map((e) => e.text)).toEqual([
      'Simulerar: 1 000 av 3 000 …\n',
      'Simulerar: 2 000 av 3 000 …\n',
      'Simulerar: 3 000 av 3 000 …\n',
    ]);
    err = [];
    expect(
      await main([input(), '--simulate', '3000', '--lang', 'en', '-o', path.join(dir, 'b.xlsx')], clock(1_001)),
    ).toBe(0);
    expect(lines(/^Simulating: 2,000 of 3,000 …\n$/)).toHaveLength(1);
  });

  it('a fast run prints no progress at all', async () => {
    expect(await main([input(), '--simulate', '1000'], () => 0)).toBe(0);
    expect(err.filter((e) => PROGRESS.test(e.text))).toEqual([]);
  });

  it('stdout is the same with and without progress', async () => {
    const output = path.join(dir, 'ut.xlsx');
    expect(await main([input(), '-o', output, '--simulate', '1000'], () => 0)).toBe(0);
    const quiet = out.join('');
    out = [];
    expect(await main([input(), '-o', output, '--simulate', '1000'], clock(1_001))).toBe(0);
    expect(err.filter((e) => PROGRESS.test(e.text)).length).toBeGreaterThan(3);
    expect(out.join('')).toBe(quiet);
    expect(quiet).not.toMatch(PROGRESS);
  });
});
