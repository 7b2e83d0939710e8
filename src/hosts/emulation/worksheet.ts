/**
 * Worksheets and the worksheet collection, with Excel's sheet-name rules, and
 * what a rename or delete does to the formulas that refer to the sheet.
 */
import type { RangePos } from '../../workbook/a1';
import { EmulatedChartCollection } from './charts';
import type { EmulatedContext } from './context';
import { EmulatedObject, loadItems, pick } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import { EmulatedFreezePanes, EmulatedPageBreakCollection, EmulatedPageLayout } from './layout';
import { EmulatedNamedItemCollection } from './names';
import { EmulatedRange } from './range';
import { checkSheetName } from './rules';
import {
  findSheet,
  findTable,
  newSheet,
  type BookState,
  type NameState,
  type SheetState,
  type Visibility,
} from './state';
import { strict } from './strict';
import { EmulatedTableCollection } from './tables';
import { mapSheetRefs, sheetPrefix } from '../../workbook/formulaRefs';

/**
 * Rewrite every formula in the workbook that refers to `sheetName`, in cells
 * and in defined names of either scope (Excel does this on rename and delete:
 * this is what keeps a workbook-scoped sheet marker pointing at its sheet).
 * Runs once per rename over every cell, so it skips formulas without '!' (nearly all) before any call.
 */
function rewriteRefs(book: BookState, sheetName: string, replacement: string): void {
  const lower = sheetName.toLowerCase();
  const replace = (name: string): string | undefined => (name.toLowerCase() === lower ? replacement : undefined);
  const rewriteName = (n: NameState): void => {
    if (n.formula.includes('!')) n.formula = mapSheetRefs(n.formula, replace);
  };
  book.names.forEach(rewriteName);
  for (const s of book.sheets) {
    s.names.forEach(rewriteName);
    for (const cell of s.cells.values()) {
      const formula = cell.formula;
      if (formula === undefined || !formula.includes('!')) continue;
      cell.formula = mapSheetRefs(formula, replace);
    }
  }
}

const VISIBILITIES: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Bounding box of cells holding a value or formula (valuesOnly) or anything at all. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): RangePos | undefined {
  let rect: RangePos | undefined;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== 'General' || cell.font !== undefined || cell.fill !== undefined;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const row = Math.floor(key / 16_384);
    const col = key % 16_384;
    if (!rect) rect = { top: row, left: col, bottom: row, right: col };
    else {
      rect.top = Math.min(rect.top, row);
      rect.left = Math.min(rect.left, col);
      rect.bottom = Math.max(rect.bottom, row);
      rect.right = Math.max(rect.right, col);
    }
  }
  return rect;
}

function visibleSheets(book: BookState): SheetState[] {
  return book.sheets.filter((s) => s.visibility === 'Visible');
}

/** After the active sheet is hidden or deleted, Excel activates a neighbouring visible sheet. */
function reactivate(book: BookState, gone: SheetState): void {
  if (book.active !== gone) return;
  book.active = visibleSheets(book).find((s) => s !== gone) ?? null;
  book.selection = undefined;
}

