/**
 * The Monte Carlo simulation in its own Web Worker (its own chunk: none of
 * the simulation code is in the pane's first download). Runs in slices and
 * yields to the event loop between them, so progress reaches the pane while
 * it runs. Cancel is the pane terminating this worker, which stops it at once,
 * even inside a slice.
 */
/// <reference lib="webworker" />
import type { SimulationWorkerReply, SimulationWorkerRequest } from './simulationProtocol';
import { simulationSlices } from './simulationSlices';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: SimulationWorkerReply): void {
  scope.postMessage(message);
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

scope.onmessage = async (event: MessageEvent<SimulationWorkerRequest>) => {
  const { model, request, stepDelayMs } = event.data;
  try {
    const slices = simulationSlices(model, request);
    for (;;) {
      const next = slices.next();
      if (next.done) {
        reply({ type: 'done', result: next.value });
        return;
      }
      reply({ type: 'progress', progress: next.value });
      // A macrotask between slices, even without a delay: the progress message goes out now.
      await pause(stepDelayMs);
    }
  } catch (error) {
    // Reported to the pane, which shows it; the worker is then discarded.
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
