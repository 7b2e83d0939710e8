/**
 * The explainer's contracts: the read-only grid it looks cells up in (planToGrid
 * data in tests, cells loaded through Office.js in the add-in) and the
 * explanation it returns. Pure data, no host objects.
 */
import type { CellValue } from '../grid';

export type ExplainLanguage = 'sv' | 'en';

/** Read-only access to the cells of a workbook; row and column 0-based. */
export interface ExplainGrid {
  value(sheet: string, row: number, col: number): CellValue;
  /** The cell's formula ('=…'), or undefined for a constant or empty cell. */
  formula(sheet: string, row: number, col: number): string | undefined;
}

/** One cell the formula used, with what it is and its value. */
export interface ExplainedInput {
  /** 'D196' or "'Scenario 1'!N107". */
  ref: string;
  label: string;
  value: CellValue;
}

export interface Explanation {
  sheet: string;
  /** A1 address of the explained cell, e.g. 'E76'. */
  address: string;
  /** What the figure is: the row's label and the column header, e.g. 'Schema · Licens, 2024'. */
  title: string;
  /** The sentence: title, the arithmetic with the numbers used, the result. */
  text: string;
  formula: string;
  inputs: ExplainedInput[];
}
