/**
 * The write split into units of Office.js operations, each with its
 * estimated request size, queued on the temporary sheet being built:
 *  - setup: add the sheet (hidden while it is built) and its pending-write
 *    name, load its id (the marker is added at the commit, applyWritePlan.ts);
 *  - cell blocks (see cellBlocks.ts);
 *  - finish: column widths, freeze panes, tables (worksheet.tables.add,
 *    never TableRowCollection.add), charts, page layout, tab colour,
 *    drop-down lists.
 * Features of API sets above the manifest's ExcelApi 1.7 are feature-detected
 * (Features) and skipped with a note where Excel lacks them.
 * Units are packed into syncs in order; a sheet's units may span syncs.
 */
import { mapFormulas, type PlannedChart, type PlannedSheet } from '../../../workbook/plan';
import { mapSheetRefs, sheetPrefix } from '../../../workbook/formulaRefs';
import { cellAddress, columnLetters } from '../../../workbook/a1';
import { PENDING_NAME, textFormula } from '../../../workbook/marker';
import { columnPoints } from '../../../workbook/write/print';
import type { Bilingual } from '../types';
import { cellBlockStream, STYLE_FORMATS, type CellBlock } from './cellBlocks';
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from './requestSize';

/**
 * A sheet of ours that a job rewrites in place (same sheet object, so the
 * analyst's formulas, names and charts that point at it keep working):
 * its id and current name, its tables and marker names, and the "being
 * rewritten" marker set before anything of it changes.
 */
export interface InPlaceTarget {
  id: string;
  name: string;
  tables: string[];
  markerNames: string[];
  /** The workbook-scoped name and formula of the "being rewritten" marker (src/workbook/marker.ts). */
  interim: { name: string; formula: string };
}

/** One sheet being written: its temporary name (or the name of the sheet rewritten in place), and its proxy in the current batch. */
export interface SheetJob {
  planned: PlannedSheet;
  index: number;
  tempName: string;
  /** Set when the job rewrites a sheet of ours in place instead of building a new one. */
  inPlace?: InPlaceTarget;
  /** The charts the in-place sheet had before the write, deleted at the commit. */
  oldCharts?: Excel.ChartCollection;
  /** Absent for input sheets, which become the user's own; stored at the commit. */
  marker?: string;
  /** Temporary table names, by the planned table's index. */
  tempTables: string[];
  sheet?: Excel.Worksheet;
  /** Known after the sync that created the sheet. */
  id?: string;
}

export interface Features {
  validation: boolean; // ExcelApi 1.8
  pageLayout: boolean; // ExcelApi 1.9
  /** ChartAxis.position, which keeps a top-down bar chart's value axis at the bottom: ExcelApi 1.8. */
  axisPosition: boolean;
}

export interface Unit {
  bytes: number;
  queue(ctx: Excel.RequestContext): void;
}

export interface SkipNote {
  feature: keyof Features;
  sheet: string;
}

// String literals, not Excel.ChartType members: the Excel namespace exists only inside Office.
const CHART_TYPES: Record<PlannedChart['kind'], 'Line' | 'ColumnClustered' | 'BarClustered' | 'ColumnStacked'> = {
  line: 'Line',
  columnClustered: 'ColumnClustered',
  barClustered: 'BarClustered',
  columnStacked: 'ColumnStacked',
};

/** Characters → points, for Calibri 11 (columnPoints), to the hundredth Office.js keeps. */
export function columnWidthPoints(characters: number): number {
  return Math.round(columnPoints(characters) * 100) / 100;
}

function sheetOf(job: SheetJob): Excel.Worksheet {
  if (!job.sheet) throw new Error(`internal: sheet '${job.tempName}' queued before its setup`);
  return job.sheet;
}

/** Rows of `width` cells from a flat row-major list. */
function rowsOf<T>(flat: T[], width: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < flat.length; i += width) rows.push(flat.slice(i, i + width));
  return rows;
}

function setupUnit(job: SheetJob, writeId: string): Unit {
  if (job.inPlace) return inPlaceSetupUnit(job, job.inPlace);
  return {
    // add, names, names.add; visibility, visible, load.
    bytes: 3 * PATH_BYTES + 3 * ACTION_BYTES + jsonBytes([job.tempName, writeId]),
    queue(ctx) {
      const ws = ctx.workbook.worksheets.add(job.tempName);
      ws.visibility = 'Hidden';
      ws.names.add(PENDING_NAME, textFormula(writeId)).visible = false;
      ws.load('id');
      job.sheet = ws;
    },
  };
}

/**
 * Prepares a sheet of ours to be rewritten in place, in this order: the
 * "being rewritten" marker first (if the batch stops after it, the sheet
 * reads as not current; if it stops before, nothing of the sheet changed),
 * then its old marker names and tables go, its charts are listed for the
 * commit to delete, and its cells are emptied of values and formats.
 */
