/**
 * The main job, once for every face (task pane, command line): calculate
 * scenarios from a checked workbook, and write them back so that a sheet
 * never claims to be current when it is not.
 *
 * A Calculation carries its basis — the fingerprint of exactly the workbook
 * inputs it was computed from and the choices applied to them. Writing reads
 * the workbook again first: when the inputs changed since, the stale results
 * are not written; the same choices are applied to the new inputs and
 * computed again (or, when the new inputs have errors, nothing is written and
 * every problem is returned). The plan's markers are stamped with the basis
 * once (buildWritePlan); hosts store them verbatim.
 */
import type { CostModel, EngineOutput } from '../engine/model';
import type { SimulationResult } from '../engine/simulation/types';
import type { WritePlan } from '../workbook/plan';
import { buildWritePlan } from '../workbook/write';
import type { Language } from '../workbook/schema/choices';
import { checkWorkbook, dedupe, type CheckReport } from './check';
import { applyChoices, carryChoices, choiceOverrides, type ChoiceOverride, type Choices } from './choices';
import type { ApplyReport, UserFormula, WorkbookHost } from './port';
import { supersededSheets } from './removals';
import { fingerprint, parseMarker } from '../workbook/fingerprint';
import { generationSummary, type GenerationChanges } from '../workbook/changes';
import { changesSincePrevious } from './changes';
import type { WorkbookGrid } from '../workbook/grid';

/** What was computed from what. */
export interface CalculationBasis {
  /** fingerprint() of the workbook's inputs as read, before the choices were applied. */
  inputFingerprint: string;
  choices: Choices;
  /** How the choices differ from Parametrar (empty: the figures follow the workbook exactly). */
  overrides: ChoiceOverride[];
}

export interface Calculation {
  basis: CalculationBasis;
  /** The model computed: the inputs with the choices applied. */
  model: CostModel;
  output: EngineOutput;
  sensitivity?: SimulationResult;
}

/**
 * How a face computes a chosen model: the pane in a Web Worker with progress
 * and cancel, the CLI synchronously. The simulation, when asked for, runs
 * inside it too, so a recalculation at write time repeats exactly what the
 * analyst asked for (same iterations, same seed).
 */
export type Compute = (model: CostModel) => Promise<{ output: EngineOutput; sensitivity?: SimulationResult }>;

export async function calculate(inputs: CostModel, choices: Choices, compute: Compute): Promise<Calculation> {
  const model = applyChoices(inputs, choices);
  const computed = await compute(model);
  const calculation: Calculation = {
    basis: { inputFingerprint: fingerprint(inputs), choices, overrides: choiceOverrides(inputs, choices) },
    model,
    output: computed.output,
  };
  if (computed.sensitivity) calculation.sensitivity = computed.sensitivity;
  return calculation;
}

export interface WriteScenarioOptions {
  language: Language;
  /** The sheets say "illustrativa siffror" (the built-in sample). */
  illustrative: boolean;
  /** ISO timestamp of this generation: the caller's clock. */
  generatedAt: string;
  version: string;
  /** Used only when the inputs changed since the calculation. */
  compute: Compute;
  /**
   * The analyst agreed that generated sheets no longer current (an
   * alternative deleted) go even though formulas of theirs refer to them.
   * Without it such a write stops at 'confirmRemoval' and changes nothing.
   */
  confirmRemoval?: boolean;
  /**
   * The analyst agreed that generated sheets someone typed into since they
   * were written are overwritten. Without it such a write stops at
   * 'confirmOverwrite' and changes nothing.
   */
  overwriteEdits?: boolean;
}

/** A generated sheet typed into since it was written. */
export interface EditedSheet {
  sheet: string;
  /** When the add-in wrote it (its marker). */
  generatedAt: string;
}

