/**
 * The pane's flow as a pure reducer: Start → Check → Choose → Generate →
 * Review → Write, which steps can be visited, and what each event does to the
 * state. Kept free of React and Office so it is unit-tested directly.
 */
import type { CostModel, EngineOutput, Problem } from '../../engine/model';
import type { Bilingual, WorkbookOverview, WriteOutcome } from '../services/session';
import { defaultChoices, type Choices } from './choices';

export const STEPS = ['start', 'check', 'choose', 'generate', 'review', 'write'] as const;
export type Step = (typeof STEPS)[number];

export type Generation =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'cancelled' }
  | { status: 'failed'; detail: Bilingual }
  | { status: 'blocked'; problems: Problem[] }
  | { status: 'done'; output: EngineOutput; model: CostModel };

export interface FlowState {
  step: Step;
  overview: WorkbookOverview | null;
  choices: Choices | null;
  generation: Generation;
  written: WriteOutcome | null;
}

export type FlowEvent =
  | { type: 'inspected'; overview: WorkbookOverview; keepResults?: boolean }
  | { type: 'goTo'; step: Step }
  | { type: 'choicesChanged'; choices: Choices }
  | { type: 'generationStarted'; total: number }
  | { type: 'generationProgress'; done: number }
  | { type: 'generationFinished'; output: EngineOutput; model: CostModel }
  | { type: 'generationCancelled' }
  | { type: 'generationFailed'; detail: Bilingual }
  | { type: 'written'; outcome: WriteOutcome };

export const initialFlow: FlowState = {
  step: 'start',
  overview: null,
  choices: null,
  generation: { status: 'idle' },
  written: null,
};

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
    case 'generationStarted':
      return {
        ...state,
        step: 'generate',
        generation: { status: 'running', done: 0, total: event.total },
        written: null,
      };
    case 'generationProgress':
      return state.generation.status === 'running'
        ? { ...state, generation: { ...state.generation, done: event.done } }
        : state;
    case 'generationFinished':
      if (state.generation.status !== 'running') return state; // cancelled meanwhile: drop late results
      return hasBlockingProblems(event.output.problems)
        ? { ...state, generation: { status: 'blocked', problems: event.output.problems } }
        : { ...state, step: 'review', generation: { status: 'done', output: event.output, model: event.model } };
    case 'generationCancelled':
      return state.generation.status === 'running' ? { ...state, generation: { status: 'cancelled' } } : state;
    case 'generationFailed':
      return { ...state, generation: { status: 'failed', detail: event.detail } };
    case 'written':
      return { ...state, written: event.outcome };
  }
}
