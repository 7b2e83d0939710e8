/**
 * Which sheets of ours a write deletes, and the use case that deletes every
 * generated sheet. Only sheets that carry our marker with a generated key
 * are ever named (never an input sheet, the list sheet or the analyst's
 * own); before any goes, the host lists the analyst's formulas that refer to
 * them, and nothing is deleted that would break one unless the analyst said
 * yes (the pane asks, the command line wants --confirm-removal).
 */
import type { Text as Bilingual } from '../engine/messages';
import { isGeneratedKey, parseMarker, REWRITING_FINGERPRINT } from '../workbook/fingerprint';
import type { WorkbookGrid } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { AppError } from './errors';
import type { UserFormula, WorkbookHost } from './port';

/** The generated sheets of a workbook, by name, in tab order. */
export function generatedSheets(grid: WorkbookGrid): string[] {
  return grid.sheets.filter((s) => isGeneratedKey(parseMarker(s.marker)?.key ?? 'input')).map((s) => s.name);
}

/**
 * Generated sheets a write of `plan` would leave behind not current: sheets
 * whose key the plan does not write (the alternative was deleted, or the
 * inputs changed since the sensitivity sheet was made) and whose marker is
 * not for the plan's inputs. A sheet of an alternative merely left out of
 * this calculation, made from the same inputs, stays: it is still current.
 */
export function supersededSheets(grid: WorkbookGrid, plan: WritePlan): string[] {
  const planned = new Set(plan.sheets.map((s) => s.key));
  return grid.sheets
    .filter((s) => {
      const marker = parseMarker(s.marker);
      if (!marker || !isGeneratedKey(marker.key) || planned.has(marker.key)) return false;
      return marker.fingerprint !== plan.stamp.inputFingerprint || marker.fingerprint === REWRITING_FINGERPRINT;
    })
    .map((s) => s.name);
}

export type RemoveGeneratedResult =
  | { status: 'nothingToRemove' }
  /** Not confirmed: nothing deleted. The sheets that would go, and the analyst's formulas that would break. */
  | { status: 'confirm'; sheets: string[]; breaking: UserFormula[] }
  | { status: 'removed'; sheets: string[]; notes: Bilingual[] };

/**
 * Deletes every generated sheet (scenarios, comparison, summary,
 * sensitivity). Without `confirmed` it only says what would go and which of
 * the analyst's formulas would break; with it, it deletes them in one write.
 */
export async function removeGeneratedSheets(
  host: WorkbookHost,
  options: { confirmed: boolean; language: 'sv' | 'en' },
): Promise<RemoveGeneratedResult> {
  const grid = await host.readGrid();
  const sheets = generatedSheets(grid);
  if (sheets.length === 0) return { status: 'nothingToRemove' };
  if (sheets.length === grid.sheets.length) throw new AppError('onlyGeneratedSheets', {});
  if (!options.confirmed) return { status: 'confirm', sheets, breaking: await host.formulasReferringTo(sheets) };
  const report = await host.applyPlan({
    sheets: [],
    remove: sheets,
    // A plan without sheets stores no marker: the stamp only satisfies the type.
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language: options.language },
  });
  return { status: 'removed', sheets, notes: report.notes };
}

/** "'Mina formler'!B3: ='Scenario 1'!C12" — one line per formula, for the pane and the command line. */
export function formulaLine(f: UserFormula): string {
  const where = f.sheet === '' ? f.cell : `${f.sheet}!${f.cell}`;
  return `${where}: ${f.formula}`;
}
