/**
 * Typed access to the cells of one data row of a located block. Each getter
 * returns the parsed value, null for a blank cell (or an absent optional
 * column), or undefined when the cell is wrong — and then it has already
 * recorded the problem at that cell. So a block reader reads every cell of
 * every row and all problems of the workbook are collected in one pass.
 */
import type { CellRef, DisplayUnit, FieldCells, Problem } from '../../engine/model';
import type { CellValue } from '../grid';
import { MONEY_UNIT_CHOICES, type ChoiceSet } from '../schema/choices';
import { columnSpec } from '../schema/format';
import type { ColumnSpec, Texts } from '../schema/types';
import { cellAddress } from './a1';
import { boundsFor } from './bounds';
import type { LocatedBlock } from './locate';
import {
  ambiguousNumber,
  doubtfulValue,
  emptyRequired,
  errorValue,
  invalidValue,
  mergedCell,
  uncalculatedFormula,
} from './messages';
import { parseBoolean } from './parseBoolean';
import { parseDate } from './parseDate';
import { parseMoney } from './parseMoney';
import { ambiguousSeparator } from './parseNumber';
import { parsePercentage, type PercentageScale } from './parsePercentage';
import type { ParseResult } from './parseResult';
import { cellText, isBlank, parseChoice, splitList } from './parseText';
import { parseInteger, parsePlainNumber, parseYear } from './parseYear';
import { isUncalculated, mergedInto } from './sheetCells';
import { normaliseKey } from '../schema/normalise';

/**
 * "kolumnen Belopp" — how a cell is described in messages: by the header as
 * typed in the sheet (what the analyst sees), with the header of the
 * message's language after it when the typed one is another
 * ("the column Elever/barn (Pupils/children)", "kolumnen Antal elever (Elever/barn)").
 */
export function columnWhat(column: { sv: string; en: string }, typed?: string): Texts {
  return { sv: `kolumnen ${asSeen(typed, column.sv)}`, en: `the column ${asSeen(typed, column.en)}` };
}

/** A header or parameter name as typed, with the canonical one after it when they differ ("Pupils (Elever/barn)"). */
export function asSeen(typed: string | undefined, canonical: string): string {
  if (typed === undefined || typed.trim() === '') return canonical;
  return normaliseKey(typed) === normaliseKey(canonical) ? typed.trim() : `${typed.trim()} (${canonical})`;
}

/**
 * K is the block's column keys (ColumnKey<'costLines'> from openBlock), so a
 * misspelt key is a compile error; the default, string, is for helpers shared
 * by several blocks.
 */
export class RowReader<K extends string = string> {
  /** The Enhet cell: undefined = not read yet, null = blank, absent or wrong. */
  private unitCache: DisplayUnit | null | undefined;

  constructor(
    readonly block: LocatedBlock,
    readonly row: number,
    private readonly problems: Problem[],
  ) {}

  /** The cell of a column in this row (the first column of the block if the column is absent). */
  at(key: K): CellRef {
    const col = this.block.columns.get(key) ?? this.block.firstColumn;
    return this.cellAt(col);
  }

  /** The cells of the given columns present in this block (field → cell), for an item's `cells`. */
  cells(keys: readonly K[]): FieldCells {
    const cells: FieldCells = {};
    for (const key of keys) {
      const col = this.block.columns.get(key);
      if (col !== undefined) cells[key] = this.cellAt(col);
    }
    return cells;
  }

  cellAt(col: number): CellRef {
    return { sheet: this.block.sheet.name, cell: cellAddress(this.row, col) };
  }

  /** The raw value; null for blank or an absent column. */
  raw(key: K): CellValue {
    const col = this.block.columns.get(key);
    return col === undefined ? null : this.rawAt(col);
  }

  rawAt(col: number): CellValue {
    return this.block.sheet.values[this.row]?.[col] ?? null;
  }

  formatAt(col: number): string | undefined {
    return this.block.sheet.numberFormats?.[this.row]?.[col];
  }

  /** How this block's column is named in messages: its header as typed in the sheet. */
  what(key: K): Texts {
    return this.describe(key);
  }

  private describe(key: string): Texts {
    return columnWhat(columnSpec(this.block.spec, key), this.block.headers.get(key));
  }

  report(problem: Problem): void {
    this.problems.push(problem);
  }

