/** The words of the progress lines, in Swedish and English. */

import { describe, expect, it } from 'vitest';
import {
  simulationProgressLine,
  stepLine,
  stillPackingLine,
  writeProgressLine,
} from '../../src/faces/cli/progressText';

describe('stepLine', () => {
  it('names the step in the chosen language', () => {
    expect(stepLine('write', 'sv')).toBe('Skriver arbetsboken …');
    expect(stepLine('write', 'en')).toBe('Writing the workbook …');
  });
});

describe('writeProgressLine', () => {
  it('counts a sheet written, with its name', () => {
    expect(writeProgressLine({ step: 'sheet', done: 3, total: 11, sheet: 'Alt 2' }, 'sv')).toEqual({
      kind: 'count',
      line: 'Skriver blad 3 av 11: Alt 2 …',
    });
    expect(writeProgressLine({ step: 'sheet', done: 3, total: 11, sheet: 'Alt 2' }, 'en')).toEqual({
      kind: 'count',
      line: 'Writing sheet 3 of 11: Alt 2 …',
    });
  });

  it('announces packaging as a phase, and says nothing when it is done', () => {
    expect(writeProgressLine({ step: 'package', done: 0, total: 1 }, 'sv')).toEqual({
      kind: 'phase',
      line: 'Packar arbetsboken (det sista och längsta steget) …',
    });
    expect(writeProgressLine({ step: 'package', done: 0, total: 1 }, 'en')?.line).toMatch(/^Packing the workbook/);
    expect(writeProgressLine({ step: 'package', done: 1, total: 1 }, 'sv')).toBeUndefined();
  });
});

describe('simulationProgressLine', () => {
  it('counts iterations of a fixed run, thousands grouped as the language writes them', () => {
    const progress = { iterations: 4_000, target: 10_000, precision: null };
    expect(simulationProgressLine(progress, 10_000, 'sv')).toBe('Simulerar: 4 000 av 10 000 …');
    expect(simulationProgressLine(progress, 10_000, 'en')).toBe('Simulating: 4,000 of 10,000 …');
  });

  it('gives the cap of an auto run as "at most", and P50’s precision once known', () => {
    expect(simulationProgressLine({ iterations: 500, target: 100_000, precision: null }, 'auto', 'sv')).toBe(
      'Simulerar: 500 (högst 100 000) …',
    );
    expect(simulationProgressLine({ iterations: 8_000, target: 100_000, precision: 0.0081 }, 'auto', 'sv')).toBe(
      'Simulerar: 8 000 (högst 100 000), P50 inom ±0,8 % …',
    );
    expect(simulationProgressLine({ iterations: 8_000, target: 100_000, precision: 0.0081 }, 'auto', 'en')).toBe(
      'Simulating: 8,000 (at most 100,000), P50 within ±0.8 % …',
    );
  });
});

describe('stillPackingLine', () => {
  it('gives the whole seconds packaging has taken so far', () => {
    expect(stillPackingLine(65_900, 'sv')).toBe('Packar arbetsboken … 65 s');
    expect(stillPackingLine(1_234_000, 'en')).toBe('Packing the workbook … 1,234 s');
  });
});
