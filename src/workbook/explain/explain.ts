/**
 * explainCell: one figure on a generated sheet in words, with the numbers the
 * formula used — "… Schema · Licens …, 2024: 45 kr × 140 500 (antal elev) ×
 * index 1,0400 × 5/12 = 2 739 750 kr (avrundat till hela kronor)". Tries
 * the writer's formula shapes in turn; a formula of no known shape is shown
 * with each reference replaced by its value and label. Never throws, never
 * shows NaN.
 */
import { cellAddress, parseCell } from '../a1';
import type { CellValue } from '../grid';
import { cellLabel } from './labels';
import { formatValue } from './format';
import { say } from './messages';
import { parseFormula } from './parse';
import { Renderer } from './render';
import { allocationShare, allocationSum, crossSheet, entry, npv, perUser, sum } from './shapes';
import type { ExplainGrid, ExplainLanguage, Explanation } from './types';

export function explainCell(
  grid: ExplainGrid,
  sheet: string,
  address: string,
  language: ExplainLanguage,
): Explanation | undefined {
  const { row, col } = parseCell(address);
  const formula = grid.formula(sheet, row, col);
  if (formula === undefined) return undefined;
  const value = grid.value(sheet, row, col);
  const title = cellLabel(grid, sheet, row, col, cellAddress(row, col));
  const r = new Renderer(grid, sheet, language);
  const arithmetic = describe(r, formula, value);
  return {
    sheet,
    address: cellAddress(row, col),
    title,
    text: `${title}: ${arithmetic}`,
    formula,
    inputs: r.inputs,
  };
}

function describe(r: Renderer, formula: string, value: CellValue): string {
  const node = parseFormula(formula);
  const shown = formatValue(value, r.language);
  if (!node) return say(r.language, 'notComputed', { formula }) + ` = ${shown}`;
  const cross = crossSheet(r, node, shown);
  if (cross !== undefined) return cross;
  if (typeof value === 'number' || typeof value === 'string') {
    const perUserText = perUser(r, node, value);
    if (perUserText !== undefined) return perUserText;
  }
  if (typeof value === 'number') {
    for (const shape of [entry, sum, npv, allocationSum, allocationShare]) {
      const text = shape(r, node, value);
      if (text !== undefined) return text;
    }
  }
  // Any recogniser that gave up may have recorded inputs; the fallback lists its own.
  r.inputs.length = 0;
  return `= ${r.expression(node)} = ${shown}`;
}
