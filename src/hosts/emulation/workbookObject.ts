/** `context.workbook`: the entry point of every batch (sheets, tables, workbook-scoped names, the active cell). */
import type { EmulatedContext } from './context';
import { EmulatedObject } from './clientObject';
import { parseRect } from '../../workbook/a1';
import { EmulatedExcelError, notModelled } from './errors';
import { EmulatedNamedItemCollection } from './names';
import { EmulatedRange } from './range';
import type { BookState } from './state';
import { strict } from './strict';
import { EmulatedTableCollection } from './tables';
import { EmulatedWorksheetCollection } from './worksheet';

export class EmulatedWorkbookObject extends EmulatedObject<BookState> {
  readonly worksheets: EmulatedWorksheetCollection;
  readonly tables: EmulatedTableCollection;
  /** Workbook-scoped defined names (ExcelApi 1.4). */
  readonly names: EmulatedNamedItemCollection;

  constructor(ctx: EmulatedContext) {
    super(ctx, 'Workbook');
    this._createResolved(ctx.book);
    this.worksheets = strict(new EmulatedWorksheetCollection(ctx), 'WorksheetCollection');
    this.tables = strict(new EmulatedTableCollection(ctx, this._id), 'TableCollection');
    this.names = strict(
      new EmulatedNamedItemCollection(ctx, () => this._ctx.book, 'workbook', 'Workbook'),
      'NamedItemCollection',
    );
  }
  /**
   * The active cell: the top-left cell of the selection on the active sheet,
   * or A1 there when nothing was selected (Excel always has an active cell).
   */
  getActiveCell(): EmulatedRange {
    const range = strict(new EmulatedRange(this._ctx), 'Range');
    return range._create({ parent: this._id, call: 'getActiveCell', args: [] }, () => {
      const book = this._ctx.book;
      const sheet = book.active;
      if (!sheet) throw new EmulatedExcelError('ItemNotFound', 'Workbook.getActiveCell', 'no active sheet');
      const selected = book.selection?.sheetId === sheet.id ? parseRect(book.selection.address) : undefined;
      const top = selected?.top ?? 0;
      const left = selected?.left ?? 0;
      return { sheet, rect: { top, left, bottom: top, right: left } };
    });
  }

  _snapshot(): Record<string, unknown> {
    throw notModelled('loading Workbook');
  }
}
