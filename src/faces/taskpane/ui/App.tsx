/**
 * The task pane: a compact header (title, settings with the language), the "needs a newer Excel"
 * notice, the step list and the current step. Owns the flow state and turns
 * the analyst's actions into session calls; every failure is shown, never
 * swallowed.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CellRef } from '../../../engine/model';
import type { Capabilities } from '../host/capabilities';
import { useI18n } from '../i18n/I18nContext';
import { translate, type Language } from '../i18n/catalogue';
import { paneCompute } from '../services/compute';
import { GenerationCancelled } from '../services/generate';
import { errorText, type Bilingual, type WorkbookSession } from '../../../app/session';
import {
  calculate,
  type Calculation,
  type Compute,
  type DecisionInput,
  type EditedSheet,
  type UserFormula,
} from '../../../app';
import { OverwriteQuestion, RemovalQuestion, RemoveGenerated } from './Removal';
import { createFlow, flowReducer, type Generation, type Step } from '../state/flow';
import { newSeed, simulationRequest, type SimulationRequest } from '../state/sensitivity';
import { StepNav } from './StepNav';
import { CheckStep } from './steps/CheckStep';
import { ChooseStep } from './steps/ChooseStep';
import { GenerateStep } from './steps/GenerateStep';
import { ReviewStep } from './steps/ReviewStep';
import { StartStep } from './steps/StartStep';
import { WriteStep } from './steps/WriteStep';
import { ExplainFigure } from './ExplainFigure';
import { PaneHeader } from './PaneHeader';
import { PaneNotices } from './PaneNotices';

const useStyles = makeStyles({
  pane: {
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    // Office's body colour (host/officeTheme.ts); controls on it take colorNeutralBackground1, Office's control colour.
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
});

type Busy = 'reading' | 'creating' | 'saving' | 'writing' | null;

export interface AppProps {
  session: WorkbookSession;
  capabilities: Capabilities;
  /** Office's display language (the preview: ?lang=), followed unless the analyst chose otherwise. */
  officeLanguage: Language;
  onLanguage: (language: Language) => void;
  /** The preview over the emulated sample: say so, and mark figures illustrative. */
  preview: boolean;
  stepDelayMs: number;
}

