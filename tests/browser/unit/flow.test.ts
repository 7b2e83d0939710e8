import { describe, expect, it } from 'vitest';
import type { EngineOutput } from '../../../src/engine/model';
import { canVisit, createFlow, flowReducer, initialFlow, type FlowState } from '../../../src/faces/taskpane/state/flow';
import { basis, overview, problem, smallModel } from './fixtures';

const output = (problems = [problem('warning', 'Kostnader')]): EngineOutput => ({ problems, scenarios: [] });

function inspected(partial = {}): FlowState {
  return flowReducer(initialFlow, { type: 'inspected', overview: overview(partial) });
}

function generated(): FlowState {
  let s = flowReducer(inspected(), { type: 'generationStarted', total: 2 });
  s = flowReducer(s, { type: 'generationFinished', output: output(), model: smallModel(), basis: basis() });
  return s;
}

describe('canVisit', () => {
  it('allows only Start before the workbook was read', () => {
    expect(['start', 'check', 'choose', 'review'].map((s) => canVisit(initialFlow, s as never))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
  it('keeps Check closed while input sheets are missing', () => {
    expect(canVisit(inspected({ missingSheets: ['Kostnader'], model: null }), 'check')).toBe(false);
  });
  it('blocks Choose on errors but not on warnings', () => {
    expect(canVisit(inspected({ problems: [problem('error', 'Resurser')] }), 'choose')).toBe(false);
    expect(canVisit(inspected({ problems: [problem('warning', 'Resurser')] }), 'choose')).toBe(true);
  });
  it('opens Review and Write only after a finished generation', () => {
    expect(canVisit(inspected(), 'review')).toBe(false);
    expect(canVisit(generated(), 'review')).toBe(true);
    expect(canVisit(generated(), 'write')).toBe(true);
  });
});

describe('flowReducer', () => {
  it('takes the default choices from the model when the workbook is read', () => {
    expect(inspected().choices?.alternativeIds).toEqual(['Ett', 'Två']);
  });
  it('ignores a step that cannot be visited yet', () => {
    expect(flowReducer(inspected({ problems: [problem('error')] }), { type: 'goTo', step: 'choose' }).step).toBe(
      'start',
    );
  });
  it('moves to Review when generation finishes without errors', () => {
    expect(generated().step).toBe('review');
    expect(generated().generation.status).toBe('done');
  });
  it('reports blocking problems found while generating instead of results', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 2 });
    s = flowReducer(s, {
      type: 'generationFinished',
      output: output([problem('error', 'Kontrakt')]),
      model: smallModel(),
      basis: basis(),
    });
    expect(s.generation).toEqual({ status: 'blocked', problems: [problem('error', 'Kontrakt')] });
    expect(s.step).toBe('generate');
  });
  it('drops results that arrive after a cancel', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 2 });
    s = flowReducer(s, { type: 'generationCancelled' });
    s = flowReducer(s, { type: 'generationFinished', output: output(), model: smallModel(), basis: basis() });
    expect(s.generation).toEqual({ status: 'cancelled' });
  });
  it('tracks progress only while running', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 4 });
    s = flowReducer(s, { type: 'generationProgress', done: 3 });
    expect(s.generation).toEqual({ status: 'running', done: 3, total: 4 });
    expect(flowReducer(generated(), { type: 'generationProgress', done: 1 }).generation.status).toBe('done');
  });
  it('keeps the analyst’s choices across a re-read while the alternatives still exist', () => {
    const changed = flowReducer(inspected(), {
      type: 'choicesChanged',
      choices: { ...inspected().choices!, alternativeIds: ['Två'], horizonYears: 12 },
    });
    const reread = flowReducer(changed, { type: 'inspected', overview: overview() });
    expect(reread.choices?.alternativeIds).toEqual(['Två']);
    expect(reread.choices?.horizonYears).toBe(12);
  });
  it('discards results on a re-read (inputs may have changed) but keeps them when asked', () => {
    const reread = flowReducer(generated(), { type: 'inspected', overview: overview() });
    expect(reread.generation.status).toBe('idle');
    expect(reread.step).toBe('start');
    const kept = flowReducer(generated(), {
      type: 'inspected',
      overview: overview({ staleness: { kind: 'current', generatedAt: 'x' } }),
      keepResults: true,
    });
    expect(kept.generation.status).toBe('done');
    expect(kept.overview?.staleness.kind).toBe('current');
  });
});

describe('flowReducer with a sensitivity analysis', () => {
  const simulation = (iterations: number) =>
    ({
      seed: 1,
      iterations,
      scenarios: [],
    }) as unknown as import('../../../src/engine/simulation/types').SimulationResult;

  it('prefills the analysis switched off with the seed the pane was opened with', () => {
    expect(createFlow(314_159).sensitivity).toEqual({
      enabled: false,
      iterations: 10_000,
      seed: 314_159,
      distribution: 'pert',
    });
  });
  it('keeps the analyst’s sensitivity choices across a re-read', () => {
    const changed = flowReducer(inspected(), {
      type: 'sensitivityChanged',
      sensitivity: { enabled: true, iterations: 'auto', seed: 9, distribution: 'triangular' },
    });
    expect(flowReducer(changed, { type: 'inspected', overview: overview() }).sensitivity).toEqual(changed.sensitivity);
  });
  it('tracks the simulation’s progress only when one was asked for', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 2, simulation: 10_000 });
    expect(s.generation).toEqual({
      status: 'running',
      done: 0,
      total: 2,
      simulation: { requested: 10_000, progress: null },
    });
    const progress = { iterations: 3_000, target: 10_000, precision: null };
    s = flowReducer(s, { type: 'simulationProgress', progress });
    expect(s.generation).toMatchObject({ simulation: { requested: 10_000, progress } });
    const plain = flowReducer(inspected(), { type: 'generationStarted', total: 2 });
    expect(flowReducer(plain, { type: 'simulationProgress', progress })).toEqual(plain);
  });
  it('keeps the simulation result with the scenarios for Review and Write', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 2, simulation: 1_000 });
    s = flowReducer(s, {
      type: 'generationFinished',
      output: output(),
      model: smallModel(),
      basis: basis(),
      sensitivity: simulation(1_000),
    });
    expect(s.step).toBe('review');
    expect(s.generation).toMatchObject({ status: 'done', sensitivity: simulation(1_000) });
  });
  it('drops a simulation result that arrives after a cancel', () => {
    let s = flowReducer(inspected(), { type: 'generationStarted', total: 2, simulation: 10_000 });
    s = flowReducer(s, { type: 'generationCancelled' });
    s = flowReducer(s, {
      type: 'generationFinished',
      output: output(),
      model: smallModel(),
      basis: basis(),
      sensitivity: simulation(10),
    });
    expect(s.generation).toEqual({ status: 'cancelled' });
  });
});
