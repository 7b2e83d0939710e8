/**
 * The real WorkbookSession: the use cases of src/app over the Office.js host
 * (Office's Excel.run, or the in-memory emulation in the browser preview —
 * the same adapter code path either way). It only adapts: the job itself
 * (read, check, compute, plan, write) is wired once, in src/app.
 */
import { COMPARISON_KEY } from '../../workbook/write';
import { changesInBrief } from '../../workbook/write/briefChanges';
import {
  checkWorkbook,
  createInputSheets,
  addDecision,
  removeGeneratedSheets,
  saveParameters,
  writeScenarios,
  type Calculation,
  type CheckReport,
  type Compute,
} from '../../app';
import { createOfficeHost, type ExcelRun } from './';
import { explainSelection } from './explain';
import packageJson from '../../../package.json';
import type { IsSetSupported } from './types';
import type { Language } from '../../engine/text';
import type { WatchSelection, WorkbookOverview, WorkbookSession, WriteOutcome } from '../../app/session';

export interface SessionOptions {
  run: ExcelRun;
  /** Office's API-set check; the adapter skips features of newer sets and says so in its notes. */
  isSetSupported: IsSetSupported;
  /** Whether figures shown come from the built-in sample (the preview): sheets then say "illustrativa siffror". */
  illustrative: boolean;
  /** Clock for generation stamps (tests pass a fixed one). */
  now?: () => Date;
  /** The host's selection-changed events (Office's, or the preview's); without it the pane explains on request only. */
  watchSelection?: WatchSelection;
}

export function createWorkbookSession(options: SessionOptions): WorkbookSession {
  const { run, isSetSupported, illustrative } = options;
  const host = createOfficeHost(run, isSetSupported);
  const now = options.now ?? (() => new Date());
  const version = packageJson.version;

  return {
    inspect: async (language: Language = 'sv') => overviewOf(await checkWorkbook(host, language)),

    async createInputSheets(language: Language): Promise<void> {
      await createInputSheets(host, { language, generatedAt: now().toISOString(), version });
    },

    explainSelection: (language: Language) => explainSelection(run, language),
    ...(options.watchSelection ? { watchSelection: options.watchSelection } : {}),

    selectCell: (at) => host.selectCell!(at),

    saveParameters: (choices) => saveParameters(host, choices),

    removeGeneratedSheets: (language: Language, confirmed: boolean) =>
      removeGeneratedSheets(host, { confirmed, language }),

    addDecision: (entry, language) => addDecision(host, entry, { language, generatedAt: now().toISOString(), version }),

    async writeScenarios(
      calculation: Calculation,
      language: Language,
      compute: Compute,
      options: { confirmRemoval?: boolean; overwriteEdits?: boolean } = {},
    ): Promise<WriteOutcome> {
      const result = await writeScenarios(host, calculation, {
        language,
        illustrative,
        generatedAt: now().toISOString(),
        version,
        compute,
        confirmRemoval: options.confirmRemoval === true,
        overwriteEdits: options.overwriteEdits === true,
      });
      if (result.status === 'confirmOverwrite') return { status: 'confirmOverwrite', edited: result.edited };
      if (result.status === 'inputProblems') {
        return { status: 'inputProblems', overview: overviewOf(result.check), recalculated: result.recalculated };
      }
      if (result.status === 'confirmRemoval') {
        return { status: 'confirmRemoval', removals: result.removals, breaking: result.breaking };
      }
      const comparison = result.plan.sheets.find((s) => s.key === COMPARISON_KEY)?.name ?? COMPARISON_KEY;
      return {
        removed: result.removed,
        changes:
          result.changes.kind === 'first'
            ? []
            : changesInBrief(result.changes, language, result.calculation.model.parameters.displayUnit, comparison),
        status: 'written',
        sheetCount: result.plan.sheets.length,
        activated: result.plan.activate ?? null,
        notes: result.report.notes,
        recalculated: result.recalculated,
        calculation: result.calculation,
      };
    },
  };
}

function overviewOf(report: CheckReport): WorkbookOverview {
  return {
    missingSheets: report.missingSheets,
    model: report.model,
    problems: report.problems,
    staleness: report.staleness,
    inputFingerprint: report.inputFingerprint,
  };
}
