/**
 * Range and what hangs off it (format, font, fill, data validation, the
 * visible view). Values, formulas and number formats must be 2-D arrays of
 * exactly the range's shape, else InvalidArgument, as in Excel.
 */
import type { CellValue } from '../../workbook/grid';
import {
  cellAddress,
  MAX_COLUMNS,
  parseRect,
  rectAddress,
  rectColumns,
  rectRows,
  type RangePos,
} from '../../workbook/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject, pick } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import type { CellState, SheetState } from './state';
import { strict } from './strict';
import { typeIn } from './typing';
import { sheetRefs } from '../../workbook/formulaRefs';
import { findSheet } from './state';

/**
 * Excel's answer to a formula naming a sheet that does not exist (a file
 * dialog in the UI, an external link through the API) is not modelled: such a
 * write fails loudly, so the adapter cannot rely on it.
 */
function checkRefs(formula: string, book: import('./state').BookState): void {
  for (const name of sheetRefs(formula)) {
    if (!findSheet(book, name)) throw notModelled(`a formula referring to the missing sheet '${name}' (${formula})`);
  }
}

export interface RangeTarget {
  sheet: SheetState;
  rect: RangePos;
}

function overlaps(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function qualifiedAddress(sheet: string, rect: RangePos): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  const name = plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(rect)}`;
}

function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, col));
}

function ensureCell(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: null, numberFormat: 'General' };
    sheet.cells.set(key, cell);
  }
  return cell;
}

function shownValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueType(cell: CellState | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function grid<V>(t: RangeTarget, f: (cell: CellState | undefined, row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(f(cellAt(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

/** Check an array written to a range has the range's shape and plain cell values. */
function checkShape(t: RangeTarget, data: unknown, location: string): unknown[][] {
  if (!Array.isArray(data)) throw notModelled(`${location} set to a single value (not a 2-D array)`);
  const rows = rectRows(t.rect);
  const cols = rectColumns(t.rect);
  const ok =
    data.length === rows &&
    data.every(
      (row) =>
        Array.isArray(row) &&
        row.length === cols &&
        row.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)),
    );
  if (!ok) {
    throw new EmulatedExcelError(
      'InvalidArgument',
      location,
      `expected ${rows}×${cols} plain values for ${rectAddress(t.rect)}`,
    );
  }
  return data as unknown[][];
}

function eachCell(t: RangeTarget, f: (cell: CellState, row: number, col: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) f(ensureCell(t.sheet, r, c), r - t.rect.top, c - t.rect.left);
  }
}

export class EmulatedRange extends EmulatedObject<RangeTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'Range');
  }

  override _checkAlive(t: RangeTarget, location: string): void {
    if (t.sheet.deleted) throw new EmulatedExcelError('ItemNotFound', location, 'the range’s sheet was deleted');
  }

  get address(): string {
    return this._get('address');
  }
  get values(): unknown[][] {
    return this._get('values');
  }
  set values(data: unknown[][]) {
    this._set('values', data, (t) => {
      const rows = checkShape(t, data, 'Range.values');
      eachCell(t, (cell, r, c) => {
        const typed = typeIn(rows[r]![c] as string | number | boolean | null, cell.numberFormat);
        if (typed.formula) checkRefs(typed.formula, this._ctx.book);
        cell.value = typed.value;
        if (typed.formula) cell.formula = typed.formula;
        else delete cell.formula;
      });
    });
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(data: unknown[][]) {
    this._set('formulas', data, (t) => {
      const rows = checkShape(t, data, 'Range.formulas');
      eachCell(t, (cell, r, c) => {
        const input = rows[r]![c] as string | number | boolean | null;
        // Excel: a null entry in a 2-D array leaves its cell unchanged (learn.microsoft.com, "Blank and null values").
        if (input === null) return;
        // A formula keeps the cell's last value: the emulation does not calculate.
        if (typeof input === 'string' && input.startsWith('=') && cell.numberFormat !== '@') {
          checkRefs(input, this._ctx.book);
          cell.formula = input;
          return;
        }
        const typed = typeIn(input, cell.numberFormat);
        cell.value = typed.value;
        if (typed.formula) cell.formula = typed.formula;
        else delete cell.formula;
      });
    });
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(data: string[][]) {
    this._set('numberFormat', data, (t) => {
      const rows = checkShape(t, data, 'Range.numberFormat');
      if (!rows.every((row) => row.every((v) => typeof v === 'string'))) {
        throw new EmulatedExcelError('InvalidArgument', 'Range.numberFormat', 'number formats must be strings');
      }
      eachCell(t, (cell, r, c) => {
        cell.numberFormat = rows[r]![c] as string;
      });
    });
  }
  get valueTypes(): string[][] {
    return this._get('valueTypes');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }

  get format(): EmulatedRangeFormat {
    return strict(new EmulatedRangeFormat(this), 'RangeFormat');
  }
  /** Merges the whole range into one cell (ExcelApi 1.2); merging row by row (across) is not modelled. */
  merge(across?: boolean): void {
    if (across === true) throw notModelled('Range.merge(true) (across)');
    this._call('merge', [across ?? false], (t) => {
      // Excel refuses to merge over part of an existing merged area.
      if (t.sheet.merged.some((m) => overlaps(parseRect(m)!, t.rect)))
        throw new EmulatedExcelError('InvalidOperation', 'Range.merge', 'overlaps a merged area');
      // Excel keeps the top-left value and clears the others.
      for (let r = t.rect.top; r <= t.rect.bottom; r++)
        for (let c = t.rect.left; c <= t.rect.right; c++)
          if (r !== t.rect.top || c !== t.rect.left) t.sheet.cells.delete(cellKey(r, c));
      t.sheet.merged.push(rectAddress(t.rect));
    });
  }
  get dataValidation(): EmulatedDataValidation {
    return strict(new EmulatedDataValidation(this), 'DataValidation');
  }

  _snapshot(t: RangeTarget, props: string[]): Record<string, unknown> {
    return pick('Range', props, {
      address: () => qualifiedAddress(t.sheet.name, t.rect),
      values: () => grid(t, (cell) => shownValue(cell?.value)),
      formulas: () => grid(t, (cell) => cell?.formula ?? shownValue(cell?.value)),
      numberFormat: () => grid(t, (cell) => cell?.numberFormat ?? 'General'),
      valueTypes: () => grid(t, valueType),
      rowCount: () => rectRows(t.rect),
      columnCount: () => rectColumns(t.rect),
      rowIndex: () => t.rect.top,
      columnIndex: () => t.rect.left,
    });
  }

  /** A sub-range relative to this one, resolved at sync. */
  private derive(method: string, args: unknown[], rect: (t: RangeTarget) => RangePos | undefined): EmulatedRange {
    const child = strict(new EmulatedRange(this._ctx), 'Range');
    return child._create({ parent: this._id, call: method, args }, () => {
      const t = this._t(`Range.${method}`);
      const r = rect(t);
      if (!r)
        throw new EmulatedExcelError(
          'InvalidArgument',
          `Range.${method}`,
          `${JSON.stringify(args)} outside ${rectAddress(t.rect)}`,
        );
      return { sheet: t.sheet, rect: r };
    });
  }

  getColumn(index: number): EmulatedRange {
    return this.derive('getColumn', [index], (t) =>
      index >= 0 && index < rectColumns(t.rect)
        ? { ...t.rect, left: t.rect.left + index, right: t.rect.left + index }
        : undefined,
    );
  }

  getRow(index: number): EmulatedRange {
    return this.derive('getRow', [index], (t) =>
      index >= 0 && index < rectRows(t.rect)
        ? { ...t.rect, top: t.rect.top + index, bottom: t.rect.top + index }
        : undefined,
    );
  }

  getCell(row: number, column: number): EmulatedRange {
    return this.derive('getCell', [row, column], (t) => {
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return row >= 0 && column >= 0 ? { top: r, bottom: r, left: c, right: c } : undefined;
    });
  }

  /** A range address relative to the sheet, e.g. getRange('A1:B2') on the sheet. */
  static onSheet(
    ctx: EmulatedContext,
    parentId: number,
    address: string,
    sheet: () => SheetState,
    location: string,
  ): EmulatedRange {
    const range = strict(new EmulatedRange(ctx), 'Range');
    return range._create({ parent: parentId, call: 'getRange', args: [address] }, () => {
      const s = sheet();
      const rect = parseRect(address);
      if (!rect) throw new EmulatedExcelError('InvalidArgument', location, `bad address '${address}'`);
      return { sheet: s, rect };
    });
  }

  /**
   * Range.clear (ExcelApi 1.1): 'All' (the default) empties the cells of
   * values, formulas and formats; 'Contents' keeps the formats; 'Formats'
   * keeps values and formulas. Tables, charts and data validation are not
   * touched, as in Excel. Hyperlink modes are not modelled.
   */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    if (!['All', 'Contents', 'Formats'].includes(applyTo)) throw notModelled(`Range.clear('${String(applyTo)}')`);
    this._call('clear', [applyTo], (t) => {
      for (const key of [...t.sheet.cells.keys()]) {
        const row = Math.floor(key / MAX_COLUMNS);
        const col = key % MAX_COLUMNS;
        if (row < t.rect.top || row > t.rect.bottom || col < t.rect.left || col > t.rect.right) continue;
        const cell = t.sheet.cells.get(key)!;
        if (applyTo === 'All') t.sheet.cells.delete(key);
        else if (applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        } else {
          cell.numberFormat = 'General';
          delete cell.font;
          delete cell.fill;
          delete cell.wrapText;
          delete cell.verticalAlignment;
        }
      }
      // Clearing formats unmerges every merged area the range touches, as Excel's Clear All does.
      if (applyTo !== 'Contents') t.sheet.merged = t.sheet.merged.filter((m) => !overlaps(parseRect(m)!, t.rect));
    });
  }

  getVisibleView(): EmulatedRangeView {
    const view = strict(new EmulatedRangeView(this._ctx), 'RangeView');
    return view._create({ parent: this._id, call: 'getVisibleView', args: [] }, () => this._t('Range.getVisibleView'));
  }

  select(): void {
    this._call('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') {
        throw new EmulatedExcelError('InvalidOperation', 'Range.select', 'cannot select on a hidden sheet');
      }
      const book = this._ctx.book;
      book.active = t.sheet;
      book.selection = { sheetId: t.sheet.id, address: rectAddress(t.rect) };
    });
  }
}

/** Only the visible rows: Office.js's RangeView (ExcelApi 1.3), modelled for `cellAddresses`. */
export class EmulatedRangeView extends EmulatedObject<RangeTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'RangeView');
  }
  get cellAddresses(): string[][] {
    return this._get('cellAddresses');
  }
  _snapshot(t: RangeTarget, props: string[]): Record<string, unknown> {
    return pick('RangeView', props, {
      cellAddresses: () => {
        const out: string[][] = [];
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          if (t.sheet.hiddenRows.has(r)) continue;
          const row: string[] = [];
          for (let c = t.rect.left; c <= t.rect.right; c++) row.push(cellAddress(r, c));
          out.push(row);
        }
        return out;
      },
    });
  }
}

/** Format objects are views of their range: they share its target. */
abstract class RangePart<T> extends EmulatedObject<RangeTarget> {
  constructor(
    protected range: EmulatedRange,
    type: string,
  ) {
    super(range._ctx, type);
    this._target = undefined;
  }
  override _t(location: string): RangeTarget {
    return this.range._t(location);
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled(`loading ${this._type}`);
  }
  protected setEach(prop: string, value: T, f: (cell: CellState) => void): void {
    this._set(prop, value, (t) => eachCell(t, f));
  }
}

export class EmulatedRangeFormat extends RangePart<number> {
  constructor(range: EmulatedRange) {
    super(range, 'RangeFormat');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t) => {
      if (typeof points !== 'number' || points < 0)
        throw new EmulatedExcelError('InvalidArgument', 'RangeFormat.columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this._set('rowHeight', points, (t) => {
      // Excel's limit is 409 points.
      if (typeof points !== 'number' || points < 0 || points > 409)
        throw new EmulatedExcelError('InvalidArgument', 'RangeFormat.rowHeight');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v, (t) => {
      if (typeof v !== 'boolean') throw new EmulatedExcelError('InvalidArgument', 'RangeFormat.wrapText');
      eachCell(t, (cell) => (cell.wrapText = v));
    });
  }
  set verticalAlignment(v: 'Top' | 'Center' | 'Bottom') {
    if (v !== 'Top' && v !== 'Center' && v !== 'Bottom')
      throw notModelled(`RangeFormat.verticalAlignment '${String(v)}'`);
    this._set('verticalAlignment', v, (t) => eachCell(t, (cell) => (cell.verticalAlignment = v)));
  }
  get font(): EmulatedRangeFont {
    return strict(new EmulatedRangeFont(this.range), 'RangeFont');
  }
  get fill(): EmulatedRangeFill {
    return strict(new EmulatedRangeFill(this.range), 'RangeFill');
  }
}

export class EmulatedRangeFont extends RangePart<unknown> {
  constructor(range: EmulatedRange) {
    super(range, 'RangeFont');
  }
  set bold(v: boolean) {
    this.setEach('bold', v, (cell) => (cell.font = { ...cell.font, bold: v }));
  }
  set italic(v: boolean) {
    this.setEach('italic', v, (cell) => (cell.font = { ...cell.font, italic: v }));
  }
  set color(v: string) {
    this.setEach('color', v, (cell) => (cell.font = { ...cell.font, color: v }));
  }
  set size(v: number) {
    this.setEach('size', v, (cell) => (cell.font = { ...cell.font, size: v }));
  }
}

export class EmulatedRangeFill extends RangePart<string> {
  constructor(range: EmulatedRange) {
    super(range, 'RangeFill');
  }
  set color(v: string) {
    this.setEach('color', v, (cell) => (cell.fill = v));
  }
}

/** Data validation (ExcelApi 1.8): only list rules are modelled. */
export class EmulatedDataValidation extends RangePart<unknown> {
  constructor(range: EmulatedRange) {
    super(range, 'DataValidation');
  }
  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this._set('rule', rule, (t) => {
      const keys = Object.keys(rule ?? {});
      if (keys.length !== 1 || !rule.list)
        throw notModelled(`DataValidation.rule other than list (${keys.join(', ')})`);
      if (typeof rule.list.source !== 'string' || rule.list.source === '') {
        throw new EmulatedExcelError(
          'InvalidArgument',
          'DataValidation.rule',
          'list source must be a non-empty string',
        );
      }
      const address = rectAddress(t.rect);
      t.sheet.validations = t.sheet.validations.filter((v) => v.address !== address);
      t.sheet.validations.push({ address, list: rule.list.source });
    });
  }
}
