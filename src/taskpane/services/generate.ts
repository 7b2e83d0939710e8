/**
 * Generating scenarios off the main thread: the engine runs in a Web Worker
 * that reports progress per alternative; cancelling terminates the worker, so
 * a cancel is immediate even in the middle of a long scenario. Where Workers
 * are unavailable, the same steps run in time slices on the main thread
 * (one alternative per macrotask), and cancel takes effect between them.
 */
import type { CostModel, EngineOutput } from '../../engine/model';
import { engineSteps } from './engineSteps';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export interface GenerateOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
  stepDelayMs?: number;
}

/** Thrown (as a rejection) when the signal aborts; the pane treats it as "cancelled", not failure. */
export class GenerationCancelled extends Error {
  constructor() {
    super('Generation cancelled');
    this.name = 'GenerationCancelled';
  }
}

export function generateScenarios(model: CostModel, options: GenerateOptions): Promise<EngineOutput> {
  if (options.signal.aborted) return Promise.reject(new GenerationCancelled());
  return typeof Worker === 'function' ? inWorker(model, options) : inTimeSlices(model, options);
}

function inWorker(model: CostModel, options: GenerateOptions): Promise<EngineOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url));
    const finish = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new GenerationCancelled());
    };
    options.signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress(message.done, message.total);
      else {
        finish();
        if (message.type === 'done') resolve(message.output);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'Web Worker failed to start'));
    };
    const request: WorkerRequest = { model, stepDelayMs: options.stepDelayMs ?? 0 };
    worker.postMessage(request);
  });
}

async function inTimeSlices(model: CostModel, options: GenerateOptions): Promise<EngineOutput> {
  const total = model.alternatives.length;
  const steps = engineSteps(model);
  options.onProgress(0, total);
  for (;;) {
    // Yield to the event loop so clicks (cancel) and repaints get through.
    await new Promise((resolve) => setTimeout(resolve, options.stepDelayMs ?? 0));
    if (options.signal.aborted) throw new GenerationCancelled();
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress(next.value, total);
  }
}