export function App({ session, capabilities, officeLanguage, onLanguage, preview, stepDelayMs }: AppProps) {
  const { language } = useI18n();
  const styles = useStyles();
  // A fresh seed per pane, prefilled in Choose; the analyst may type their own to reproduce a result.
  const [state, dispatch] = useReducer(flowReducer, undefined, () => createFlow(newSeed()));
  const [busy, setBusy] = useState<Busy>(capabilities.base ? 'reading' : null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [saved, setSaved] = useState(false);
  const [removalQuestion, setRemovalQuestion] = useState<{ sheets: string[]; breaking: UserFormula[] } | null>(null);
  const [overwriteQuestion, setOverwriteQuestion] = useState<EditedSheet[] | null>(null);
  const abort = useRef<AbortController | null>(null);

  const act = useCallback(async (kind: Busy, action: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  }, []);

  const inspect = useCallback(
    (keepResults = false) =>
      act('reading', async () =>
        dispatch({ type: 'inspected', overview: await session.inspect(language), keepResults }),
      ),
    [act, session, language],
  );

  // Read the workbook once when the pane opens (state changes only in the callbacks).
  useEffect(() => {
    if (!capabilities.base) return;
    let live = true;
    session
      .inspect()
      .then(
        (overview) => live && dispatch({ type: 'inspected', overview }),
        (e: unknown) => live && setError(errorText(e)),
      )
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [session, capabilities.base]);

  const goTo = (step: Step) => dispatch({ type: 'goTo', step });

  /** How the pane computes (services/compute.ts), reporting progress to the Generate step when `progress` is set. */
  const computeWith = (request: SimulationRequest | null, signal: AbortSignal, progress: boolean): Compute =>
    paneCompute(request, {
      signal,
      stepDelayMs,
      onEngineProgress: (done) => progress && dispatch({ type: 'generationProgress', done }),
      onSimulationProgress: (p) => progress && dispatch({ type: 'simulationProgress', progress: p }),
    });

  const generate = async () => {
    const model = state.overview?.model;
    if (!model || !state.choices) return;
    const request = state.sensitivity.enabled ? simulationRequest(state.sensitivity) : null;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    dispatch({
      type: 'generationStarted',
      total: state.choices.alternativeIds.length,
      ...(request ? { simulation: state.sensitivity.iterations } : {}),
    });
    try {
      const c = await calculate(model, state.choices, computeWith(request, controller.signal, true));
      dispatch({
        type: 'generationFinished',
        output: c.output,
        model: c.model,
        basis: c.basis,
        ...(c.sensitivity ? { sensitivity: c.sensitivity } : {}),
      });
    } catch (e) {
      if (e instanceof GenerationCancelled) dispatch({ type: 'generationCancelled' });
      else dispatch({ type: 'generationFailed', detail: errorText(e) });
    }
  };

  const write = (
    generation: Extract<Generation, { status: 'done' }>,
    confirmed: { confirmRemoval?: boolean; overwriteEdits?: boolean } = {},
  ) =>
    act('writing', async () => {
      setRemovalQuestion(null);
      setOverwriteQuestion(null);
      const { basis, model, output, sensitivity } = generation;
      const calculation: Calculation = { basis, model, output, ...(sensitivity ? { sensitivity } : {}) };
      // The same simulation as the results being written, should the inputs have changed meanwhile.
      const request: SimulationRequest | null = sensitivity
        ? { iterations: sensitivity.requested, seed: sensitivity.seed, distribution: sensitivity.distribution }
        : null;
      const outcome = await session.writeScenarios(
        calculation,
        language,
        computeWith(request, new AbortController().signal, false),
        confirmed,
      );
      if (outcome.status === 'confirmOverwrite') {
        // Nothing was written: ask before sheets typed into by hand are overwritten.
        setOverwriteQuestion(outcome.edited);
        return;
      }
      if (outcome.status === 'confirmRemoval') {
        // Nothing was written: ask before sheets the analyst's formulas refer to go.
        setRemovalQuestion({ sheets: outcome.removals, breaking: outcome.breaking });
        return;
      }
      if (outcome.status === 'inputProblems') {
        // Nothing was written: show every problem of the workbook as it is now.
        dispatch({ type: 'inspected', overview: outcome.overview });
        dispatch({ type: 'goTo', step: 'check' });
        setError({ sv: translate('sv', 'write.inputProblems'), en: translate('en', 'write.inputProblems') });
        return;
      }
      if (outcome.recalculated) dispatch({ type: 'recalculated', calculation: outcome.calculation });
      dispatch({ type: 'written', outcome });
      dispatch({ type: 'inspected', overview: await session.inspect(language), keepResults: true });
    });

  const selectCell = (at: CellRef) => void act(null, () => session.selectCell(at));

  const overview = state.overview;

  return (
    <main className={styles.pane}>
      <PaneHeader officeLanguage={officeLanguage} onLanguage={onLanguage} />
      <PaneNotices preview={preview} capabilities={capabilities} error={error} onDismissError={() => setError(null)} />
      {capabilities.base && (
        <>
          <StepNav
            state={state}
            onGo={goTo}
            // Steps stay put while the pane computes or writes: a jump would show results about to be replaced.
            locked={busy !== null || state.generation.status === 'running'}
          />
          {state.step === 'start' && (
            <StartStep
              overview={overview}
              busy={busy === 'reading' || busy === 'creating' ? busy : null}
              onCreate={() =>
                void act('creating', async () => {
                  await session.createInputSheets(language);
                  dispatch({ type: 'inspected', overview: await session.inspect(language) });
                })
              }
              onReread={() => void inspect()}
              onNext={() => goTo('check')}
            />
          )}
          {state.step === 'check' && overview && (
            <CheckStep
              problems={overview.problems}
              onSelectCell={selectCell}
              onRecheck={() => void inspect()}
              onNext={() => goTo('choose')}
            />
          )}
          {state.step === 'choose' && overview?.model && state.choices && (
            <ChooseStep
              model={overview.model}
              choices={state.choices}
              sensitivity={state.sensitivity}
              saving={busy === 'saving'}
              saved={saved}
              onChange={(choices) => {
                setSaved(false);
                dispatch({ type: 'choicesChanged', choices });
              }}
              onSensitivityChange={(sensitivity) => dispatch({ type: 'sensitivityChanged', sensitivity })}
              onSave={() =>
                void act('saving', async () => {
                  await session.saveParameters(state.choices!);
                  setSaved(true);
                })
              }
              onGenerate={() => void generate()}
            />
          )}
          {state.step === 'generate' && (
            <GenerateStep
              generation={state.generation}
              onCancel={() => abort.current?.abort()}
              onRetry={() => void generate()}
              onBack={() => goTo('choose')}
            />
          )}
          {state.step === 'review' && state.generation.status === 'done' && (
            <ReviewStep
              model={state.generation.model}
              output={state.generation.output}
              {...(state.generation.sensitivity ? { sensitivity: state.generation.sensitivity } : {})}
              illustrative={preview}
              onNext={() => goTo('write')}
            />
          )}
          {state.step === 'write' && state.generation.status === 'done' && overview && (
            <WriteStep
              staleness={overview.staleness}
              written={state.written}
              writing={busy === 'writing'}
              withSensitivity={state.generation.sensitivity !== undefined}
              onWrite={() => void write(state.generation as Extract<Generation, { status: 'done' }>)}
              onStartOver={() => void inspect().then(() => goTo('start'))}
              onShowSheet={(sheet) => selectCell({ sheet, cell: 'A1' })}
              {...(session.addDecision
                ? {
                    addDecision: (entry: DecisionInput) => session.addDecision!(entry, language),
                    onShowCell: selectCell,
                  }
                : {})}
              removalQuestion={
                (removalQuestion && (
                  <RemovalQuestion
                    question="removal.confirmWrite"
                    sheets={removalQuestion.sheets}
                    breaking={removalQuestion.breaking}
                    confirmLabel="removal.writeAnyway"
                    onConfirm={() =>
                      void write(state.generation as Extract<Generation, { status: 'done' }>, {
                        confirmRemoval: true,
                        overwriteEdits: true,
                      })
                    }
                    onCancel={() => setRemovalQuestion(null)}
                  />
                )) ||
                (overwriteQuestion && (
                  <OverwriteQuestion
                    edited={overwriteQuestion}
                    onConfirm={() =>
                      void write(state.generation as Extract<Generation, { status: 'done' }>, { overwriteEdits: true })
                    }
                    onCancel={() => setOverwriteQuestion(null)}
                  />
                ))
              }
            />
          )}
          {overview && overview.staleness.kind !== 'never' && (
            <RemoveGenerated
              remove={(confirmed) => session.removeGeneratedSheets(language, confirmed)}
              onRemoved={() => void inspect(true)}
              disabled={busy !== null}
            />
          )}
          {(state.written || overview?.staleness.kind === 'current' || overview?.staleness.kind === 'stale') && (
            <ExplainFigure
              explain={() => session.explainSelection(language)}
              watchSelection={session.watchSelection}
              language={language}
            />
          )}
        </>
      )}
    </main>
  );
}
