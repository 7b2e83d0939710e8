/**
 * The words of the command line's progress lines, Swedish and English:
 * the scenarios command's phases, a sheet written, the package step (and its
 * heartbeat) and the simulation's iterations. Pure; which lines are shown is progress.ts's job.
 */

import type { SimulationProgress } from '../../engine/simulation';
import type { XlsxWriteProgress } from '../../hosts/xlsx/apply';
import type { Language } from './args';
import { formatCount } from './numberFormat';

export type RunStep = 'read' | 'compute' | 'simulate' | 'plan' | 'write';

const TEXT = {
  sv: {
    steps: {
      read: 'Läser arbetsboken …',
      compute: 'Räknar scenarier …',
      simulate: 'Simulerar osäkerheten …',
      plan: 'Lägger upp bladen …',
      write: 'Skriver arbetsboken …',
    },
    sheet: (done: string, total: string, name: string) => `Skriver blad ${done} av ${total}: ${name} …`,
    packing: 'Packar arbetsboken (det sista och längsta steget) …',
    stillPacking: (seconds: string) => `Packar arbetsboken … ${seconds} s`,
    iterations: (done: string, total: string) => `Simulerar: ${done} av ${total} …`,
    auto: (done: string, cap: string, precision: string | undefined) =>
      `Simulerar: ${done} (högst ${cap})${precision === undefined ? '' : `, P50 inom ±${precision} %`} …`,
  },
  en: {
    steps: {
      read: 'Reading the workbook …',
      compute: 'Computing scenarios …',
      simulate: 'Simulating the uncertainty …',
      plan: 'Laying out the sheets …',
      write: 'Writing the workbook …',
    },
    sheet: (done: string, total: string, name: string) => `Writing sheet ${done} of ${total}: ${name} …`,
    packing: 'Packing the workbook (the last and longest step) …',
    stillPacking: (seconds: string) => `Packing the workbook … ${seconds} s`,
    iterations: (done: string, total: string) => `Simulating: ${done} of ${total} …`,
    auto: (done: string, cap: string, precision: string | undefined) =>
      `Simulating: ${done} (at most ${cap})${precision === undefined ? '' : `, P50 within ±${precision} %`} …`,
  },
};

function count(n: number, language: Language): string {
  return formatCount(n, language);
}

function percent(share: number, language: Language): string {
  const text = (share * 100).toFixed(1);
  return language === 'sv' ? text.replace('.', ',') : text;
}

export function stepLine(step: RunStep, language: Language): string {
  return TEXT[language].steps[step];
}

/** A sheet written is a count; the start of packaging a phase; its end says nothing (the result follows). */
export function writeProgressLine(
  progress: XlsxWriteProgress,
  language: Language,
): { kind: 'phase' | 'count'; line: string } | undefined {
  const t = TEXT[language];
  if (progress.step === 'package') return progress.done === 0 ? { kind: 'phase', line: t.packing } : undefined;
  return {
    kind: 'count',
    line: t.sheet(count(progress.done, language), count(progress.total, language), progress.sheet ?? ''),
  };
}

/** While packaging, which reports nothing by itself: how long it has taken so far. */
export function stillPackingLine(elapsedMs: number, language: Language): string {
  return TEXT[language].stillPacking(count(Math.floor(elapsedMs / 1000), language));
}

/** In auto mode the target is only a cap, so the line says "at most" and how precise P50 is so far. */
export function simulationProgressLine(
  progress: SimulationProgress,
  requested: number | 'auto',
  language: Language,
): string {
  const t = TEXT[language];
  const done = count(progress.iterations, language);
  if (requested !== 'auto') return t.iterations(done, count(progress.target, language));
  const precision = progress.precision === null ? undefined : percent(progress.precision, language);
  return t.auto(done, count(progress.target, language), precision);
}
