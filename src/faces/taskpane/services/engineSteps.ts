/**
 * The engine run cut into steps so it can report progress and be cancelled
 * between alternatives: the engine's own engineSteps (src/engine/run.ts), the
 * same result as runEngine(model). Shared by the Web Worker and the
 * main-thread time-slice fallback.
 */
export { engineSteps } from '../../../engine';
