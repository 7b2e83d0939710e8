/**
 * The pane's flow as a pure reducer: Start → Check → Choose → Generate →
 * Review → Write, which steps can be visited, and what each event does to the
 * state. Kept free of React and Office so it is unit-tested directly.
 */
import type { CostModel, EngineOutput, Problem } from '../../../engine/model';
import type { SimulationProgress, SimulationResult } from '../../../engine/simulation/types';
import type { Bilingual, WorkbookOverview, WriteOutcome } from '../../../app/session';
import { defaultChoices, type Choices } from '../../../app/choices';
import type { Calculation, CalculationBasis } from '../../../app/scenarios';
import { defaultSensitivity, type IterationChoice, type SensitivityChoices } from './sensitivity';

export const STEPS = ['start', 'check', 'choose', 'generate', 'review', 'write'] as const;
export type Step = (typeof STEPS)[number];

/** A sensitivity analysis asked for with this generation; progress is null until its first slice is done. */
export interface SimulationRunState {
  requested: IterationChoice;
  progress: SimulationProgress | null;
}

export type Generation =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; simulation?: SimulationRunState }
  | { status: 'cancelled' }
  | { status: 'failed'; detail: Bilingual }
  | { status: 'blocked'; problems: Problem[] }
  | {
      status: 'done';
      output: EngineOutput;
      model: CostModel;
      sensitivity?: SimulationResult;
      /** What the results were computed from: written with them, so the sheets can never claim other inputs. */
      basis: CalculationBasis;
    };

export interface FlowState {
  step: Step;
  overview: WorkbookOverview | null;
  choices: Choices | null;
  /** Kept across re-reads: the seed and settings do not depend on the inputs. */
  sensitivity: SensitivityChoices;
  generation: Generation;
  written: Extract<WriteOutcome, { status: 'written' }> | null;
}

export type FlowEvent =
  | { type: 'inspected'; overview: WorkbookOverview; keepResults?: boolean }
  | { type: 'goTo'; step: Step }
  | { type: 'choicesChanged'; choices: Choices }
  | { type: 'sensitivityChanged'; sensitivity: SensitivityChoices }
  | { type: 'generationStarted'; total: number; simulation?: IterationChoice }
  | { type: 'generationProgress'; done: number }
  | { type: 'simulationProgress'; progress: SimulationProgress }
  | {
      type: 'generationFinished';
      output: EngineOutput;
      model: CostModel;
      sensitivity?: SimulationResult;
      basis: CalculationBasis;
    }
  /** The write found changed inputs and computed again: these are the results now on the sheets. */
  | { type: 'recalculated'; calculation: Calculation }
  | { type: 'generationCancelled' }
  | { type: 'generationFailed'; detail: Bilingual }
  | { type: 'written'; outcome: Extract<WriteOutcome, { status: 'written' }> };

/** The state when the pane opens; `seed` prefills the sensitivity analysis (the pane passes a fresh one). */
export function createFlow(seed: number): FlowState {
  return {
    step: 'start',
    overview: null,
    choices: null,
    sensitivity: defaultSensitivity(seed),
    generation: { status: 'idle' },
    written: null,
  };
}

/** A pane with a fixed seed (tests). */
export const initialFlow: FlowState = createFlow(1);

export function hasBlockingProblems(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Whether the analyst may go to `step` now: each step needs what the previous produced. */
export function canVisit(state: FlowState, step: Step): boolean {
  const o = state.overview;
  switch (step) {
    case 'start':
      return true;
    case 'check':
      return o !== null && o.missingSheets.length === 0;
    case 'choose':
      return o !== null && o.model !== null && !hasBlockingProblems(o.problems);
    case 'generate':
      return canVisit(state, 'choose') && state.choices !== null && state.generation.status !== 'idle';
    case 'review':
    case 'write':
      return state.generation.status === 'done';
  }
}

export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'inspected': {
      const model = event.overview.model;
      // Keep the analyst's choices while the same alternatives exist; a new
      // read (e.g. after fixing an input) invalidates computed results.
      const keepChoices =
        state.choices !== null &&
        model !== null &&
        state.choices.alternativeIds.every((id) => model.alternatives.some((a) => a.id === id));
      const choices = model === null ? null : keepChoices ? state.choices : defaultChoices(model);
      const next: FlowState = event.keepResults
        ? { ...state, overview: event.overview }
        : { ...state, overview: event.overview, choices, generation: { status: 'idle' }, written: null };
      return canVisit(next, next.step) ? next : { ...next, step: 'start' };
    }
    case 'goTo':
      return canVisit(state, event.step) ? { ...state, step: event.step } : state;
    case 'choicesChanged':
      return { ...state, choices: event.choices };
    case 'sensitivityChanged':
      return { ...state, sensitivity: event.sensitivity };
    case 'generationStarted':
      return {
        ...state,
        step: 'generate',
        generation: {
          status: 'running',
          done: 0,
          total: event.total,
          ...(event.simulation === undefined ? {} : { simulation: { requested: event.simulation, progress: null } }),
        },
        written: null,
      };
    case 'generationProgress':
      return state.generation.status === 'running'
        ? { ...state, generation: { ...state.generation, done: event.done } }
        : state;
    case 'simulationProgress': {
      const g = state.generation;
      return g.status === 'running' && g.simulation
        ? { ...state, generation: { ...g, simulation: { ...g.simulation, progress: event.progress } } }
        : state;
    }
    case 'generationFinished':
      if (state.generation.status !== 'running') return state; // cancelled meanwhile: drop late results
      return hasBlockingProblems(event.output.problems)
        ? { ...state, generation: { status: 'blocked', problems: event.output.problems } }
        : {
            ...state,
            step: 'review',
            generation: {
              status: 'done',
              output: event.output,
              model: event.model,
              basis: event.basis,
              ...(event.sensitivity === undefined ? {} : { sensitivity: event.sensitivity }),
            },
          };
    case 'recalculated': {
      const c = event.calculation;
      return {
        ...state,
        choices: c.basis.choices,
        generation: {
          status: 'done',
          output: c.output,
          model: c.model,
          basis: c.basis,
          ...(c.sensitivity === undefined ? {} : { sensitivity: c.sensitivity }),
        },
      };
    }
    case 'generationCancelled':
      return state.generation.status === 'running' ? { ...state, generation: { status: 'cancelled' } } : state;
    case 'generationFailed':
      return { ...state, generation: { status: 'failed', detail: event.detail } };
    case 'written':
      return { ...state, written: event.outcome };
  }
}
