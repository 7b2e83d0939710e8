/**
 * The simulation cut into slices, so the Web Worker (or, without workers, the
 * main thread) can report progress and stop between them. Slices follow the
 * same schedule as `simulate` (src/engine/simulation/simulate.ts): fixed runs
 * step 1 000 iterations at a time; auto runs step a quarter of the draws done
 * (at least 1 000), and check convergence after each step. Why the same
 * schedule: auto mode stops at the first check that passes, so another
 * schedule would stop at another count — and the seed shown with a result
 * must reproduce it exactly, in the pane, the CLI and the tests alike.
 */
import { DEFAULT_BATCH_SIZE, startSimulation } from '../../../engine/simulation';
import type { SimulationProgress, SimulationResult } from '../../../engine/simulation';
import type { CostModel } from '../../../engine/model';
import type { SimulationRequest } from '../state/sensitivity';

/** Iterations of the next slice after `done`, as `simulate` batches them. */
export function sliceSize(iterations: number | 'auto', done: number, batch = DEFAULT_BATCH_SIZE): number {
  return iterations === 'auto' ? Math.max(batch, Math.floor(done / 4)) : batch;
}

/**
 * Yields progress after each slice; returns the result. A caller that stops
 * pulling (cancel) simply drops the generator: nothing else runs.
 */
export function* simulationSlices(
  model: CostModel,
  request: SimulationRequest,
): Generator<SimulationProgress, SimulationResult, void> {
  const run = startSimulation(model, { ...request });
  while (!run.finished) {
    const progress = run.step(sliceSize(request.iterations, run.iterations));
    if (!run.finished) yield progress;
  }
  return run.result(false);
}
