/** Page layout (ExcelApi 1.9) and freeze panes (ExcelApi 1.7) of a worksheet. */
import { parseRect, splitSheetAddress, tryParseCell } from '../../workbook/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import type { EmulatedRange } from './range';
import type { PageMarginsState, SheetState } from './state';
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
  /** Only the sizes a write plan asks for; any other paper type fails loudly. */
  set paperSize(v: string) {
    if (!MODELLED_PAPER.has(v)) throw notModelled(`PageLayout.paperSize '${String(v)}'`);
    this._set('paperSize', v, (s) => {
      s.pageLayout.paperSize = v;
    });
  }
  set leftMargin(v: number) {
    this._setMargin('leftMargin', 'left', v);
  }
  set rightMargin(v: number) {
    this._setMargin('rightMargin', 'right', v);
  }
  set topMargin(v: number) {
    this._setMargin('topMargin', 'top', v);
  }
  set bottomMargin(v: number) {
    this._setMargin('bottomMargin', 'bottom', v);
  }
  set headerMargin(v: number) {
    this._setMargin('headerMargin', 'header', v);
  }
  set footerMargin(v: number) {
    this._setMargin('footerMargin', 'footer', v);
  }
  private _setMargin(prop: string, side: keyof PageMarginsState, v: number): void {
    this._set(prop, v, (s) => {
      // Excel refuses a negative margin or one wider than the page (A4 landscape is 842 pt wide).
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 842)
        throw new EmulatedExcelError('InvalidArgument', `PageLayout.${prop}`, `bad margin ${String(v)}`);
      s.pageLayout.margins[side] = v;
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

  /** Whole rows only ('$1:$9' or '1:9'), as Excel requires; a Range argument is not modelled. */
  setPrintTitleRows(rows: string): void {
    this.setPrintTitles('setPrintTitleRows', rows, /^\$?(\d+):\$?(\d+)$/, Number, (s, local) => {
      s.pageLayout.printTitleRows = local;
    });
  }

  /** Whole columns only ('$A:$B' or 'A:B'), as Excel requires; a Range argument is not modelled. */
  setPrintTitleColumns(columns: string): void {
    const position = (letters: string) => (tryParseCell(`${letters}1`)?.col ?? -1) + 1;
    this.setPrintTitles(
      'setPrintTitleColumns',
      columns,
      /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/,
      position,
      (s, local) => {
        s.pageLayout.printTitleColumns = local;
      },
    );
  }

  /**
   * Rows or columns repeated on every page: `pattern` takes the first and
   * last ('$1:$9', '$A:$B'), `position` makes them 1-based (0 = not one);
   * the first may not come after the last, and a sheet prefix must name this
   * sheet, or Excel refuses.
   */
  private setPrintTitles(
    method: 'setPrintTitleRows' | 'setPrintTitleColumns',
    text: string,
    pattern: RegExp,
    position: (part: string) => number,
    store: (s: SheetState, local: string) => void,
  ): void {
    if (typeof text !== 'string') throw notModelled(`PageLayout.${method} with a Range`);
    this._call(method, [text], (s) => {
      const split = splitSheetAddress(text);
      const m = pattern.exec(split.local);
      const first = m ? position(m[1]!) : 0;
      const last = m ? position(m[2]!) : 0;
      if (
        !(first >= 1 && first <= last) ||
        (split.sheet !== undefined && split.sheet.toLowerCase() !== s.name.toLowerCase())
      ) {
        throw new EmulatedExcelError('InvalidArgument', `PageLayout.${method}`, `bad print titles '${text}'`);
      }
      store(s, split.local);
    });
  }
}

const MODELLED_PAPER = new Set(['A4', 'Letter']);

/** A page break as add() returns it; none of its members (row, delete, getCellAfterBreak) is modelled. */
export class EmulatedPageBreak extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'PageBreak', parentSheet);
  }
}

/** Worksheet.horizontalPageBreaks: manual breaks above a row (ExcelApi 1.9). */
export class EmulatedPageBreakCollection extends SheetPart {
  constructor(ctx: EmulatedContext, parentSheet: (location: string) => SheetState) {
    super(ctx, 'PageBreakCollection', parentSheet);
  }
  /** Only an address ('A12'); the break goes above the range's first row. */
  add(pageBreakRange: string): EmulatedPageBreak {
    if (typeof pageBreakRange !== 'string') throw notModelled('PageBreakCollection.add with a Range');
    this._call('add', [pageBreakRange], (s) => {
      const rect = parseRect(pageBreakRange);
      // Excel has no break above the first row.
      if (!rect || rect.top === 0) throw new EmulatedExcelError('InvalidArgument', 'PageBreakCollection.add');
      if (!s.pageLayout.rowBreaks.includes(rect.top)) s.pageLayout.rowBreaks.push(rect.top);
    });
    return strict(new EmulatedPageBreak(this._ctx, this.parentSheet), 'PageBreak');
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