export type WriteScenariosResult =
  | {
      status: 'written';
      /** What was written: the given calculation, or the recalculation when the inputs had changed. */
      calculation: Calculation;
      recalculated: boolean;
      plan: WritePlan;
      report: ApplyReport;
      /** Generated sheets deleted because they would no longer be current (supersededSheets). */
      removed: string[];
      /** Generated sheets that had been edited by hand and were overwritten or removed (overwriteEdits). */
      overwritten: EditedSheet[];
      /** What changed since the previous generation, as the comparison sheet shows it. */
      changes: GenerationChanges;
    }
  /**
   * Nothing written: generated sheets would have to go (they would no longer
   * be current), and formulas of the analyst's refer to them. Write again
   * with `confirmRemoval` to go ahead.
   */
  /**
   * Nothing written: generated sheets this write rewrites or removes were
   * edited by hand since they were written. Write again with
   * `overwriteEdits` to go ahead.
   */
  | { status: 'confirmOverwrite'; calculation: Calculation; recalculated: boolean; edited: EditedSheet[] }
  | {
      status: 'confirmRemoval';
      calculation: Calculation;
      recalculated: boolean;
      removals: string[];
      breaking: UserFormula[];
    }
  /** Nothing written: the workbook's inputs have errors now (every problem in `check`), or the recalculation found some. */
  | { status: 'inputProblems'; check: CheckReport; recalculated: boolean };

export async function writeScenarios(
  host: WorkbookHost,
  calculation: Calculation,
  options: WriteScenarioOptions,
): Promise<WriteScenariosResult> {
  const check = await checkWorkbook(host, options.language);
  if (!check.model || check.inputFingerprint === null) return { status: 'inputProblems', check, recalculated: false };
  let current = calculation;
  const recalculated = check.inputFingerprint !== calculation.basis.inputFingerprint;
  if (recalculated) {
    current = await calculate(check.model, carryChoices(check.model, calculation.basis.choices), options.compute);
  }
  if (current.output.problems.some((p) => p.severity === 'error') || current.output.scenarios.length === 0) {
    return {
      status: 'inputProblems',
      check: { ...check, model: null, problems: dedupe([...check.problems, ...current.output.problems]) },
      recalculated,
    };
  }
  // Computed from the same model, output and stamp as the summary buildWritePlan stores for the next write.
  const summary = generationSummary(current.model, current.output, {
    fingerprint: current.basis.inputFingerprint,
    generatedAt: options.generatedAt,
  });
  const changes = await changesSincePrevious(host, check.grid, summary);
  const plan = buildWritePlan(current.model, current.output, {
    language: options.language,
    generatedAt: options.generatedAt,
    version: options.version,
    existingSheets: check.grid.sheets.map((s) =>
      s.marker === undefined ? { name: s.name } : { name: s.name, marker: s.marker },
    ),
    illustrative: options.illustrative,
    basis: { inputFingerprint: current.basis.inputFingerprint, overrides: current.basis.overrides },
    brief: check.brief,
    changes,
    ...(current.sensitivity ? { sensitivity: current.sensitivity } : {}),
  });
  const removals = supersededSheets(check.grid, plan);
  const edited = await editedSheets(host, check.grid, [
    ...plan.sheets.flatMap((s) => (s.replaces !== undefined ? [s.replaces] : [])),
    ...removals,
  ]);
  if (edited.length > 0 && !options.overwriteEdits) {
    return { status: 'confirmOverwrite', calculation: current, recalculated, edited };
  }
  if (removals.length > 0) {
    plan.remove = removals;
    if (!options.confirmRemoval) {
      const breaking = await host.formulasReferringTo(removals);
      if (breaking.length > 0)
        return { status: 'confirmRemoval', calculation: current, recalculated, removals, breaking };
    }
  }
  const report = await host.applyPlan(plan);
  return {
    status: 'written',
    calculation: current,
    recalculated,
    plan,
    report,
    removed: removals,
    overwritten: edited,
    changes,
  };
}

/**
 * The sheets among `names` whose constant cells differ from what the add-in
 * wrote (their marker's digest). A sheet whose marker has no digest (written
 * by an earlier version) cannot be told: it is not listed.
 */
export async function editedSheets(host: WorkbookHost, grid: WorkbookGrid, names: string[]): Promise<EditedSheet[]> {
  const written = names.flatMap((name) => {
    const marker = parseMarker(grid.sheets.find((s) => s.name === name)?.marker);
    const contents = marker?.contents;
    return contents !== undefined ? [{ name, contents, generatedAt: marker!.generatedAt }] : [];
  });
  if (written.length === 0) return [];
  const now = await host.sheetConstants(written.map((w) => w.name));
  return written
    .filter((w) => now.get(w.name)?.matches(w.contents) !== true)
    .map((w) => ({ sheet: w.name, generatedAt: w.generatedAt }));
}
