/**
 * Recalculates a write plan with HyperFormula, an independent spreadsheet
 * engine, and lists every formula whose computed value differs from the
 * cached value the writer stored. Text cells are loaded with a leading
 * apostrophe, which makes HyperFormula (like Excel) keep them as text: this
 * is what the adapters do by writing text cells as text.
 */
import { HyperFormula } from 'hyperformula';
import type { PlannedValue, WritePlan } from '../../../src/workbook/plan';

type RawCell = string | number | boolean | null;

export function toHyperFormulaSheets(
  plan: WritePlan,
  override: (sheet: string, row: number, col: number) => RawCell | undefined = () => undefined,
): Record<string, RawCell[][]> {
  const sheets: Record<string, RawCell[][]> = {};
  for (const sheet of plan.sheets) {
    sheets[sheet.name] = sheet.rows.map((cells, row) =>
      cells.map((cell, col) => {
        const replaced = override(sheet.name, row, col);
        if (replaced !== undefined) return replaced;
        if (cell === null) return null;
        if (cell.formula !== undefined) return cell.formula;
        return typeof cell.value === 'string' ? `'${cell.value}` : cell.value;
      }),
    );
  }
  return sheets;
}

export function buildHyperFormula(sheets: Record<string, RawCell[][]>): HyperFormula {
  // smartRounding off: compare full double precision, not 10 displayed digits.
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false });
}

export interface Mismatch {
  at: string;
  formula: string;
  cached: PlannedValue;
  computed: unknown;
}

function equal(cached: PlannedValue, computed: unknown): boolean {
  if (typeof cached === 'number' && typeof computed === 'number') {
    return Math.abs(cached - computed) <= 1e-9 * Math.max(1, Math.abs(cached));
  }
  return cached === computed;
}

/** Every formula cell of the plan whose HyperFormula value differs from its cache. */
export function recalcMismatches(plan: WritePlan): { mismatches: Mismatch[]; formulas: number } {
  const hf = buildHyperFormula(toHyperFormulaSheets(plan));
  const mismatches: Mismatch[] = [];
  let formulas = 0;
  for (const sheet of plan.sheets) {
    const id = hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`HyperFormula has no sheet ${sheet.name}`);
    sheet.rows.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (cell?.formula === undefined) return;
        formulas++;
        const computed = hf.getCellValue({ sheet: id, row, col });
        if (!equal(cell.value, computed)) {
          mismatches.push({
            at: `${sheet.name}!R${row + 1}C${col + 1}`,
            formula: cell.formula,
            cached: cell.value,
            computed,
          });
        }
      }),
    );
  }
  hf.destroy();
  return { mismatches, formulas };
}
