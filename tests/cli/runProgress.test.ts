/** The scenarios command's progress wiring: pipeline callbacks → lines, and the heartbeat while packaging. */

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressReporter } from '../../src/faces/cli/progress';
import { runProgress } from '../../src/faces/cli/runProgress';

let lines: string[];

beforeEach(() => {
  // Fake timers move Date.now and fire setInterval only when the test says so.
  vi.useFakeTimers({ now: 0 });
  lines = [];
});
afterEach(() => vi.useRealTimers());

function wired(language: 'sv' | 'en' = 'sv', requestedIterations?: number | 'auto') {
  const now = () => Date.now();
  const reporter = progressReporter({ now, write: (line) => lines.push(line) });
  return runProgress({ reporter, language, now, ...(requestedIterations ? { requestedIterations } : {}) });
}

describe('runProgress', () => {
  it('turns steps, batches and sheets into lines once the run is past its first second', () => {
    const progress = wired('sv', 2_000);
    progress.onStep('read');
    vi.advanceTimersByTime(1_500);
    progress.onStep('simulate');
    progress.onSimulationProgress({ iterations: 1_000, target: 2_000, precision: null });
    vi.advanceTimersByTime(1_000);
    progress.onWriteProgress({ step: 'sheet', done: 1, total: 2, sheet: 'Jämförelse' });
    expect(lines).toEqual([
      'Simulerar osäkerheten …\n',
      // The batch came at the same moment as the phase: throttled away.
      'Skriver blad 1 av 2: Jämförelse …\n',
    ]);
  });

  it('repeats how long packaging has taken every 5 s, and stops when it is done', () => {
    const progress = wired('sv');
    vi.advanceTimersByTime(2_000);
    progress.onWriteProgress({ step: 'package', done: 0, total: 1 });
    vi.advanceTimersByTime(12_000);
    progress.onWriteProgress({ step: 'package', done: 1, total: 1 });
    vi.advanceTimersByTime(20_000);
    expect(lines).toEqual([
      'Packar arbetsboken (det sista och längsta steget) …\n',
      'Packar arbetsboken … 5 s\n',
      'Packar arbetsboken … 10 s\n',
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says it in English with language en', () => {
    const progress = wired('en', 'auto');
    vi.advanceTimersByTime(2_000);
    progress.onSimulationProgress({ iterations: 3_000, target: 100_000, precision: 0.012 });
    progress.onWriteProgress({ step: 'package', done: 0, total: 1 });
    vi.advanceTimersByTime(5_000);
    expect(lines).toEqual([
      'Simulating: 3,000 (at most 100,000), P50 within ±1.2 % …\n',
      'Packing the workbook (the last and longest step) …\n',
      'Packing the workbook … 5 s\n',
    ]);
    progress.stop();
  });

  it('stop ends a heartbeat a failed write left running', () => {
    const progress = wired();
    progress.onWriteProgress({ step: 'package', done: 0, total: 1 });
    expect(vi.getTimerCount()).toBe(1);
    progress.stop();
    progress.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
