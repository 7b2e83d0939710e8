/**
 * Formulas on the comparison and summary sheets that refer to a scenario
 * sheet's cells ('Scenario Alt 1'!D40), cached with the referred cell's value,
 * so every figure there traces back to its scenario sheet with one click.
 */
import type { CellStyle, PlannedCell } from '../plan';
import { sheetRef } from './a1';
import { formulaCell, type Ref } from './cells';

export function refCell(sheetName: string, ref: Ref, numberFormat: string, style?: CellStyle): PlannedCell {
  return formulaCell(sheetRef(sheetName, ref.pos), ref.value, numberFormat, style);
}
