/**
 * Explain the selected figure (Office.js): two syncs. The first loads the
 * active cell (address, formula, value), its sheet's name and the sheet's
 * marker (the workbook-scoped names, and the sheet's legacy marker and
 * pending mark: see src/workbook/marker.ts); the second loads, per sheet the formula refers to, one rectangle
 * from A1 to just past its farthest reference — values and formulas — which
 * holds the referenced cells, the label columns of their rows and the
 * headers above them. The pure explainer (src/workbook/explain) does the rest.
 *
 * Reading only: when to read is the pane's business. It calls
 * `explainSelection` on a button press and, while the explain panel follows
 * the selection, after Office's DocumentSelectionChanged event has settled
 * (src/faces/taskpane/services/explainFollower.ts); never by polling.
 */
import { columnLetters, parseRange, type RangePos } from '../../workbook/a1';
import type { CellValue } from '../../workbook/grid';
import { explainCell, type ExplainGrid, type ExplainLanguage, type Explanation } from '../../workbook/explain';
import { tokenize } from '../../workbook/explain/tokens';
import { adapterError } from './errors';
import { loadWorkbookNames, markersOf, probeSheet, sheetMarker } from './sheetMarkers';
import type { ExcelRun } from './types';

/** Sheet name (lower case) → the bottom-right corner the second sync must reach. */
function extents(
  formula: string,
  sheet: string,
  own: RangePos,
): Map<string, { sheet: string; bottom: number; right: number }> {
  const out = new Map<string, { sheet: string; bottom: number; right: number }>();
  const grow = (name: string, pos: RangePos): void => {
    const key = name.toLowerCase();
    const e = out.get(key) ?? { sheet: name, bottom: 0, right: 0 };
    // One column more: a year header is recognised by its neighbour.
    out.set(key, { sheet: e.sheet, bottom: Math.max(e.bottom, pos.bottom), right: Math.max(e.right, pos.right + 1) });
  };
  grow(sheet, own);
  for (const t of tokenize(formula) ?? []) if (t.kind === 'ref') grow(t.sheet ?? sheet, parseRange(t.text));
  return out;
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return /^#[A-Z0-9/!?]+$/.test(v) ? { error: v } : v;
  return null;
}

/** The loaded rectangles as the explainer's read-only grid. */
function loadedGrid(blocks: Map<string, { values: unknown[][]; formulas: unknown[][] }>): ExplainGrid {
  return {
    value: (sheet, row, col) => cellValue(blocks.get(sheet.toLowerCase())?.values[row]?.[col]),
    formula: (sheet, row, col) => {
      const f = blocks.get(sheet.toLowerCase())?.formulas[row]?.[col];
      return typeof f === 'string' && f.startsWith('=') ? f : undefined;
    },
  };
}

/** The explanation of the active cell, or undefined when it is not a formula on a generated sheet. */
export async function explainSelection(run: ExcelRun, language: ExplainLanguage): Promise<Explanation | undefined> {
  try {
    return await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      const cell = ctx.workbook.getActiveCell();
      cell.load('address,formulas');
      const probe = probeSheet(ws);
      const names = loadWorkbookNames(ctx);
      await ctx.sync();

      const formula: unknown = cell.formulas[0]?.[0]; // any[][] in Office.js's types
      const marker = sheetMarker(ws.name, markersOf(names, [ws.name]), probe);
      if (marker === undefined || typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
      const address = cell.address.slice(cell.address.lastIndexOf('!') + 1);
      const own = parseRange(address);

      const ranges = [...extents(formula, ws.name, own)].map(([key, e]) => {
        const target = ctx.workbook.worksheets.getItem(e.sheet).getRange(`A1:${columnLetters(e.right)}${e.bottom + 1}`);
        target.load('values,formulas');
        return { key, target };
      });
      await ctx.sync();

      const blocks = new Map(
        ranges.map(({ key, target }) => [key, { values: target.values, formulas: target.formulas }]),
      );
      return explainCell(loadedGrid(blocks), ws.name, address, language);
    });
  } catch (error) {
    throw adapterError({ sv: 'Kunde inte läsa den markerade cellen.', en: 'Could not read the selected cell.' }, error);
  }
}
