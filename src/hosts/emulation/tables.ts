/**
 * Tables: `worksheet.tables.add(address, hasHeaders)` and the workbook's
 * table collection. Generated sheets never add table rows one by one (slow,
 * and a cause of co-authoring conflicts); the one use is the decision trail,
 * where the task pane appends a row or two to the analyst's table:
 * `Table.rows.add(index?, values)` is modelled for appending at the end,
 * into empty cells only (Excel would shift the cells below: not modelled,
 * and refused loudly), with `Table.getDataBodyRange()` to find the end.
 */
import { parseRect, rectsOverlap, splitSheetAddress } from '../../workbook/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject, loadItems, pick } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import { cellKey, EmulatedRange } from './range';
import { typeIn } from './typing';
import { checkTableName } from './rules';
import { findSheet, findTable, type BookState, type SheetState, type TableState } from './state';
import { strict } from './strict';
import { EmulatedWorksheet } from './worksheet';

export class EmulatedTable extends EmulatedObject<TableState> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'Table');
  }
  override _checkAlive(t: TableState, location: string): void {
    if (!this._ctx.book.tables.includes(t))
      throw new EmulatedExcelError('ItemNotFound', location, 'the table was deleted');
  }
  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      t.name = checkTableName(this._ctx.book, v, 'Table.name', t.id);
    });
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  set showTotals(v: boolean) {
    this._set('showTotals', v, (t) => {
      t.showTotals = Boolean(v);
    });
  }
  get worksheet(): EmulatedWorksheet {
    // Loaded through 'worksheet/name' (or 'items/worksheet/name'): the loaded object.
    if (this._loaded.has('worksheet')) return this._loaded.get('worksheet') as EmulatedWorksheet;
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create({ parent: this._id, get: 'worksheet' }, () => this._t('Table.worksheet').sheet);
  }
  getRange(): EmulatedRange {
    const range = strict(new EmulatedRange(this._ctx), 'Range');
    return range._create({ parent: this._id, call: 'getRange', args: [] }, () => {
      const t = this._t('Table.getRange');
      return { sheet: t.sheet, rect: { ...t.rect } };
    });
  }
  /** The rows below the header (a table always has at least one). */
  getDataBodyRange(): EmulatedRange {
    const range = strict(new EmulatedRange(this._ctx), 'Range');
    return range._create({ parent: this._id, call: 'getDataBodyRange', args: [] }, () => {
      const t = this._t('Table.getDataBodyRange');
      return { sheet: t.sheet, rect: { ...t.rect, top: t.rect.top + 1 } };
    });
  }
  get rows(): EmulatedTableRowCollection {
    return strict(new EmulatedTableRowCollection(this._ctx, this), 'TableRowCollection');
  }
  delete(): void {
    this._call('delete', [], (t) => {
      this._ctx.book.tables = this._ctx.book.tables.filter((x) => x !== t);
    });
  }
  _snapshot(t: TableState, props: string[]): Record<string, unknown> {
    const out = pick(
      'Table',
      props.filter((p) => !p.startsWith('worksheet/')),
      { id: () => t.id, name: () => t.name, showTotals: () => t.showTotals },
    );
    const sheetProps = props.filter((p) => p.startsWith('worksheet/')).map((p) => p.slice('worksheet/'.length));
    if (sheetProps.length > 0) {
      const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet')._createResolved(t.sheet);
      for (const [k, v] of Object.entries(ws._snapshot(t.sheet, sheetProps))) ws._loaded.set(k, v);
      out.worksheet = ws;
    }
    return out;
  }
}

