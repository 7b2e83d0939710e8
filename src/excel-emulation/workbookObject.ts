/** `context.workbook`: the entry point of every batch. */
import type { EmulatedContext } from './context';
import { EmulatedObject } from './clientObject';
import { notModelled } from './errors';
import type { BookState } from './state';
import { strict } from './strict';
import { EmulatedTableCollection } from './tables';
import { EmulatedWorksheetCollection } from './worksheet';

export class EmulatedWorkbookObject extends EmulatedObject<BookState> {
  readonly worksheets: EmulatedWorksheetCollection;
  readonly tables: EmulatedTableCollection;

  constructor(ctx: EmulatedContext) {
    super(ctx, 'Workbook');
    this._createResolved(ctx.book);
    this.worksheets = strict(new EmulatedWorksheetCollection(ctx), 'WorksheetCollection');
    this.tables = strict(new EmulatedTableCollection(ctx, this._id), 'TableCollection');
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading Workbook');
  }
}
