/**
 * The vocabulary of the format description: sheets, blocks (one Excel table
 * each), columns and their value types. The description itself is in
 * format.ts and blocks/; the reader, the input-sheet writer and docs/workbook-format.md
 * all follow it.
 */
import type { ChoiceSet, Language } from './choices';

export type Texts = { sv: string; en: string };

/** How a cell's value is read. */
export type ColumnType =
  | { kind: 'text' }
  /** Any finite number: counts, FTE, weights. */
  | { kind: 'number' }
  | { kind: 'integer' }
  /** An amount in kr (or the row's unit, or a tkr/mnkr suffix), read to integer öre. */
  | { kind: 'money' }
  /** kr, tkr or mnkr: the unit of the row's money cells. */
  | { kind: 'moneyUnit' }
  | { kind: 'year' }
  /**
   * A percentage read to a fraction. 'share' (0–100 %): a plain number above 1
   * means percent. 'rate' (index, discount): a plain number of 1 or more means
   * percent, because a rate of 100 % is never meant while "1" for 1 % is common.
   */
  | { kind: 'percentage'; scale: 'share' | 'rate' }
  | { kind: 'boolean' }
  /** A date, read to ISO 'YYYY-MM-DD'. */
  | { kind: 'date' }
  | { kind: 'choice'; choices: ChoiceSet<string> }
  /** Names separated by ; or , — 'alla' means all. Items are choices when given. */
  | { kind: 'list'; choices?: ChoiceSet<string> }
  /** A share of use: ja/nej/x, or a percentage (usage matrix cells). */
  | { kind: 'usage' };

export interface ColumnSpec<K extends string = string> {
  /** Field name used in code; a literal type per block (ColumnKey in format.ts). */
  key: K;
  /** Header written in Swedish and English. */
  sv: string;
  en: string;
  /** Other accepted headers (compared with normaliseKey). */
  aliases: readonly string[];
  type: ColumnType;
  /** The header must be present (missingColumn otherwise). */
  required: boolean;
  /**
   * What a blank cell means. Absent on a required column: a value must be
   * given (emptyRequired). Optional columns may always be blank.
   */
  blank?: Texts;
  /** One line for the docs and the header's comment. */
  help: Texts;
  /** Column width in characters on the written sheet. */
  width: number;
  /**
   * A column added after workbooks of this format version were made: a
   * workbook without it still reads (its blank meaning applies), with a
   * warning that names the column and what is assumed.
   */
  addedLater?: true;
}

/** A parameter row of a key–value block (Parametrar). */
export interface FieldSpec {
  key: string;
  sv: string;
  en: string;
  aliases: readonly string[];
  type: ColumnType;
  required: boolean;
  blank?: Texts;
  help: Texts;
  /**
   * A row added after workbooks of this format version were made: a workbook
   * whose Parametrar table (tblParametrar) lacks it still reads with the
   * blank meaning, and a warning names the row and what is assumed.
   */
  addedLater?: true;
}

export type SheetKey = 'costs' | 'contracts' | 'resources' | 'parameters' | 'decisions';

export type BlockKey =
  | 'solutions'
  | 'costLines'
  | 'tiers'
  | 'agreements'
  | 'contracts'
  | 'payers'
  | 'usage'
  | 'percentKeys'
  | 'internal'
  | 'parameters'
  | 'indexRates'
  | 'briefText'
  | 'decisionTrail';

export interface BlockSpec<K extends string = string> {
  key: BlockKey;
  sheet: SheetKey;
  /** Excel table name; found by this name first, on any sheet. */
  table: string;
  /** Title written above the table (and recognised as the end of a block found by headers). */
  title: Texts;
  help: Texts;
  columns: readonly ColumnSpec<K>[];
  /** A workbook without this block is incomplete (missing problem). */
  required: boolean;
  /** There must be at least one data row (emptyTable otherwise). */
  needsRows: boolean;
  /** Key–value block: each data row names one of these fields in its first column. */
  fields?: readonly FieldSpec[];
  /** Columns beyond `columns` are data (the usage matrix: one column per solution). */
  dynamicColumns?: Texts;
}

export interface SheetSpec {
  key: SheetKey;
  sv: string;
  en: string;
  aliases: readonly string[];
  title: Texts;
  blocks: readonly BlockKey[];
}

/** A header or a sheet name in a language. */
export function written(spec: { sv: string; en: string }, language: Language): string {
  return spec[language];
}