function inPlaceSetupUnit(job: SheetJob, target: InPlaceTarget): Unit {
  const operations = 5 + target.markerNames.length * 2 + target.tables.length * 2 + 4;
  return {
    bytes:
      operations * (PATH_BYTES + ACTION_BYTES) +
      jsonBytes([target.interim, target.markerNames, target.tables, target.id]),
    queue(ctx) {
      ctx.workbook.names.add(target.interim.name, target.interim.formula).visible = false;
      for (const n of target.markerNames) ctx.workbook.names.getItem(n).delete();
      for (const t of target.tables) ctx.workbook.tables.getItem(t).delete();
      const ws = ctx.workbook.worksheets.getItem(target.id);
      job.oldCharts = ws.charts.load('items/name');
      ws.getUsedRange().clear('All');
      ws.freezePanes.unfreeze();
      job.sheet = ws;
      job.id = target.id;
    },
  };
}

function blockUnit(job: SheetJob, block: CellBlock): Unit {
  return {
    bytes: block.bytes,
    queue() {
      const ws = sheetOf(job);
      const address = `A${block.top + 1}:${cellAddress(block.top + block.rows - 1, block.columns - 1)}`;
      const range = ws.getRange(address);
      // Format first: a text cell must already be '@' when its value arrives.
      range.numberFormat = block.numberFormats;
      range.values = block.values;
      // Null entries leave their cells as the values made them (Office.js: null in a 2-D array is "unchanged").
      if (block.formulaGrid) range.formulas = block.formulaGrid;
      for (const run of block.formulaGrid ? [] : block.formulas) {
        const rows = run.rows ?? 1;
        const width = run.formulas.length / rows;
        const end = cellAddress(run.row + rows - 1, run.col + width - 1);
        ws.getRange(`${cellAddress(run.row, run.col)}:${end}`).formulas = rowsOf(run.formulas, width);
      }
      for (const run of block.styles) {
        const look = STYLE_FORMATS[run.style];
        const end = cellAddress(run.row + (run.rows ?? 1) - 1, run.col + run.count - 1);
        const r = ws.getRange(`${cellAddress(run.row, run.col)}:${end}`);
        if (look.bold !== undefined) r.format.font.bold = look.bold;
        if (look.italic !== undefined) r.format.font.italic = look.italic;
        if (look.size !== undefined) r.format.font.size = look.size;
        if (look.color !== undefined) r.format.font.color = look.color;
        if (look.fill !== undefined) r.format.fill.color = look.fill;
      }
    },
  };
}

/** Only horizontal bars have their first category at the bottom to reverse (as src/hosts/xlsx/chartXml.ts). */
function drawsTopDown(chart: PlannedChart): boolean {
  return chart.categoriesTopDown === true && chart.kind === 'barClustered';
}

/**
 * A tornado's bars in the order of the data from the top down: Excel plots
 * a bar chart's first category at the bottom, so the category axis is
 * reversed (ExcelApi 1.7). Reversed, the value axis would cross it at the
 * first category, now at the top; crossing at the maximum category keeps it
 * at the bottom edge (ChartAxis.position, ExcelApi 1.8; without it the bars
 * are still in order, with the value axis at the top, and a note says so).
 */
function drawTopDown(chart: Excel.Chart, features: Features): void {
  const axis = chart.axes.categoryAxis;
  axis.reversePlotOrder = true;
  if (features.axisPosition) axis.position = 'Maximum';
}

/** The plan's margins are inches (as the file stores them); Office.js takes points, here to 0.1 pt (0.3" is 21.6, not 21.599999999999998). */
const points = (inches: number): number => Math.round(inches * 720) / 10;

/** Operations of a wrapped note: the range and format proxies, merge, and three sets. */
const NOTE_OPERATIONS = 6;

/**
 * Operations of a print setup: the pageLayout and headersFooters proxies,
 * orientation, zoom, paper size, print area, title rows, six margins, header
 * and footer.
 */
const PRINT_OPERATIONS = 16;

/** Operations and argument bytes drawTopDown queues: two proxies (axes, categoryAxis) and two sets. */
const TOP_DOWN_OPERATIONS = 4;
const TOP_DOWN_BYTES = jsonBytes([true, 'Maximum']);

