/** Messages between the pane and the simulation's Web Worker (plain data, structured-cloned). */
import type { SimulationProgress, SimulationResult } from '../../../engine/simulation/types';
import type { CostModel } from '../../../engine/model';
import type { SimulationRequest } from '../state/sensitivity';

export interface SimulationWorkerRequest {
  model: CostModel;
  request: SimulationRequest;
  /** Pause between slices; only the preview sets it (?stepDelayMs=) so cancel can be tried. */
  stepDelayMs: number;
}

export type SimulationWorkerReply =
  | { type: 'progress'; progress: SimulationProgress }
  | { type: 'done'; result: SimulationResult }
  | { type: 'failed'; message: string };
