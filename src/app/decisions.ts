/**
 * "Lägg till i beslutsgången": after a write, the analyst records which forum
 * will see (or saw) the figures. One row is appended to the decision trail
 * (Beslutsgång, table tblBeslutsgang), with the fingerprint of the generation
 * it is based on; the sheet is created first when the workbook has none.
 * The decision brief shows the trail live, by formulas, so nothing else is
 * rewritten and no scenario sheet goes out of date.
 */
import type { CellRef } from '../engine/model';
import type { WritePlan } from '../workbook/plan';
import { findSheet, locateBlocks } from '../workbook/read/locate';
import type { Language } from '../workbook/schema/choices';
import { sheetSpec, type ColumnKey } from '../workbook/schema/format';
import { AppError } from './errors';
import { templateSheetsPlan } from './inputSheets';
import type { WorkbookHost } from './port';

export interface DecisionInput {
  forum: string;
  /** ISO 'YYYY-MM-DD'. */
  date: string;
  decision: string;
  /** The input fingerprint of the generation the forum sees. */
  basis: string;
}

export interface DecisionAdded {
  /** The new row's Forum cell. */
  at: CellRef;
  /** The Beslutsgång sheet was made for this row. */
  createdSheet: boolean;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export async function addDecision(
  host: WorkbookHost,
  input: DecisionInput,
  options: { language: Language; generatedAt: string; version: string },
): Promise<DecisionAdded> {
  if (!host.appendTableRows) throw new AppError('cannotWriteCells', {});
  // One value per column of the trail table (tblBeslutsgang): renaming a column there is a compile error here.
  const entry: Record<ColumnKey<'decisionTrail'>, string> = {
    forum: input.forum.trim(),
    date: input.date.trim(),
    decision: input.decision.trim(),
    basis: input.basis.trim(),
  };
  if (entry.forum === '') throw new AppError('decisionIncomplete', { what: 'forum' });
  if (!ISO_DATE.test(entry.date)) throw new AppError('decisionIncomplete', { what: 'date' });
  if (entry.decision === '') throw new AppError('decisionIncomplete', { what: 'decision' });

  let grid = await host.readGrid();
  let block = locateBlocks(grid).blocks.decisionTrail;
  let createdSheet = false;
  if (!block) {
    const existing = findSheet(grid, sheetSpec('decisions'));
    if (existing) throw new AppError('decisionTrailSheetWithoutTable', { what: existing.name });
    await host.applyPlan(trailSheetPlan(options));
    createdSheet = true;
    grid = await host.readGrid();
    block = locateBlocks(grid).blocks.decisionTrail;
    if (!block) throw new Error('addDecision: the decision trail sheet was written but cannot be found');
  }
  const table = block.sheet.tables.find((t) => t.headerRow === block.headerRow && t.firstColumn === block.firstColumn);
  if (block.via !== 'table' || !table) throw new AppError('decisionTrailNotTable', { what: block.sheet.name });

  const row = Array<string>(table.lastColumn - table.firstColumn + 1).fill('');
  for (const key of Object.keys(entry) as (keyof typeof entry)[]) {
    const col = block.columns.get(key);
    if (col !== undefined) row[col - table.firstColumn] = entry[key];
  }
  const [at] = await host.appendTableRows(table.name, [row]);
  if (!at) throw new Error('addDecision: the host added no row');
  return { at, createdSheet };
}

/** The Beslutsgång input sheet alone, as the template writes it (no marker: the analyst's from the start). */
function trailSheetPlan(options: { language: Language; generatedAt: string; version: string }): WritePlan {
  return templateSheetsPlan((s) => s.key === 'input:decisions', options);
}
