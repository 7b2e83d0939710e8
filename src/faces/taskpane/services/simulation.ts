/**
 * Running the sensitivity analysis off the main thread: the simulation runs in
 * its own Web Worker in slices and reports progress after each; cancelling
 * terminates the worker, so the work really stops and no late result arrives.
 * Where Workers are unavailable, the same slices run on the main thread, one
 * per macrotask, loaded lazily so the simulation stays out of the first chunk.
 */
import type { SimulationProgress, SimulationResult } from '../../../engine/simulation/types';
import type { CostModel } from '../../../engine/model';
import type { SimulationRequest } from '../state/sensitivity';
import { GenerationCancelled, runInSlices, runInWorker } from './offMainThread';
import type { SimulationWorkerReply, SimulationWorkerRequest } from './simulationProtocol';

export interface SimulationRunOptions {
  onProgress: (progress: SimulationProgress) => void;
  signal: AbortSignal;
  stepDelayMs?: number;
}

export async function runSimulation(
  model: CostModel,
  request: SimulationRequest,
  options: SimulationRunOptions,
): Promise<SimulationResult> {
  if (options.signal.aborted) throw new GenerationCancelled();
  if (typeof Worker !== 'function') {
    const { simulationSlices } = await import(/* webpackChunkName: "simulation" */ './simulationSlices');
    return runInSlices(simulationSlices(model, request), options);
  }
  const message: SimulationWorkerRequest = { model, request, stepDelayMs: options.stepDelayMs ?? 0 };
  return runInWorker<SimulationWorkerReply, SimulationResult>(
    new Worker(new URL('./simulation.worker.ts', import.meta.url)),
    message,
    options.signal,
    (reply: SimulationWorkerReply) => {
      if (reply.type === 'progress') {
        options.onProgress(reply.progress);
        return { kind: 'progress' };
      }
      return reply.type === 'done' ? { kind: 'done', result: reply.result } : { kind: 'error', message: reply.message };
    },
  );
}
