/**
 * The scenarios command's progress, wired: turns the pipeline's callbacks
 * (steps, simulation batches, sheets written, packaging) into lines for a
 * ProgressReporter (progress.ts) in the chosen language. Packaging the file
 * is one ExcelJS call that reports nothing and takes most of a large write
 * (10× the sample: 14 of 17 s on this machine), so while it runs a timer
 * repeats how long it has taken, every `heartbeatMs`; it gets its turns
 * because ExcelJS yields to the event loop while it streams the package.
 */

import type { SimulationProgress } from '../../engine/simulation';
import type { XlsxWriteProgress } from '../../hosts/xlsx/apply';
import type { Language } from './args';
import type { ProgressReporter } from './progress';
import { simulationProgressLine, stepLine, stillPackingLine, writeProgressLine, type RunStep } from './progressText';

export const HEARTBEAT_MS = 5000;

export interface RunProgressOptions {
  reporter: ProgressReporter;
  language: Language;
  /** What --simulate asked for (a count or 'auto'), for the wording of the simulation's lines. */
  requestedIterations?: number | 'auto';
  now: () => number;
  heartbeatMs?: number;
}

export interface RunProgress {
  onStep: (step: RunStep) => void;
  onSimulationProgress: (progress: SimulationProgress) => void;
  onWriteProgress: (progress: XlsxWriteProgress) => void;
  /** Stops the packaging heartbeat if a failed write left it running; safe to call twice. */
  stop: () => void;
}

export function runProgress(options: RunProgressOptions): RunProgress {
  const { reporter, language, now } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  const startHeartbeat = (): void => {
    stop();
    const started = now();
    timer = setInterval(
      () => reporter.count(stillPackingLine(now() - started, language)),
      options.heartbeatMs ?? HEARTBEAT_MS,
    );
    // Never keeps the process alive on its own.
    timer.unref?.();
  };
  return {
    onStep: (step) => reporter.phase(stepLine(step, language)),
    onSimulationProgress: (progress) =>
      reporter.count(simulationProgressLine(progress, options.requestedIterations ?? progress.target, language)),
    onWriteProgress: (progress) => {
      const shown = writeProgressLine(progress, language);
      if (shown) reporter[shown.kind](shown.line);
      if (progress.step === 'package') {
        if (progress.done === 0) startHeartbeat();
        else stop();
      }
    },
    stop,
  };
}
