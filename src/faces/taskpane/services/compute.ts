/**
 * How the pane computes a chosen model: the engine in a Web Worker, then the
 * sensitivity simulation when one is asked for. The same function serves a
 * generation and, with the same simulation request, the recalculation a
 * write makes when the inputs changed meanwhile.
 */
import type { Compute } from '../../../app';
import type { SimulationProgress } from '../../../engine/simulation/types';
import { hasBlockingProblems } from '../state/flow';
import type { SimulationRequest } from '../state/sensitivity';
import { generateScenarios } from './generate';
import { runSimulation } from './simulation';

export interface ComputeOptions {
  signal: AbortSignal;
  stepDelayMs: number;
  onEngineProgress: (done: number) => void;
  onSimulationProgress: (progress: SimulationProgress) => void;
}

export function paneCompute(request: SimulationRequest | null, options: ComputeOptions): Compute {
  const { signal, stepDelayMs } = options;
  return async (chosen) => {
    const output = await generateScenarios(chosen, { signal, stepDelayMs, onProgress: options.onEngineProgress });
    // The simulation runs on the same chosen model, after the engine: a model with errors has no scenarios to vary.
    if (!request || hasBlockingProblems(output.problems)) return { output };
    const sensitivity = await runSimulation(chosen, request, {
      signal,
      stepDelayMs,
      onProgress: options.onSimulationProgress,
    });
    return { output, sensitivity };
  };
}