/** A table's rows: only `add` at the end, into empty cells (see the file's comment). */
export class EmulatedTableRowCollection extends EmulatedObject<TableState> {
  constructor(
    ctx: EmulatedContext,
    private table: EmulatedTable,
  ) {
    super(ctx, 'TableRowCollection');
  }
  add(index?: number | null, values?: (string | number | boolean | null)[][]): void {
    if (index !== undefined && index !== null) throw notModelled('TableRowCollection.add at an index');
    if (values === undefined) throw notModelled('TableRowCollection.add without values');
    this._ctx.enqueue({ id: this._id, parent: this.table._id, call: 'rows.add', args: [index, values] }, () => {
      const location = 'TableRowCollection.add';
      const t = this.table._t(location);
      const width = t.rect.right - t.rect.left + 1;
      if (!Array.isArray(values) || values.length === 0 || values.some((r) => !Array.isArray(r) || r.length !== width))
        throw new EmulatedExcelError('InvalidArgument', location, `expected rows of ${width} values`);
      const top = t.rect.bottom + 1;
      const bottom = t.rect.bottom + values.length;
      for (let row = top; row <= bottom; row++)
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const cell = t.sheet.cells.get(cellKey(row, col));
          if (cell && (cell.value !== null || cell.formula !== undefined))
            throw notModelled('TableRowCollection.add over cells that are not empty (Excel shifts them down)');
        }
      if (
        this._ctx.book.tables.some(
          (o) => o !== t && o.sheet === t.sheet && rectsOverlap(o.rect, { ...t.rect, top, bottom }),
        )
      )
        throw notModelled('TableRowCollection.add next to another table (Excel shifts it down)');
      values.forEach((row, r) =>
        row.forEach((input, c) => {
          const key = cellKey(top + r, t.rect.left + c);
          const cell = t.sheet.cells.get(key) ?? { value: null, numberFormat: 'General' };
          const typed = typeIn(input, cell.numberFormat);
          cell.value = typed.value;
          if (typed.formula !== undefined) cell.formula = typed.formula;
          t.sheet.cells.set(key, cell);
        }),
      );
      t.rect = { ...t.rect, bottom };
      return undefined;
    });
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading a TableRowCollection');
  }
}

/** A worksheet's tables (sheet given) or the workbook's (sheet undefined). */
export class EmulatedTableCollection extends EmulatedObject<BookState> {
  constructor(
    ctx: EmulatedContext,
    private parentId: number,
    private parentSheet?: (location: string) => SheetState,
  ) {
    super(ctx, 'TableCollection');
    this._createResolved(ctx.book);
  }
  /** The sheet a worksheet's collection belongs to (at sync time), or null for the workbook's. */
  private sheet(location: string): SheetState | null {
    return this.parentSheet ? this.parentSheet(location) : null;
  }
  private scope(location: string): TableState[] {
    const sheet = this.sheet(location);
    return this._ctx.book.tables.filter((t) => sheet === null || t.sheet === sheet);
  }
  get items(): EmulatedTable[] {
    return this._get('items');
  }

  add(address: string, hasHeaders: boolean): EmulatedTable {
    const table = strict(new EmulatedTable(this._ctx), 'Table');
    return table._create({ parent: this.parentId, call: 'tables.add', args: [address, hasHeaders] }, () => {
      const location = 'TableCollection.add';
      const book = this._ctx.book;
      const split = splitSheetAddress(address);
      const sheet = split.sheet !== undefined ? findSheet(book, split.sheet) : this.sheet(location);
      const rect = parseRect(split.local);
      if (!sheet || !rect) throw new EmulatedExcelError('InvalidArgument', location, `bad table address '${address}'`);
      if (!hasHeaders)
        throw new EmulatedExcelError('InvalidArgument', location, 'the emulation models tables with headers only');
      if (book.tables.some((t) => t.sheet === sheet && rectsOverlap(t.rect, rect))) {
        throw new EmulatedExcelError('InvalidArgument', location, 'tables cannot overlap');
      }
      book.counter += 1;
      let n = book.tables.length + 1;
      while (findTable(book, `Table${n}`)) n += 1;
      const state: TableState = { id: `{T${book.counter}}`, name: `Table${n}`, sheet, rect, showTotals: false };
      book.tables.push(state);
      return state;
    });
  }

  getItem(key: string): EmulatedTable {
    const table = strict(new EmulatedTable(this._ctx), 'Table');
    return table._create({ parent: this.parentId, call: 'tables.getItem', args: [key] }, () => {
      const found = this.scope('TableCollection.getItem').find(
        (t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key,
      );
      if (!found) throw new EmulatedExcelError('ItemNotFound', 'TableCollection.getItem', `no table '${key}'`);
      return found;
    });
  }

  getItemOrNullObject(key: string): EmulatedTable {
    const table = strict(new EmulatedTable(this._ctx), 'Table');
    return table._create({ parent: this.parentId, call: 'tables.getItemOrNullObject', args: [key] }, () => {
      const found = this.scope('TableCollection.getItemOrNullObject').find(
        (t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key,
      );
      return found ?? null;
    });
  }

  _snapshot(_book: BookState, props: string[]): Record<string, unknown> {
    return loadItems('TableCollection', props, this.scope('TableCollection.load'), (t) =>
      strict(new EmulatedTable(this._ctx), 'Table')._createResolved(t),
    );
  }
}
