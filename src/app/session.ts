/**
 * The seam between the pane and the workbook: everything the UI asks of Excel,
 * as one interface. The real implementation (officeSession.ts) composes the
 * reader, the engine's validation, the writer and the Office.js adapter over
 * an ExcelRun — the real Excel.run inside Office, the in-memory emulation in
 * the browser preview. The UI never sees a host object.
 */
import type {
  Calculation,
  Compute,
  DecisionAdded,
  DecisionInput,
  EditedSheet,
  RemoveGeneratedResult,
  UserFormula,
} from '.';
import type { CellRef, CostModel, EngineOutput, Problem } from '../engine/model';
import type { SimulationResult } from '../engine/simulation/types';
import type { Language } from '../engine/text';
import type { Choices } from './choices';
import type { Explanation } from '../workbook/explain';

import type { Bilingual } from '../engine/text';

/** A text in both languages, as Problems carry them. */
export type { Bilingual };

import type { Staleness } from './staleness';
export type { Staleness };

export interface WorkbookOverview {
  /** Input sheets the reader needs that the workbook lacks (Swedish sheet names). */
  missingSheets: string[];
  /** The model read from the input sheets, or null when reading found errors. */
  model: CostModel | null;
  /** Every problem of the one complete check (src/app/check.ts): reading, validation, plausibility. */
  problems: Problem[];
  staleness: Staleness;
  /** Fingerprint of the inputs as read now; null when they do not read. */
  inputFingerprint: string | null;
}

export type WriteOutcome =
  | {
      status: 'written';
      sheetCount: number;
      /** The sheet activated after writing (the summary), if any. */
      activated: string | null;
      /** What the adapter skipped or renamed, e.g. print setup on an older Excel. */
      notes: Bilingual[];
      /** The inputs had changed since the calculation: the figures written are a new calculation. */
      recalculated: boolean;
      /** What was written (the new calculation when recalculated). */
      calculation: Calculation;
      /** Generated sheets deleted because they were no longer current (their alternative was deleted). */
      removed: string[];
      /** What changed since the sheets written over, in a few lines (as on the brief); empty the first time. */
      changes: string[];
    }
  /**
   * Nothing was written: generated sheets that would no longer be current
   * must go, and formulas on the analyst's own sheets refer to them. The pane
   * asks, then writes again with `confirmRemoval`.
   */
  | { status: 'confirmRemoval'; removals: string[]; breaking: UserFormula[] }
  /** Nothing was written: generated sheets were edited by hand since they were written. The pane asks first. */
  | { status: 'confirmOverwrite'; edited: EditedSheet[] }
  /** Nothing was written: the workbook's inputs have errors now (all of them in the overview). */
  | { status: 'inputProblems'; overview: WorkbookOverview; recalculated: boolean };

/**
 * What one generation produced: the engine's scenarios and, when the analyst
 * asked for it, the sensitivity analysis (written as the sheet "Känslighet").
 * One value rather than an extra argument, so wrappers of the session that
 * forward (model, output, language) carry the simulation along unchanged.
 */
export interface GeneratedOutput extends EngineOutput {
  sensitivity?: SimulationResult;
}

/**
 * Follows Excel's selection: `onChange` after every change of the selected
 * cell or sheet; `onUnavailable` (at most once, possibly at once) when this
 * host cannot report changes, so the pane falls back to its button. Returns
 * the function that stops following.
 */
export type WatchSelection = (onChange: () => void, onUnavailable: () => void) => () => void;

export interface WorkbookSession {
  /** The one complete check: reads the workbook afresh on every call. */
  inspect(language?: Language): Promise<WorkbookOverview>;
  /** Create the missing input sheets from the template (never touches existing sheets). */
  createInputSheets(language: Language): Promise<void>;
  /** Select a problem's cell in Excel (activating its sheet). */
  selectCell(at: CellRef): Promise<void>;
  /** Write horizon, default index rate, discount rate and display unit back to Parametrar. */
  saveParameters(choices: Choices): Promise<void>;
  /**
   * Write or refresh the scenario sheets (and the sensitivity sheet when the
   * calculation has one) and activate the summary. Reads the inputs again
   * first: if they changed since the calculation, computes again with
   * `compute` (the same choices) before writing, or writes nothing when they
   * now have errors.
   */
  writeScenarios(
    calculation: Calculation,
    language: Language,
    compute: Compute,
    options?: { confirmRemoval?: boolean; overwriteEdits?: boolean },
  ): Promise<WriteOutcome>;
  /**
   * Remove every generated sheet (never an input sheet or the analyst's own).
   * Unconfirmed it only lists them and the analyst's formulas that would break.
   */
  removeGeneratedSheets(language: Language, confirmed: boolean): Promise<RemoveGeneratedResult>;
  /**
   * Append a row to the decision trail (Beslutsgång), creating the sheet when
   * the workbook has none; where the host can edit a live workbook.
   */
  addDecision?(entry: DecisionInput, language: Language): Promise<DecisionAdded>;
  /** Explain the figure in the active cell of a generated sheet; undefined for any other cell. */
  explainSelection(language: Language): Promise<Explanation | undefined>;
  /** Selection-changed events, where the host has them (Office's DocumentSelectionChanged; the preview's grid). */
  watchSelection?: WatchSelection;
}

/** A failure the pane shows as is: the adapter's bilingual message, or our own. */
export class SessionError extends Error {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.name = 'SessionError';
    this.text = text;
  }
}

/** Any thrown value as a bilingual text (unknown errors show their own message in both). */
export function errorText(error: unknown): Bilingual {
  if (error instanceof SessionError) return error.text;
  if (isBilingual(error)) return error;
  // The use cases' own errors (AppError) carry their message in both languages.
  if (error && typeof error === 'object' && 'text' in error && isBilingual(error.text))
    return (error as { text: Bilingual }).text;
  if (error && typeof error === 'object' && 'message' in error) {
    const message = error.message;
    if (isBilingual(message)) return message;
    if (typeof message === 'string') return { sv: message, en: message };
  }
  const text = String(error);
  return { sv: text, en: text };
}

function isBilingual(value: unknown): value is Bilingual {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Bilingual).sv === 'string' &&
    typeof (value as Bilingual).en === 'string'
  );
}
