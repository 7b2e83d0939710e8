/**
 * The real WorkbookSession: the pure workbook layer and the engine's
 * validation composed over an ExcelRun (Office's Excel.run, or the in-memory
 * emulation in the browser preview — the same adapter code path either way).
 * This is the only file that knows the other modules' function names, so an
 * API change elsewhere is adapted here alone.
 */
import { validateModel } from '../../engine';
import type { CellRef, CostModel, Problem } from '../../engine/model';
import { applyWritePlan, readWorkbookGrid, selectCell, type ExcelRun } from '../../excel';
import { fingerprint, formatMarker, parseMarker } from '../../workbook/fingerprint';
import { inputSheetsPlan, templateModel } from '../../workbook/inputs';
import type { WritePlan } from '../../workbook/plan';
import { readModel } from '../../workbook/read';
import { buildWritePlan } from '../../workbook/write';
import packageJson from '../../../package.json';
import type { IsSetSupported } from '../host/capabilities';
import type { Language } from '../i18n/catalogue';
import type { Choices } from '../state/choices';
import { parameterWrites } from './parameterCells';
import {
  SessionError,
  type GeneratedOutput,
  type WorkbookOverview,
  type WatchSelection,
  type WorkbookSession,
  type WriteOutcome,
} from './session';
import { stalenessOf } from './staleness';
import { explainSelection } from '../../excel/explain';

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
  const now = options.now ?? (() => new Date());

  async function readAll(language: Language = 'sv') {
    const grid = await readWorkbookGrid(run);
    const read = readModel(grid, { language });
    return { grid, ...read };
  }

  return {
    async inspect(): Promise<WorkbookOverview> {
      const { grid, model, problems } = await readAll();
      const missingSheets = problems.filter((p) => p.code === 'missingSheet' && p.at).map((p) => p.at!.sheet);
      const validation: Problem[] = model ? validateModel(model) : [];
      const current = model ? fingerprint(model) : null;
      const staleness = stalenessOf(grid, current);
      return {
        missingSheets: [...new Set(missingSheets)],
        model,
        problems: [...problems, ...validation],
        staleness,
      };
    },

    async createInputSheets(language: Language): Promise<void> {
      const { grid } = await readAll(language);
      const existing = new Set(grid.sheets.map((s) => s.name.toLowerCase()));
      const sheets = inputSheetsPlan(templateModel(), { language, illustrative: false }).filter(
        (s) => !existing.has(s.name.toLowerCase()),
      );
      if (sheets.length === 0) return;
      const plan: WritePlan = {
        sheets,
        stamp: stamp(now(), '', language),
        activate: sheets[0]!.name,
      };
      // Input sheets carry no marker: from the moment they exist they are the
      // analyst's own, read as input and never replaced by a scenario write.
      await applyWritePlan(run, plan, { isSetSupported });
    },

    explainSelection: (language: Language) => explainSelection(run, language),
    ...(options.watchSelection ? { watchSelection: options.watchSelection } : {}),

    async selectCell(at: CellRef): Promise<void> {
      await selectCell(run, at.sheet, at.cell);
    },

    async saveParameters(choices: Choices): Promise<void> {
      const grid = await readWorkbookGrid(run);
      const writes = parameterWrites(grid, choices);
      if ('missing' in writes) {
        throw new SessionError({
          sv: `Hittar inte ${writes.missing} i bladet Parametrar.`,
          en: `Cannot find ${writes.missing} on the Parametrar sheet.`,
        });
      }
      await writeCells(run, writes.sheet, writes.cells);
    },

    async writeScenarios(model: CostModel, output: GeneratedOutput, language: Language): Promise<WriteOutcome> {
      const { grid, model: workbookModel } = await readAll(language);
      const generatedAt = now().toISOString();
      const plan = buildWritePlan(model, output, {
        language,
        generatedAt,
        version: packageJson.version,
        existingSheets: grid.sheets.map((s) => ({ name: s.name, marker: s.marker })),
        illustrative,
        ...(output.sensitivity ? { sensitivity: output.sensitivity } : {}),
      });
      const report = await applyWritePlan(
        run,
        workbookModel ? markedWithInputs(plan, fingerprint(workbookModel)) : plan,
        {
          isSetSupported,
        },
      );
      return {
        sheetCount: plan.sheets.length,
        activated: plan.activate ?? null,
        notes: report.notes,
      };
    },
  };
}

/**
 * The plan with every marker carrying the fingerprint of the workbook's
 * inputs as read now, rather than of the model after the pane's choices:
 * "out of date" must mean "the inputs changed", which a later inspect()
 * checks by fingerprinting what it reads. The two differ only when the
 * analyst generated with choices not saved to Parametrar; the sheets still
 * show the fingerprint of what they were computed from.
 */
function markedWithInputs(plan: WritePlan, inputFingerprint: string): WritePlan {
  return {
    ...plan,
    stamp: { ...plan.stamp, inputFingerprint },
    sheets: plan.sheets.map((sheet) => {
      const marker = parseMarker(sheet.marker);
      return marker ? { ...sheet, marker: formatMarker({ ...marker, fingerprint: inputFingerprint }) } : sheet;
    }),
  };
}

function stamp(at: Date, inputFingerprint: string, language: Language): WritePlan['stamp'] {
  return { generatedAt: at.toISOString(), version: packageJson.version, inputFingerprint, language };
}

/** One batch writing single cells as plain values (the parameters are numbers and one unit text). */
async function writeCells(
  run: ExcelRun,
  sheet: string,
  cells: { cell: string; value: number | string }[],
): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const { cell, value } of cells) worksheet.getRange(cell).values = [[value]];
    await context.sync();
  });
}
