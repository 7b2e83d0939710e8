/**
 * The engine in a Web Worker, so a large model never freezes the pane.
 * Loaded by webpack's native `new Worker(new URL(...))` support: a separate
 * same-origin chunk, no eval, allowed by the CSP's worker-src 'self'.
 */
/// <reference lib="webworker" />
import { engineSteps } from './engineSteps';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { model, stepDelayMs } = event.data;
  const total = model.alternatives.length;
  try {
    const steps = engineSteps(model);
    reply({ type: 'progress', done: 0, total });
    for (;;) {
      const next = steps.next();
      if (next.done) {
        reply({ type: 'done', output: next.value });
        return;
      }
      reply({ type: 'progress', done: next.value, total });
      if (stepDelayMs > 0) await pause(stepDelayMs);
    }
  } catch (error) {
    // Reported to the pane, which shows it; the worker is then discarded.
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