function finishUnit(job: SheetJob, features: Features, skipped: SkipNote[]): Unit {
  const p = job.planned;
  const topDown = (p.charts ?? []).filter(drawsTopDown).length;
  // Each counted as a new proxy and an action, a bound for either.
  const operations =
    (p.columnWidths?.length ?? 0) * 2 +
    (p.freeze ? 2 : 0) +
    (p.tables?.length ?? 0) * 3 +
    (p.charts?.length ?? 0) * 5 +
    topDown * TOP_DOWN_OPERATIONS +
    (p.print ? PRINT_OPERATIONS + (p.print.rowBreaks?.length ?? 0) * 2 : 0) +
    (p.wrappedNotes?.length ?? 0) * NOTE_OPERATIONS +
    (p.tabColor ? 1 : 0) +
    (p.validations?.length ?? 0) * 2;
  const text = jsonBytes([p.tables, p.charts, p.print, p.wrappedNotes, p.validations]) + topDown * TOP_DOWN_BYTES;
  if (p.print && !features.pageLayout) skipped.push({ feature: 'pageLayout', sheet: p.name });
  if (p.validations?.length && !features.validation) skipped.push({ feature: 'validation', sheet: p.name });
  if (topDown > 0 && !features.axisPosition) skipped.push({ feature: 'axisPosition', sheet: p.name });
  return {
    bytes: operations * (PATH_BYTES + ACTION_BYTES) + text,
    queue() {
      const ws = sheetOf(job);
      p.columnWidths?.forEach((w, c) => {
        ws.getRange(`${columnLetters(c)}1`).format.columnWidth = columnWidthPoints(w);
      });
      if (p.freeze) {
        const { rows, columns } = p.freeze;
        if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(rows - 1, columns - 1)}`));
        else if (rows > 0) ws.freezePanes.freezeRows(rows);
        else if (columns > 0) ws.freezePanes.freezeColumns(columns);
      }
      p.tables?.forEach((t, i) => {
        const table = ws.tables.add(t.range, true);
        table.name = job.tempTables[i]!;
        if (t.showTotals) table.showTotals = true;
      });
      for (const c of p.charts ?? []) {
        const chart = ws.charts.add(
          CHART_TYPES[c.kind],
          ws.getRange(c.dataRange),
          c.seriesBy === 'rows' ? 'Rows' : 'Columns',
        );
        chart.title.text = c.title;
        chart.setPosition(c.topLeft, c.bottomRight);
        if (drawsTopDown(c)) drawTopDown(chart, features);
      }
      if (p.print && features.pageLayout) {
        const layout = ws.pageLayout;
        layout.orientation = p.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        // One page wide (or pagesWide), as many tall as needed (0 = automatic, as Excel's "Fit all columns
        // on one page"), or one page in all (the decision brief).
        if (p.print.fitToWidth)
          layout.zoom = {
            horizontalFitToPages: p.print.pagesWide ?? 1,
            verticalFitToPages: p.print.fitToHeight ? 1 : 0,
          };
        // A4, as the .xlsx writer's paperSize 9: the city's printers.
        layout.paperSize = 'A4';
        if (p.print.area) layout.setPrintArea(p.print.area);
        const titles = p.print.titleRows;
        if (titles) layout.setPrintTitleRows(`$${titles.first + 1}:$${titles.last + 1}`);
        const columns = p.print.titleColumns;
        if (columns) layout.setPrintTitleColumns(`$${columnLetters(columns.first)}:$${columnLetters(columns.last)}`);
        // A break goes above the range's first row (HorizontalPageBreak, ExcelApi 1.9).
        for (const row of p.print.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
        const m = p.print.margins;
        if (m) {
          layout.leftMargin = points(m.left);
          layout.rightMargin = points(m.right);
          layout.topMargin = points(m.top);
          layout.bottomMargin = points(m.bottom);
          layout.headerMargin = points(m.header);
          layout.footerMargin = points(m.footer);
        }
        if (p.print.header) layout.headersFooters.defaultForAllPages.centerHeader = p.print.header;
        if (p.print.footer) layout.headersFooters.defaultForAllPages.centerFooter = p.print.footer;
      }
      // Long notes over the printed width, wrapped (ExcelApi 1.2: merge, rowHeight).
      for (const n of p.wrappedNotes ?? []) {
        const note = ws.getRange(`A${n.row + 1}:${cellAddress(n.row, n.lastColumn)}`);
        note.merge(false);
        note.format.wrapText = true;
        note.format.verticalAlignment = 'Top';
        note.format.rowHeight = n.lines * 15;
      }
      if (p.tabColor) ws.tabColor = p.tabColor.startsWith('#') ? p.tabColor : `#${p.tabColor}`;
      if (features.validation) {
        for (const v of p.validations ?? []) {
          ws.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
        }
      }
    },
  };
}

