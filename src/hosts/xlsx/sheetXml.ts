/**
 * One PlannedSheet as SpreadsheetML, written straight from the plan as text
 * pieces (no cell objects in between): cells (text stays text, formulas keep
 * the engine's value as their cached result), styles, column widths, freeze
 * panes, drop-down lists, print setup, tab colour, and the references to the
 * sheet's tables and drawing. Element order follows CT_Worksheet's sequence,
 * which Excel enforces ("We found a problem with some content").
 */

import {
  plannedCell,
  sheetRowCount,
  sheetRows,
  usedExtent,
  type PageMargins,
  type PlannedCell,
  type PlannedSheet,
  type PlannedTable,
  type PlannedValidation,
} from '../../workbook/plan';
import { absoluteRef, cellAddress, columnLetters, parseRange, quoteSheet, type RangePos } from './a1';
import { argb } from './styles';
import type { StyleBook } from './stylesXml';
import { escapeXml } from './xml';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Excel refuses a list validation whose formula text is longer than this. */
const MAX_INLINE_LIST = 255;

export interface ListSource {
  /** Puts the values on the hidden list sheet and returns an absolute range to them. */
  rangeFor(values: string[]): string;
}

/** Characters XML 1.0 cannot hold; Excel writes them as _xHHHH_. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Cell text as XML character data: line breaks as '\n' (Excel's own), unwritable characters as _xHHHH_. */
export function xmlText(text: string): string {
  let t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  NOT_XML.lastIndex = 0;
  if (NOT_XML.test(t)) {
    t = t.replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  }
  return escapeXml(t);
}

