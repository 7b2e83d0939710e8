/**
 * Generating scenarios off the main thread: the engine runs in a Web Worker
 * that reports progress per alternative; cancelling terminates the worker, so
 * a cancel is immediate even in the middle of a long scenario. Where Workers
 * are unavailable, the same steps run in time slices on the main thread
 * (one alternative per macrotask), and cancel takes effect between them.
 */
import type { CostModel, EngineOutput } from '../../../engine/model';
import { engineSteps } from './engineSteps';
import { GenerationCancelled, runInSlices, runInWorker } from './offMainThread';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export { GenerationCancelled } from './offMainThread';

export interface GenerateOptions {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
  stepDelayMs?: number;
}

export function generateScenarios(model: CostModel, options: GenerateOptions): Promise<EngineOutput> {
  if (options.signal.aborted) return Promise.reject(new GenerationCancelled());
  const total = model.alternatives.length;
  if (typeof Worker !== 'function') {
    options.onProgress(0, total);
    return runInSlices(engineSteps(model), { ...options, onProgress: (done) => options.onProgress(done, total) });
  }
  const request: WorkerRequest = { model, stepDelayMs: options.stepDelayMs ?? 0 };
  return runInWorker<WorkerReply, EngineOutput>(
    new Worker(new URL('./engine.worker.ts', import.meta.url)),
    request,
    options.signal,
    (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        options.onProgress(reply.done, reply.total);
        return { kind: 'progress' };
      }
      return reply.type === 'done' ? { kind: 'done', result: reply.output } : { kind: 'error', message: reply.message };
    },
  );
}
