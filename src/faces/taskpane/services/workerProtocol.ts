/** Messages between the pane and the engine's Web Worker (plain data, structured-cloned). */
import type { CostModel, EngineOutput } from '../../../engine/model';

export interface WorkerRequest {
  model: CostModel;
  /** Pause between alternatives; only the preview sets it (?stepDelayMs=) so cancel can be tried. */
  stepDelayMs: number;
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; output: EngineOutput }
  | { type: 'failed'; message: string };