  /**
   * The core: blank → null (or emptyRequired when `required`), error value
   * → problem, else parse → value or problem.
   */
  parseAt<T>(
    col: number | undefined,
    what: Texts,
    required: Texts | false,
    parse: (value: CellValue, format: string | undefined) => ParseResult<T>,
  ): T | null | undefined {
    if (col === undefined) return null;
    const value = this.rawAt(col);
    const at = this.cellAt(col);
    if (isUncalculated(this.block.sheet, this.row, col)) {
      this.report(uncalculatedFormula(at, what));
      return undefined;
    }
    const merged = isBlank(value) ? mergedInto(this.block.sheet, this.row, col) : undefined;
    const mergedValue = merged ? (this.block.sheet.values[merged.top]?.[merged.left] ?? null) : null;
    if (merged && !isBlank(mergedValue)) {
      const area = `${cellAddress(merged.top, merged.left)}:${cellAddress(merged.bottom, merged.right)}`;
      this.report(mergedCell(at, area, cellAddress(merged.top, merged.left), mergedValue, what));
      return undefined;
    }
    if (value !== null && typeof value === 'object') {
      this.report(errorValue(at, value, what));
      return undefined;
    }
    if (isBlank(value)) {
      if (required) {
        this.report(emptyRequired(at, what, required));
        return undefined;
      }
      return null;
    }
    const result = parse(value, this.formatAt(col));
    if (result.ok) {
      const ambiguous = typeof result.value === 'number' ? ambiguousSeparator(value) : undefined;
      if (ambiguous !== undefined) this.report(ambiguousNumber(at, String(value).trim(), ambiguous, what));
      else if (result.doubt) this.report(doubtfulValue(at, value, what, result.doubt));
      return result.value;
    }
    this.report(invalidValue(result.code, at, value, what, result.expected, this.formatAt(col)));
    return undefined;
  }

  private read<T>(
    key: string,
    required: boolean,
    parse: (value: CellValue, format: string | undefined) => ParseResult<T>,
  ): T | null | undefined {
    const column = columnSpec(this.block.spec, key);
    const bounds = boundsFor(column.type);
    // Every number is checked against its column's range at its own cell (bounds.ts), so no count or amount
    // outside it reaches the engine; the message names the column's header as the analyst sees it.
    const bounded: typeof parse = bounds
      ? (value, format) => {
          const result = parse(value, format);
          return result.ok && typeof result.value === 'number' ? (bounds(result.value) as ParseResult<T>) : result;
        }
      : parse;
    return this.parseAt(
      this.block.columns.get(key),
      this.describe(key),
      required ? expectedFor(column) : false,
      bounded,
    );
  }

  text(key: K, required = false): string | null | undefined {
    return this.read(key, required, (v) => ({ ok: true, value: cellText(v) }));
  }

  number(key: K, required = false): number | null | undefined {
    return this.read(key, required, parsePlainNumber);
  }

  integer(key: K, required = false): number | null | undefined {
    return this.read(key, required, parseInteger);
  }

  year(key: K, required = false): number | null | undefined {
    return this.read(key, required, parseYear);
  }

  date(key: K, required = false): string | null | undefined {
    return this.read(key, required, parseDate);
  }

  boolean(key: K, required = false): boolean | null | undefined {
    return this.read(key, required, parseBoolean);
  }

  percentage(key: K, scale: PercentageScale, required = false): number | null | undefined {
    return this.read(key, required, (v, format) => parsePercentage(v, format, scale));
  }

  choice<T extends string>(key: K, set: ChoiceSet<T>, required = false): T | null | undefined {
    return this.read(key, required, (v) => parseChoice(v, set));
  }

  list(key: K, required = false): string[] | null | undefined {
    return this.read(key, required, (v) => ({ ok: true, value: splitList(v) }));
  }

  /**
   * Money in the row's unit: the Enhet cell, else a unit in the column's
   * header ("Årskostnad (tkr)"), else kr. A suffix typed in the cell wins over both.
   */
  money(key: K, required = false): number | null | undefined {
    const unit = this.unit(key);
    return this.read(key, required, (v) => parseMoney(v, unit));
  }

  /** The unit of a money column in this row; a wrong Enhet is reported once and ignored. */
  unit(key?: K): DisplayUnit {
    if (this.unitCache === undefined)
      this.unitCache = this.read('unit', false, (v) => parseChoice(v, MONEY_UNIT_CHOICES)) ?? null;
    return this.unitCache ?? (key === undefined ? undefined : this.block.columnUnits.get(key)) ?? 'kr';
  }
}

/** What to fill in, for emptyRequired: the column's help text. */
function expectedFor(column: ColumnSpec): Texts {
  return {
    sv: `${column.sv.toLowerCase()} (${column.help.sv.replace(/\.$/, '').toLowerCase()})`,
    en: `${column.en.toLowerCase()} (${column.help.en.replace(/\.$/, '').toLowerCase()})`,
  };
}
