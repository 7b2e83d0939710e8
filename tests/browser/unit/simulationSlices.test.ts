/**
 * The slices the Web Worker runs give exactly the result of `simulate` with
 * the same seed: what the pane shows can be reproduced from the seed by the
 * CLI and tests.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulation';
import type { SimulationProgress } from '../../../src/engine/simulation';
import { stockholmSample } from '../../../src/sample/stockholm';
import { simulationSlices, sliceSize } from '../../../src/faces/taskpane/services/simulationSlices';
import type { SimulationRequest } from '../../../src/faces/taskpane/state/sensitivity';

function drain(request: SimulationRequest) {
  const slices = simulationSlices(stockholmSample(), request);
  const progress: SimulationProgress[] = [];
  let next = slices.next();
  while (!next.done) {
    progress.push(next.value);
    next = slices.next();
  }
  return { progress, result: next.value };
}

describe('sliceSize', () => {
  it('steps 1 000 iterations at a time for a fixed count', () => {
    expect([0, 1_000, 9_000].map((done) => sliceSize(10_000, done))).toEqual([1_000, 1_000, 1_000]);
  });
  it('grows with the draws in auto mode, as simulate batches them', () => {
    expect([0, 1_000, 4_000, 8_000].map((done) => sliceSize('auto', done))).toEqual([1_000, 1_000, 1_000, 2_000]);
  });
});

describe('simulationSlices', () => {
  it('returns exactly what simulate returns for a fixed count, reporting progress between slices', () => {
    const request: SimulationRequest = { iterations: 3_000, seed: 2026, distribution: 'pert' };
    const { progress, result } = drain(request);
    expect(progress.map((p) => [p.iterations, p.target])).toEqual([
      [1_000, 3_000],
      [2_000, 3_000],
    ]);
    expect(result).toEqual(simulate(stockholmSample(), request));
    expect(result.seed).toBe(2026);
    expect(result.cancelled).toBe(false);
  });
  it('stops where simulate stops in auto mode, with the same figures', () => {
    const request: SimulationRequest = { iterations: 'auto', seed: 99, distribution: 'triangular' };
    const { result } = drain(request);
    const expected = simulate(stockholmSample(), request);
    expect(result.iterations).toBe(expected.iterations);
    expect(result).toEqual(expected);
    expect(result.convergence.reached).toBe(true);
  });
  it('yields nothing for a run done in one slice', () => {
    expect(drain({ iterations: 1_000, seed: 1, distribution: 'pert' }).progress).toEqual([]);
  });
});
