/** Page layout (ExcelApi 1.9) and freeze panes (ExcelApi 1.7) of a worksheet. */
import { parseRect, splitSheetAddress } from '../excel/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import type { EmulatedRange } from './range';
import type { SheetState } from './state';
import { strict } from './strict';

abstract class SheetPart extends EmulatedObject<SheetState> {
  constructor(
    ctx: EmulatedContext,
    type: string,
    protected parentSheet: (location: string) => SheetState,
  ) {
    super(ctx, type);
  }
  override _t(location: string): SheetState {
    return this.parentSheet(location);
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled(`loading ${this._type}`);
  }
}

export class EmulatedHeaderFooter extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'HeaderFooter', parentSheet);
  }
  set centerHeader(v: string) {
    this._set('centerHeader', v, (s) => {
      s.pageLayout.centerHeader = String(v);
    });
  }
  set centerFooter(v: string) {
    this._set('centerFooter', v, (s) => {
      s.pageLayout.centerFooter = String(v);
    });
  }
}

export class EmulatedHeadersFooters extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'HeaderFooterGroup', parentSheet);
  }
  get defaultForAllPages(): EmulatedHeaderFooter {
    return strict(new EmulatedHeaderFooter(this._ctx, this.parentSheet), 'HeaderFooter');
  }
}

export class EmulatedPageLayout extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'PageLayout', parentSheet);
  }
  set orientation(v: 'Portrait' | 'Landscape') {
    this._set('orientation', v, (s) => {
      if (v !== 'Portrait' && v !== 'Landscape')
        throw new EmulatedExcelError('InvalidArgument', 'PageLayout.orientation');
      s.pageLayout.orientation = v;
    });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this._set('zoom', v, (s) => {
      const scale = v.scale;
      if (scale !== undefined && (scale < 10 || scale > 400))
        throw new EmulatedExcelError('InvalidArgument', 'PageLayout.zoom');
      s.pageLayout.zoom = { ...v };
    });
  }
  get headersFooters(): EmulatedHeadersFooters {
    return strict(new EmulatedHeadersFooters(this._ctx, this.parentSheet), 'HeaderFooterGroup');
  }
  setPrintArea(area: string): void {
    this._call('setPrintArea', [area], (s) => {
      const split = splitSheetAddress(area);
      if (
        !parseRect(split.local) ||
        (split.sheet !== undefined && split.sheet.toLowerCase() !== s.name.toLowerCase())
      ) {
        throw new EmulatedExcelError('InvalidArgument', 'PageLayout.setPrintArea', `bad print area '${area}'`);
      }
      s.pageLayout.printArea = split.local;
    });
  }
}

export class EmulatedFreezePanes extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'WorksheetFreezePanes', parentSheet);
  }
  freezeRows(count: number): void {
    this._call('freezeRows', [count], (s) => {
      s.freeze = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count: number): void {
    this._call('freezeColumns', [count], (s) => {
      s.freeze = { rows: 0, columns: count };
    });
  }
  /** Freeze the rows and columns of the given top-left block. */
  freezeAt(range: EmulatedRange | string): void {
    const arg = typeof range === 'string' ? range : { range: range._id };
    this._call('freezeAt', [arg], (s) => {
      const rect = typeof range === 'string' ? parseRect(range) : range._t('WorksheetFreezePanes.freezeAt').rect;
      if (!rect) throw new EmulatedExcelError('InvalidArgument', 'WorksheetFreezePanes.freezeAt');
      s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    });
  }
  unfreeze(): void {
    this._call('unfreeze', [], (s) => {
      s.freeze = { rows: 0, columns: 0 };
    });
  }
}