/**
 * Every sheet's setup first, then the cells and finishing of each: a formula
 * on one new sheet may refer to another, which must exist by then.
 *
 * Cell blocks are cut to the space left in the sync they will be packed
 * into (packUnits, followed here step by step), not to a whole sync each: a
 * block cut to a full budget does not fit behind the previous sheet's last
 * block, and its sync went out half full. With formula grids
 * (cellBlocks.ts) the 100× plan takes 89 syncs, the fewest its 413 MB of
 * estimated request allow at 4.75 MB a sync (97 before both changes).
 * Where less than MIN_BLOCK_SHARE of a sync is left, the next block starts a
 * new one rather than being a sliver.
 *
 * Units are made as they are taken (a generator): with packUnits, a sync's
 * blocks are built once the sync before it has been sent, and the plan's
 * lazy rows (the allocation block) are produced then, so a write holds one
 * sync's blocks at a time rather than all of them.
 */
export function* writeUnits(
  jobs: SheetJob[],
  writeId: string,
  budget: number,
  features: Features,
  skipped: SkipNote[],
): Generator<Unit> {
  const packing = new PackFill(budget);
  const taken = (unit: Unit): Unit => {
    packing.add(unit.bytes);
    return unit;
  };
  for (const job of jobs) yield taken(setupUnit(job, writeId));
  for (const job of jobs) {
    for (const block of cellBlockStream(job.planned, () => packing.roomForBlock())) yield taken(blockUnit(job, block));
    yield taken(finishUnit(job, features, skipped));
  }
}

/** A block is cut to fill the current sync only when at least this share of a sync is left. */
export const MIN_BLOCK_SHARE = 1 / 16;

/** The sync packUnits is filling, followed unit by unit with the same rule. */
class PackFill {
  private used = 0;
  private count = 0;

  constructor(private readonly budget: number) {}

  add(bytes: number): void {
    if (this.count > 0 && this.used + bytes > this.budget) {
      this.used = 0;
      this.count = 0;
    }
    this.used += bytes;
    this.count += 1;
  }

  /** The budget for the next cell block: what is left of this sync, or a whole one when little is. */
  roomForBlock(): number {
    const left = this.budget - this.used;
    return this.count > 0 && left >= this.budget * MIN_BLOCK_SHARE ? left : this.budget;
  }
}

/**
 * The planned sheets with formulas pointed at the temporary sheets: when
 * those are renamed to their final names, Excel rewrites the references, as
 * for any rename. (Written against the final names, a reference would bind to
 * the old sheet still bearing that name, follow it to its backup name, and
 * turn into #REF! when it is deleted.)
 */
export function retargetFormulas(sheets: PlannedSheet[], tempNames: string[]): PlannedSheet[] {
  const byName = new Map(sheets.map((s, i) => [s.name.toLowerCase(), tempNames[i]!]));
  const retarget = (formula: string): string =>
    mapSheetRefs(formula, (name) => {
      const temp = byName.get(name.toLowerCase());
      return temp === undefined ? undefined : sheetPrefix(temp);
    });
  // Cells, rows and sheets without a reference to a new sheet are kept as they are, not copied; lazy rows stay lazy.
  return sheets.map((sheet) => mapFormulas(sheet, retarget));
}

/**
 * Units packed in order into syncs of at most `budget` estimated bytes (an
 * oversized unit goes alone), each pack handed over as it is full: with
 * writeUnits, a sync's cell blocks are built just before it is sent (and a
 * lazy row of the plan produced then), not every block of the write first.
 */
export function* packUnits(units: Iterable<Unit>, budget: number): Generator<Unit[]> {
  let current: Unit[] = [];
  let size = 0;
  for (const u of units) {
    if (current.length > 0 && size + u.bytes > budget) {
      yield current;
      current = [];
      size = 0;
    }
    current.push(u);
    size += u.bytes;
  }
  if (current.length > 0) yield current;
}

export const FEATURE_NOTES: Record<keyof Features, Bilingual> = {
  pageLayout: {
    sv: 'Utskriftsinställningar (A4, orientering, en sida bred, utskriftsområde, rader och kolumner som upprepas på varje sida, sidbrytningar, marginaler) hoppades över: den här Excel-versionen saknar ExcelApi 1.9.',
    en: 'Print setup (A4, orientation, one page wide, print area, rows and columns repeated on every page, page breaks, margins) was skipped: this Excel lacks ExcelApi 1.9.',
  },
  validation: {
    sv: 'Listrutor (dataverifiering) hoppades över: den här Excel-versionen saknar ExcelApi 1.8.',
    en: 'Drop-down lists (data validation) were skipped: this Excel lacks ExcelApi 1.8.',
  },
  axisPosition: {
    sv: 'Stapeldiagrammen visar största stapeln överst, men värdeaxeln hamnade upptill: den här Excel-versionen saknar ExcelApi 1.8.',
    en: 'The bar charts show the largest bar at the top, but their value axis is at the top edge: this Excel lacks ExcelApi 1.8.',
  },
};