export class EmulatedWorksheet extends EmulatedObject<SheetState> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'Worksheet');
  }
  override _checkAlive(t: SheetState, location: string): void {
    if (t.deleted) throw new EmulatedExcelError('ItemNotFound', location, `sheet '${t.name}' was deleted`);
  }
  private sheetAt = (location: string): SheetState => this._t(location);

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v, (s) => {
      const name = checkSheetName(this._ctx.book, v, 'Worksheet.name', s);
      rewriteRefs(this._ctx.book, s.name, sheetPrefix(name));
      s.name = name;
    });
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  /** Moves the sheet to this zero-based place among all sheets, hidden ones included; the others keep their order. */
  set position(v: number) {
    this._set('position', v, (s) => {
      const sheets = this._ctx.book.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) {
        throw new EmulatedExcelError(
          'InvalidArgument',
          'Worksheet.position',
          `${String(v)} of ${sheets.length} sheets`,
        );
      }
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): Visibility {
    return this._get('visibility');
  }
  set visibility(v: Visibility) {
    this._set('visibility', v, (s) => {
      if (!VISIBILITIES.includes(v)) throw new EmulatedExcelError('InvalidArgument', 'Worksheet.visibility');
      const book = this._ctx.book;
      if (v !== 'Visible' && s.visibility === 'Visible' && visibleSheets(book).length === 1) {
        throw new EmulatedExcelError(
          'InvalidOperation',
          'Worksheet.visibility',
          'the last visible sheet cannot be hidden',
        );
      }
      s.visibility = v;
      if (v !== 'Visible') reactivate(book, s);
    });
  }
  get tabColor(): string {
    return this._get('tabColor');
  }
  set tabColor(v: string) {
    this._set('tabColor', v, (s) => {
      if (typeof v !== 'string' || (v !== '' && !/^#[0-9A-Fa-f]{6}$/.test(v))) {
        throw new EmulatedExcelError('InvalidArgument', 'Worksheet.tabColor');
      }
      s.tabColor = v.toUpperCase();
    });
  }

  get tables(): EmulatedTableCollection {
    return strict(new EmulatedTableCollection(this._ctx, this._id, this.sheetAt), 'TableCollection');
  }
  get charts(): EmulatedChartCollection {
    return strict(new EmulatedChartCollection(this._ctx, this._id, this.sheetAt), 'ChartCollection');
  }
  get names(): EmulatedNamedItemCollection {
    return strict(
      new EmulatedNamedItemCollection(this._ctx, this.sheetAt, this._id, 'Worksheet'),
      'NamedItemCollection',
    );
  }
  get pageLayout(): EmulatedPageLayout {
    return strict(new EmulatedPageLayout(this._ctx, this.sheetAt), 'PageLayout');
  }
  get horizontalPageBreaks(): EmulatedPageBreakCollection {
    return strict(new EmulatedPageBreakCollection(this._ctx, this.sheetAt), 'PageBreakCollection');
  }
  get freezePanes(): EmulatedFreezePanes {
    return strict(new EmulatedFreezePanes(this._ctx, this.sheetAt), 'WorksheetFreezePanes');
  }

  getRange(address?: string): EmulatedRange {
    if (address === undefined)
      throw new Error('Excel emulation: Worksheet.getRange() without an address is not modelled');
    return EmulatedRange.onSheet(
      this._ctx,
      this._id,
      address,
      () => this._t('Worksheet.getRange'),
      'Worksheet.getRange',
    );
  }

  /** Excel returns A1 for a blank sheet. */
  getUsedRange(valuesOnly = false): EmulatedRange {
    const range = strict(new EmulatedRange(this._ctx), 'Range');
    return range._create({ parent: this._id, call: 'getUsedRange', args: [valuesOnly] }, () => {
      const sheet = this._t('Worksheet.getUsedRange');
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): EmulatedRange {
    const range = strict(new EmulatedRange(this._ctx), 'Range');
    return range._create({ parent: this._id, call: 'getUsedRangeOrNullObject', args: [valuesOnly] }, () => {
      const sheet = this._t('Worksheet.getUsedRangeOrNullObject');
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this._call('activate', [], (s) => {
      if (s.visibility !== 'Visible')
        throw new EmulatedExcelError('InvalidOperation', 'Worksheet.activate', 'sheet is hidden');
      this._ctx.book.active = s;
      this._ctx.book.selection = undefined;
    });
  }

  /**
   * A user's "Move or Copy… / Create a copy": the copy comes right after the
   * original as 'Name (2)', with the cells, layout, charts, the sheet-scoped
   * names and the tables (renamed to stay unique). Workbook-scoped names are
   * not copied (they belong to the workbook), which is why a copy of a
   * generated sheet carries no marker. Placement arguments are not modelled.
   */
  copy(...placement: unknown[]): EmulatedWorksheet {
    if (placement.length > 0) throw notModelled('Worksheet.copy with a position');
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create({ parent: this._id, call: 'copy', args: [] }, () => {
      const source = this._t('Worksheet.copy');
      const book = this._ctx.book;
      let n = 2;
      const base = source.name.replace(/ \(\d+\)$/, '');
      while (findSheet(book, `${base} (${n})`)) n += 1;
      const copy = newSheet(book, checkSheetName(book, `${base} (${n})`, 'Worksheet.copy'));
      const clone = <T>(x: T): T => structuredClone(x);
      copy.cells = clone(source.cells);
      copy.hiddenRows = new Set(source.hiddenRows);
      copy.rowHeights = new Map(source.rowHeights);
      copy.merged = [...source.merged];
      copy.columnWidths = new Map(source.columnWidths);
      copy.freeze = { ...source.freeze };
      copy.pageLayout = clone(source.pageLayout);
      copy.charts = clone(source.charts);
      copy.names = clone(source.names);
      copy.validations = clone(source.validations);
      copy.tabColor = source.tabColor;
      copy.visibility = source.visibility;
      for (const t of book.tables.filter((x) => x.sheet === source)) {
        let k = 2;
        while (findTable(book, `${t.name}${k}`)) k += 1;
        book.counter += 1;
        book.tables.push({ ...t, id: `{T${book.counter}}`, name: `${t.name}${k}`, sheet: copy, rect: { ...t.rect } });
      }
      book.sheets.splice(book.sheets.indexOf(source) + 1, 0, copy);
      return copy;
    });
  }

  delete(): void {
    this._call('delete', [], (s) => {
      const book = this._ctx.book;
      if (s.visibility === 'Visible' && visibleSheets(book).length === 1) {
        throw new EmulatedExcelError('InvalidOperation', 'Worksheet.delete', 'a workbook must keep one visible sheet');
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      book.tables = book.tables.filter((t) => t.sheet !== s);
      // The sheet's own names go with it; references to it elsewhere (workbook-scoped names included) become #REF!.
      rewriteRefs(book, s.name, '#REF!');
      s.deleted = true;
      reactivate(book, s);
    });
  }

  _snapshot(s: SheetState, props: string[]): Record<string, unknown> {
    return pick('Worksheet', props, {
      name: () => s.name,
      id: () => s.id,
      position: () => this._ctx.book.sheets.indexOf(s),
      visibility: () => s.visibility,
      tabColor: () => s.tabColor,
    });
  }
}

export class EmulatedWorksheetCollection extends EmulatedObject<BookState> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'WorksheetCollection');
    this._createResolved(ctx.book);
  }
  override _t(): BookState {
    return this._ctx.book;
  }
  get items(): EmulatedWorksheet[] {
    return this._get('items');
  }

  add(name?: string): EmulatedWorksheet {
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create({ parent: 'worksheets', call: 'add', args: [name] }, () => {
      const book = this._ctx.book;
      let wanted = name;
      if (wanted === undefined) {
        let n = book.sheets.length + 1;
        while (findSheet(book, `Sheet${n}`)) n += 1;
        wanted = `Sheet${n}`;
      }
      const sheet = newSheet(book, checkSheetName(book, wanted, 'WorksheetCollection.add'));
      book.sheets.push(sheet);
      return sheet;
    });
  }

  getItem(key: string): EmulatedWorksheet {
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create({ parent: 'worksheets', call: 'getItem', args: [key] }, () => {
      const found = findSheet(this._ctx.book, key);
      if (!found) throw new EmulatedExcelError('ItemNotFound', 'WorksheetCollection.getItem', `no sheet '${key}'`);
      return found;
    });
  }

  getItemOrNullObject(key: string): EmulatedWorksheet {
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create(
      { parent: 'worksheets', call: 'getItemOrNullObject', args: [key] },
      () => findSheet(this._ctx.book, key) ?? null,
    );
  }

  getActiveWorksheet(): EmulatedWorksheet {
    const ws = strict(new EmulatedWorksheet(this._ctx), 'Worksheet');
    return ws._create({ parent: 'worksheets', call: 'getActiveWorksheet', args: [] }, () => {
      const active = this._ctx.book.active;
      if (!active) throw new EmulatedExcelError('ItemNotFound', 'WorksheetCollection.getActiveWorksheet');
      return active;
    });
  }

  _snapshot(book: BookState, props: string[]): Record<string, unknown> {
    return loadItems('WorksheetCollection', props, book.sheets, (s) =>
      strict(new EmulatedWorksheet(this._ctx), 'Worksheet')._createResolved(s),
    );
  }
}