/** Text for an attribute or formula where an apostrophe is escaped too (as Excel and ExcelJS write it). */
export function escapeAll(text: string): string {
  return escapeXml(text).replace(/'/g, '&apos;');
}

export function inlineList(v: PlannedValidation): string | undefined {
  const inline = `"${v.list.join(',')}"`;
  return inline.length <= MAX_INLINE_LIST && v.list.every((x) => !x.includes(',') && !x.includes('"'))
    ? inline
    : undefined;
}

export interface TableColumnXml {
  name: string;
  totalsRowLabel?: string;
  totalsRowFormula?: string;
}

/** A planned table as the package holds it: its final range and column names. */
export interface PreparedTable {
  planned: PlannedTable;
  range: RangePos;
  columns: TableColumnXml[];
  /** Header cells whose text must be the column name (Excel "repairs" other headers). */
  headers: Map<string, string>;
}

function cellText(cell: PlannedCell | null): string {
  return cell?.value === null || cell?.value === undefined ? '' : String(cell.value);
}

/**
 * Excel repairs a file whose table has an empty or duplicate column name or
 * no data row, so both are made valid here (the header cell shows the name used).
 */
export function prepareTable(sheet: PlannedSheet, table: PlannedTable): PreparedTable {
  const r = parseRange(table.range);
  const seen = new Set<string>();
  const columns: TableColumnXml[] = [];
  const headers = new Map<string, string>();
  for (let c = r.left; c <= r.right; c++) {
    let name = cellText(plannedCell(sheet, r.top, c)).trim() || `Kolumn${c - r.left + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name} ${n}`;
    seen.add(name.toLowerCase());
    const planned = plannedCell(sheet, r.top, c);
    // A number (a year) or a formula in a table header is also "repaired" by Excel.
    if (typeof planned?.value !== 'string' || planned.formula !== undefined || planned.value !== name) {
      headers.set(`${r.top},${c}`, name);
    }
    const column: TableColumnXml = { name };
    if (table.showTotals) {
      const total = plannedCell(sheet, r.bottom, c);
      if (c === r.left) column.totalsRowLabel = cellText(total);
      else if (total?.formula) column.totalsRowFormula = total.formula.replace(/^=/, '');
    }
    columns.push(column);
  }
  const totals = table.showTotals ? 1 : 0;
  // At least one data row.
  const bottom = Math.max(r.bottom, r.top + 1 + totals);
  return { planned: table, range: { ...r, bottom }, columns, headers };
}

/** Table names in an attribute: a line break as Excel writes it in a column name. */
function columnName(name: string): string {
  return escapeXml(name.replace(/\r\n?|\n/g, '_x000a_'));
}

export function tableXml(table: PreparedTable, id: number): string {
  const { range, columns, planned } = table;
  const totals = planned.showTotals === true;
  const ref = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
  const filterRef = `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom - (totals ? 1 : 0), range.right)}`;
  const cols = columns
    .map((c, i) => {
      const head = `<tableColumn id="${i + 1}" name="${columnName(c.name)}"`;
      if (!totals) return `${head}/>`;
      if (c.totalsRowLabel !== undefined) return `${head} totalsRowLabel="${escapeXml(c.totalsRowLabel)}"/>`;
      if (c.totalsRowFormula !== undefined) {
        return `${head} totalsRowFunction="custom"><totalsRowFormula>${escapeXml(c.totalsRowFormula)}</totalsRowFormula></tableColumn>`;
      }
      return `${head}/>`;
    })
    .join('');
  const name = escapeXml(planned.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NS_MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}"` +
    `${totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filterRef}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

export interface SheetXmlContext {
  styles: StyleBook;
  lists: ListSource;
  tables: PreparedTable[];
  /** Relationship ids of the table parts, in table order. */
  tableRids: string[];
  drawingRid?: string;
  tabSelected: boolean;
}

/** Column letters by index, computed once per write. */
const letters: string[] = [];
function letter(col: number): string {
  for (let c = letters.length; c <= col; c++) letters.push(columnLetters(c));
  return letters[col]!;
}

function numberText(n: number): string | undefined {
  return Number.isFinite(n) ? String(n) : undefined;
}

/** A <t> element; xml:space="preserve" only where spaces at the ends or line breaks must survive, as Excel writes it. */
function textElement(text: string): string {
  const preserve = /^\s|\s$|\n|\r/.test(text);
  return `<t${preserve ? ' xml:space="preserve"' : ''}>${xmlText(text)}</t>`;
}

function cellXml(ref: string, cell: PlannedCell, s: number, headerName: string | undefined): string {
  const style = s === 0 ? '' : ` s="${s}"`;
  if (headerName !== undefined) {
    return `<c r="${ref}"${style} t="inlineStr"><is>${textElement(headerName)}</is></c>`;
  }
  const value = cell.value;
  if (cell.formula !== undefined) {
    const f = `<f>${escapeXml(cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula)}</f>`;
    if (typeof value === 'number') {
      const n = numberText(value);
      return n === undefined ? `<c r="${ref}"${style}>${f}</c>` : `<c r="${ref}"${style}>${f}<v>${n}</v></c>`;
    }
    if (typeof value === 'string') return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(value)}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style}>${f}</c>`;
  }
  if (typeof value === 'number') {
    const n = numberText(value);
    return n === undefined ? `<c r="${ref}"${style}/>` : `<c r="${ref}"${style}><v>${n}</v></c>`;
  }
  // A plain string is written as text (an inline string), never a formula, whatever it starts with.
  if (typeof value === 'string') {
    return `<c r="${ref}"${style} t="inlineStr"><is>${textElement(value)}</is></c>`;
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return style ? `<c r="${ref}"${style}/>` : '';
}

function paneXml(rows: number, columns: number): string {
  const activePane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  const split = (columns > 0 ? ` xSplit="${columns}"` : '') + (rows > 0 ? ` ySplit="${rows}"` : '');
  return (
    `<pane${split} topLeftCell="${cellAddress(rows, columns)}" activePane="${activePane}" state="frozen"/>` +
    `<selection pane="${activePane}"/>`
  );
}

function validationXml(v: PlannedValidation, lists: ListSource): string {
  const formula = inlineList(v) ?? lists.rangeFor(v.list);
  // A suggestion list (allowOtherValues) warns with an 'information' alert instead of refusing.
  const errorStyle = v.allowOtherValues ? 'information' : 'stop';
  return (
    `<dataValidation type="list" errorStyle="${errorStyle}" allowBlank="1" showErrorMessage="1" sqref="${escapeXml(v.range)}">` +
    `<formula1>${escapeAll(formula)}</formula1></dataValidation>`
  );
}

/** Writes the worksheet XML of `sheet` in pieces to `out`. */
export function writeSheetXml(sheet: PlannedSheet, ctx: SheetXmlContext, out: (text: string) => void): void {
  const { styles } = ctx;
  out(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : '';
  const fit = sheet.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : '';
  if (tab || fit) out(`<sheetPr>${tab}${fit}</sheetPr>`);
  const { lastRow, lastCol } = usedExtent(sheet);
  if (lastRow >= 0 && lastCol >= 0) out(`<dimension ref="A1:${cellAddress(lastRow, lastCol)}"/>`);
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : undefined;
  out(
    `<sheetViews><sheetView${ctx.tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
      `${freeze ? paneXml(freeze.rows, freeze.columns) : ''}</sheetView></sheetViews>`,
  );
  out('<sheetFormatPr defaultRowHeight="15"/>');
  const widths = (sheet.columnWidths ?? [])
    .map((w, c) => (w > 0 ? `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>` : ''))
    .join('');
  if (widths) out(`<cols>${widths}</cols>`);

  const wrapped = new Map((sheet.wrappedNotes ?? []).map((n) => [n.row, n]));
  const headers = new Map<string, string>();
  for (const t of ctx.tables) for (const [k, name] of t.headers) headers.set(k, name);
  out('<sheetData>');
  const rowXml = (row: readonly (PlannedCell | null)[], r: number): void => {
    const rowNo = r + 1;
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const header = headers.size > 0 ? headers.get(`${r},${c}`) : undefined;
      if (!cell && header === undefined) continue;
      const s = cell ? styles.xf(cell.style, cell.numberFormat, c === 0 && wrapped.has(r)) : 0;
      cells += cellXml(`${letter(c)}${rowNo}`, cell ?? { value: null }, s, header);
    }
    // Header cells the plan left empty still get the column name.
    if (headers.size > 0) {
      for (const t of ctx.tables) {
        if (t.range.top !== r) continue;
        for (let c = Math.max(row.length, t.range.left); c <= t.range.right; c++) {
          cells += cellXml(`${letter(c)}${rowNo}`, { value: null }, 0, t.headers.get(`${r},${c}`) ?? '');
        }
      }
    }
    const note = wrapped.get(r);
    const height = note ? ` ht="${note.lines * 15}" customHeight="1"` : '';
    if (cells) out(`<row r="${rowNo}"${height}>${cells}</row>`);
  };
  // Row by row as the plan gives them: lazy rows (the allocation block) are produced here, written and dropped.
  let r = 0;
  for (const row of sheetRows(sheet)) rowXml(row, r++);
  const rowCount = Math.max(sheetRowCount(sheet), ...ctx.tables.map((t) => t.range.top + 1));
  for (; r < rowCount; r++) rowXml([], r);
  out('</sheetData>');
  if (wrapped.size > 0) {
    const refs = [...wrapped.values()].map(
      (n) => `<mergeCell ref="A${n.row + 1}:${cellAddress(n.row, n.lastColumn)}"/>`,
    );
    out(`<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`);
  }

  const validations = sheet.validations ?? [];
  if (validations.length > 0) {
    out(
      `<dataValidations count="${validations.length}">${validations.map((v) => validationXml(v, ctx.lists)).join('')}</dataValidations>`,
    );
  }
  const m = sheet.print?.margins ?? EXCEL_DEFAULT_MARGINS;
  out(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  const print = sheet.print;
  if (print) {
    // A4 (paperSize 9): the city's printers.
    const fitAttrs = print.fitToWidth
      ? ` fitToWidth="${print.pagesWide ?? 1}" fitToHeight="${print.fitToHeight ? 1 : 0}"`
      : '';
    out(`<pageSetup paperSize="9" orientation="${print.orientation}"${fitAttrs}/>`);
    if (print.header || print.footer) {
      out(
        `<headerFooter>${print.header ? `<oddHeader>${escapeXml(print.header)}</oddHeader>` : ''}` +
          `${print.footer ? `<oddFooter>${escapeXml(print.footer)}</oddFooter>` : ''}</headerFooter>`,
      );
    }
    // A break's id is the number of rows above it: the 0-based index of the row that starts the page.
    const breaks = print.rowBreaks ?? [];
    if (breaks.length > 0) {
      out(
        `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
          `${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
      );
    }
  }
  if (ctx.drawingRid) out(`<drawing r:id="${ctx.drawingRid}"/>`);
  if (ctx.tableRids.length > 0) {
    out(
      `<tableParts count="${ctx.tableRids.length}">${ctx.tableRids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`,
    );
  }
  out('</worksheet>');
}

/** Excel's "Normal" margins (inches), for a sheet whose plan sets none. */
const EXCEL_DEFAULT_MARGINS: PageMargins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The print area as a defined name's text, or undefined. */
export function printAreaRef(sheet: PlannedSheet): string | undefined {
  return sheet.print?.area ? absoluteRef(sheet.name, parseRange(sheet.print.area)) : undefined;
}

/**
 * The columns and rows repeated on every printed page as a defined name's
 * text, columns first as Excel writes it ('Sheet'!$A:$A,'Sheet'!$1:$9), or
 * undefined.
 */
export function printTitlesRef(sheet: PlannedSheet): string | undefined {
  const { titleRows: rows, titleColumns: columns } = sheet.print ?? {};
  const refs = [
    ...(columns ? [`${quoteSheet(sheet.name)}!$${columnLetters(columns.first)}:$${columnLetters(columns.last)}`] : []),
    ...(rows ? [`${quoteSheet(sheet.name)}!$${rows.first + 1}:$${rows.last + 1}`] : []),
  ];
  return refs.length > 0 ? refs.join(',') : undefined;
}

/** Long or comma-holding drop-down lists on the hidden list sheet, one column per list. */
export function hiddenListSheet(name: string): ListSource & { sheet(): PlannedSheet | undefined } {
  const columns = new Map<string, string>();
  const values: string[][] = [];
  return {
    rangeFor(list: string[]): string {
      const key = JSON.stringify(list);
      const known = columns.get(key);
      if (known) return known;
      const col = values.length;
      values.push(list);
      const ref = absoluteRef(name, { top: 0, left: col, bottom: Math.max(list.length - 1, 0), right: col });
      columns.set(key, ref);
      return ref;
    },
    sheet(): PlannedSheet | undefined {
      if (values.length === 0) return undefined;
      const height = Math.max(...values.map((l) => l.length));
      const rows = Array.from({ length: height }, (_, r) =>
        values.map((l) => (r < l.length ? { value: l[r]! } : null)),
      );
      return { name, kind: 'input', key: 'lists', rows };
    },
  };
}
