/**
 * Running the sensitivity analysis off the main thread: the simulation runs in
 * its own Web Worker in slices and reports progress after each; cancelling
 * terminates the worker, so the work really stops and no late result arrives.
 * Where Workers are unavailable, the same slices run on the main thread, one
 * per macrotask, loaded lazily so the simulation stays out of the first chunk.
 */
import type { SimulationProgress, SimulationResult } from '../../engine/simulation/types';
import type { CostModel } from '../../engine/model';
import type { SimulationRequest } from '../state/sensitivity';
import { GenerationCancelled } from './generate';
import type { SimulationWorkerReply, SimulationWorkerRequest } from './simulationProtocol';

export interface SimulationRunOptions {
  onProgress: (progress: SimulationProgress) => void;
  signal: AbortSignal;
  stepDelayMs?: number;
}

export function runSimulation(
  model: CostModel,
  request: SimulationRequest,
  options: SimulationRunOptions,
): Promise<SimulationResult> {
  if (options.signal.aborted) return Promise.reject(new GenerationCancelled());
  return typeof Worker === 'function' ? inWorker(model, request, options) : inTimeSlices(model, request, options);
}

function inWorker(
  model: CostModel,
  request: SimulationRequest,
  options: SimulationRunOptions,
): Promise<SimulationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
    const finish = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new GenerationCancelled());
    };
    options.signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<SimulationWorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress(message.progress);
      else {
        finish();
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'Web Worker failed to start'));
    };
    const message: SimulationWorkerRequest = { model, request, stepDelayMs: options.stepDelayMs ?? 0 };
    worker.postMessage(message);
  });
}

async function inTimeSlices(
  model: CostModel,
  request: SimulationRequest,
  options: SimulationRunOptions,
): Promise<SimulationResult> {
  const { simulationSlices } = await import(/* webpackChunkName: "simulation" */ './simulationSlices');
  const slices = simulationSlices(model, request);
  for (;;) {
    // Yield to the event loop so clicks (cancel) and repaints get through.
    await new Promise((resolve) => setTimeout(resolve, options.stepDelayMs ?? 0));
    if (options.signal.aborted) throw new GenerationCancelled();
    const next = slices.next();
    if (next.done) return next.value;
    options.onProgress(next.value);
  }
}
