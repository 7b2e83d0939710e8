/**
 * Reads an .xlsx file into the host-independent WorkbookGrid: the same shape
 * the Office.js adapter produces, so the pure reader cannot tell them apart.
 *
 * Read straight from the package's XML (no workbook object model), so it
 * takes what Excel takes: any part names, relative or absolute relationship
 * targets, tables with or without a style, files written by Excel,
 * LibreOffice, openpyxl, ExcelJS or this adapter.
 *
 * Conventions (mirroring Office.js `values`): the grid starts at A1 and spans
 * the used range (cells with a value, merged areas, tables); empty cells are
 * null; a merged area holds its value in the top-left cell only; a formula
 * gives its cached result (a never-calculated one reads as empty and is listed
 * in uncalculatedFormulas); dates are
 * the serial numbers stored; hidden rows include rows hidden by a filter
 * (Excel stores both the same way); markers come from the defined names
 * (markers.ts).
 */

import type { CellValue, SheetGrid, TableInfo, WorkbookGrid } from '../../workbook/grid';
import { cellAddress, parseRange } from './a1';
import { tryParseCell } from '../../workbook/a1';
import { dateToSerial } from './cellValue';
import { readMarkers } from './markers';
import { XlsxFileError, type PartPlace } from './messages';
import { OpcPackage, relsPath } from './opcPackage';
import { attributes, characterData, elements, rootProblem } from './xml';

/** Strict OOXML (ISO 29500 strict) spells the relationship types with another base. */
const STRICT_BASE = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

/** Excel's built-in number formats by id, as ExcelJS and Office.js report them (locale-free ones). */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

function isType(type: string, name: string): boolean {
  return type.endsWith(`/relationships/${name}`) || type === `${STRICT_BASE}${name}`;
}

/**
 * A part the reader takes, as text, checked to be one whole `root` element
 * (xml.ts rootProblem): a part cut short, empty or holding something else
 * stops the read with a message naming it (and its sheet), rather than half
 * of it being read as the whole. Undefined when the package has no such part.
 */
export function partXml(pkg: OpcPackage, path: string, root: string, sheet?: string): string | undefined {
  const xml = pkg.text(path);
  if (xml === undefined) return undefined;
  const problem = rootProblem(xml, root);
  if (!problem) return xml;
  const place: PartPlace = { part: pkg.name(path) ?? path, ...(sheet !== undefined ? { sheet } : {}) };
  if (problem.kind === 'cut') throw new XlsxFileError('partCut', { ...place, expected: `</${root}>` });
  throw new XlsxFileError('partNotXml', {
    ...place,
    expected: `<${root}>`,
    ...(problem.kind === 'notXml' ? { found: problem.found } : {}),
  });
}

export async function readXlsxGrid(data: Uint8Array): Promise<WorkbookGrid> {
  await Promise.resolve(); // synchronous work, awaited like any file step
  const pkg = OpcPackage.open(data);
  const workbookPath = pkg.workbookPath();
  // The two parts every package has (OPC): without them neither Excel nor LibreOffice opens the file, nor would the copy.
  for (const part of ['[Content_Types].xml', '_rels/.rels']) {
    if (!pkg.has(part)) throw new XlsxFileError('partMissing', { part });
  }
  const workbookXml = partXml(pkg, workbookPath, 'workbook') ?? '';
  if (!/<(?:\w+:)?sheets\b/.test(workbookXml)) throw new XlsxFileError('corrupt', `${workbookPath}: <sheets>`);
  const markers = readMarkers(workbookXml);
  partXml(pkg, relsPath(workbookPath), 'Relationships');
  const rels = pkg.relationships(workbookPath);
  const rel = (name: string) => rels.find((r) => !r.external && isType(r.type, name) && pkg.has(r.path));
  const stringsPath = rel('sharedStrings')?.path;
  const strings = sharedStrings((stringsPath && partXml(pkg, stringsPath, 'sst')) ?? '');
  const stylesPath = rel('styles')?.path;
  const formats = numberFormats((stylesPath && partXml(pkg, stylesPath, 'styleSheet')) ?? '');
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const s of pkg.sheets(workbookPath, workbookXml)) {
    const r = relById.get(s.rid);
    // Chart sheets and dialog sheets hold no cells: Office.js's worksheets do not list them either.
    if (r && !isType(r.type, 'worksheet')) continue;
    // A sheet whose cells are nowhere is damage, not an empty sheet: the reader would say its tables are missing.
    if (!r || r.external) {
      const expected = s.rid === '' ? 'r:id' : `r:id="${s.rid}"`;
      throw new XlsxFileError('sheetPartMissing', { part: '', sheet: s.name, expected });
    }
    if (!s.path) throw new XlsxFileError('sheetPartMissing', { part: r.path, sheet: s.name });
    const xml = partXml(pkg, s.path, 'worksheet', s.name) ?? '';
    const tables = readTables(pkg, s.path);
    const grid = readSheet(s.name, xml, strings, formats, tables, s.path);
    cells += grid.values.length * (grid.values[0]?.length ?? 0);
    if (cells > MAX_WORKBOOK_GRID_CELLS) throw tooLarge(grid.name, grid.values.length, grid.values[0]?.length ?? 0);
    const marker = markers.get(s.name);
    if (marker !== undefined) grid.marker = marker;
    sheets.push(grid);
  }
  return { sheets };
}

const PLAIN_TEXT = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/;

/** The text of one <si> or <is>: its runs' <t> joined, phonetic runs (<rPh>) left out. */
function richText(xml: string): string {
  // Most items are one plain <t>: read without walking the elements.
  const plain = PLAIN_TEXT.exec(xml);
  if (plain) return decodeText(plain[1]!);
  let body = xml;
  if (xml.includes('rPh')) {
    body = '';
    let at = 0;
    for (const e of elements(xml, 'rPh')) {
      body += xml.slice(at, e.start);
      at = e.end;
    }
    body += xml.slice(at);
  }
  let out = '';
  for (const e of elements(body, 't')) out += e.content ?? '';
  return decodeText(out);
}

/** XML character data → text: entities, CDATA, and Excel's _xHHHH_ escapes of characters XML cannot hold. */
function decodeText(text: string): string {
  const t = characterData(text);
  return t.includes('_x')
    ? t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : t;
}

export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  // An item whose end tag is missing runs to the next one, so the indexes after it keep their meaning.
  for (const e of elements(xml, 'si')) out.push(richText(e.content ?? ''));
  return out;
}

/** cellXfs index → number format code. */
function numberFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
  }
  const xfs = /<(\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/.exec(xml)?.[2] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)].map((m) => {
    const id = Number(attributes(m[0]).numFmtId ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  });
}

function readTables(pkg: OpcPackage, sheetPath: string): TableInfo[] {
  const out: TableInfo[] = [];
  partXml(pkg, relsPath(sheetPath), 'Relationships');
  for (const r of pkg.relationships(sheetPath)) {
    if (r.external || !isType(r.type, 'table')) continue;
    const xml = partXml(pkg, r.path, 'table');
    const tag = xml && /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0];
    if (!tag) continue;
    const a = attributes(tag);
    if (!a.ref || !a.ref.includes(':')) continue;
    let range;
    try {
      range = parseRange(a.ref);
    } catch {
      continue; // a table whose range we cannot read is not one the reader can use
    }
    const totals = Number(a.totalsRowCount ?? 0) > 0;
    out.push({
      name: a.name ?? a.displayName ?? '',
      headerRow: range.top,
      firstColumn: range.left,
      // A totals row is not data: the grid's lastRow is the last data row.
      lastRow: totals ? range.bottom - 1 : range.bottom,
      lastColumn: range.right,
    });
  }
  return out;
}

interface Cell {
  row: number;
  col: number;
  value: CellValue;
  format: string;
}

export function cellValue(type: string | undefined, inner: string, strings: string[]): CellValue {
  if (type === 'inlineStr') {
    let text = '';
    for (const is of elements(inner, 'is')) {
      text = richText(is.content ?? '');
      break; // the first: a cell has one
    }
    return text === '' ? null : text;
  }
  const v = /<(\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1v>)/.exec(inner);
  // A formula without a cached result (never calculated) reads as empty, as in a program that does not recalculate.
  if (!v) return null;
  const raw = v[2] ?? '';
  // Character data as a number, a flag or an index: rarely with an entity or a CDATA section.
  const plain = raw.includes('&') || raw.includes('<') ? characterData(raw) : raw;
  switch (type) {
    case 's': {
      const text = strings[Number(plain)] ?? '';
      return text === '' ? null : text;
    }
    case 'str': {
      const text = decodeText(raw);
      return text === '' ? null : text;
    }
    case 'b':
      return plain.trim() === '1' || plain.trim() === 'true';
    case 'e':
      return { error: decodeText(raw).trim() };
    case 'd': {
      // An ISO date-time without a zone is the workbook's wall-clock time, not this computer's: read as UTC.
      const iso = plain.trim();
      const date = new Date(/T[\d:.]+$/.test(iso) ? `${iso}Z` : iso);
      return Number.isNaN(date.getTime()) ? null : dateToSerial(date);
    }
    default: {
      if (plain.trim() === '') return null;
      const n = Number(plain);
      return Number.isFinite(n) ? n : { error: '#NUM!' };
    }
  }
}

const TOKEN = /<(?:\w+:)?(row|c|mergeCell)\b([^>]*?)(\/?)>/g;

export function readSheet(
  name: string,
  xml: string,
  strings: string[],
  formats: string[],
  tables: TableInfo[],
  part = '',
): SheetGrid {
  const cells: Cell[] = [];
  const uncalculated: { row: number; col: number }[] = [];
  const hidden = new Set<number>();
  const merged: { top: number; left: number; bottom: number; right: number }[] = [];
  let rowCount = 0;
  let colCount = 0;
  let row = -1;
  let col = -1;
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml)) !== null) {
    const [, element, attrText, selfClosing] = m;
    if (element === 'row') {
      const a = attributes(attrText!);
      // A row number no row can have (0, past 1 048 576, not a number) is read as the next row, as a cell's address is.
      const r = a.r === undefined ? NaN : Number(a.r);
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS ? r - 1 : row + 1;
      col = -1;
      if (a.hidden === '1' || a.hidden === 'true') hidden.add(row);
      continue;
    }
    if (element === 'mergeCell') {
      const ref = attributes(attrText!).ref;
      if (ref) {
        try {
          const r = parseRange(ref);
          merged.push(r);
        } catch {
          // an unreadable merge range merges nothing
        }
      }
      continue;
    }
    const a = attributes(attrText!);
    let cellRow = row;
    // An address no cell can have (past XFD or row 1 048 576, or not an address) is read as the next cell.
    const at = a.r === undefined ? undefined : tryParseCell(a.r);
    if (at) {
      cellRow = at.row;
      col = at.col;
    } else col += 1;
    let inner = '';
    if (selfClosing !== '/') {
      const end = closeOfCell(xml, TOKEN.lastIndex);
      if (end.found !== undefined) {
        throw new XlsxFileError('cellNotClosed', {
          part,
          sheet: name,
          cell: `${cellAddress(Math.max(0, cellRow), Math.max(0, col))}`,
          expected: '</c>',
          found: end.found,
        });
      }
      inner = xml.slice(TOKEN.lastIndex, end.at);
      TOKEN.lastIndex = end.at;
    }
    // Past the last row or column a sheet has (positions implied by cells without an address): no cell.
    if (cellRow < 0 || col < 0 || cellRow >= MAX_ROWS || col >= MAX_COLUMNS) continue;
    const value = inner === '' ? null : cellValue(a.t, inner, strings);
    const formula = value === null && /<(?:\w+:)?f\b/.test(inner);
    // A cell with neither a value nor a formula (a style only) is left out: nothing reads its number format
    // (rowReader reads a format only with a value), LibreOffice writes whole formatted areas of such cells, and
    // a crafted sheet tens of millions, one object each.
    if (value === null && !formula) continue;
    cells.push({ row: cellRow, col, value, format: formats[Number(a.s ?? 0)] ?? 'General' });
    if (formula && !/<(?:\w+:)?v\b/.test(inner)) uncalculated.push({ row: cellRow, col });
    // A formula cell counts toward the used range even without a result, as in ExcelJS and Excel.
    rowCount = Math.max(rowCount, cellRow + 1);
    colCount = Math.max(colCount, col + 1);
    // Too large already: said now, before the cells of a crafted sheet fill the memory (merged areas and
    // tables below only widen the grid).
    if (rowCount * colCount > MAX_WORKBOOK_GRID_CELLS) throw tooLarge(name, rowCount, colCount);
  }
  // The used range takes in merged areas and tables, as in Excel, unless an area's declared range (a
  // valid file may say A1:XFD1048576) would make this dense grid huge: then only its top-left cell, which
  // holds its value or header; the cells beyond are blank either way, and the reader never looks past
  // the grid (src/workbook/read/locate.ts).
  for (const area of [
    ...merged,
    ...tables.map((t) => ({ top: t.headerRow, left: t.firstColumn, bottom: t.lastRow, right: t.lastColumn })),
  ]) {
    const rows = Math.max(rowCount, area.bottom + 1);
    const columns = Math.max(colCount, area.right + 1);
    if (rows * columns <= MAX_AREA_GRID_CELLS) {
      rowCount = rows;
      colCount = columns;
    } else {
      rowCount = Math.max(rowCount, area.top + 1);
      colCount = Math.max(colCount, area.left + 1);
    }
  }
  if (rowCount * colCount > MAX_WORKBOOK_GRID_CELLS) throw tooLarge(name, rowCount, colCount);
  const values: CellValue[][] = Array.from({ length: rowCount }, () => new Array<CellValue>(colCount).fill(null));
  const numberFormats: string[][] = Array.from({ length: rowCount }, () => new Array<string>(colCount).fill('General'));
  for (const c of cells) {
    if (c.row >= rowCount || c.col >= colCount) continue;
    values[c.row]![c.col] = c.value;
    numberFormats[c.row]![c.col] = c.format;
  }
  for (const r of merged) {
    for (let y = r.top; y <= r.bottom && y < rowCount; y++) {
      for (let x = r.left; x <= r.right && x < colCount; x++) {
        if (y !== r.top || x !== r.left) values[y]![x] = null;
      }
    }
  }
  const hiddenRows = [...hidden].filter((r) => r < rowCount).sort((x, y) => x - y);
  // Only cells inside the grid (a formula beyond the used range cannot be one).
  const uncalculatedFormulas = uncalculated.filter((c) => values[c.row]?.[c.col] === null);
  const grid: SheetGrid = { name, values, numberFormats, hiddenRows, tables };
  if (uncalculatedFormulas.length > 0) grid.uncalculatedFormulas = uncalculatedFormulas;
  if (merged.length > 0) grid.mergedAreas = merged;
  return grid;
}

/**
 * The most cells the grids of a workbook's sheets may span together: the
 * reader holds each sheet's used range densely (about 16 bytes a cell), so a
 * stray value in column XFD of a long sheet would otherwise take gigabytes.
 * The sample at 100× spans a few hundred thousand.
 */
const MAX_WORKBOOK_GRID_CELLS = 20_000_000;

/** Too large to read, naming the sheet and the range its cells span, so the analyst can clear what is stray. */
function tooLarge(name: string, rows: number, columns: number): XlsxFileError {
  return new XlsxFileError('tooLarge', `"${name}": A1:${cellAddress(Math.max(0, rows - 1), Math.max(0, columns - 1))}`);
}

/** The most cells a merged area or a table may make a sheet's grid (a few MB): far beyond any input sheet. */
const MAX_AREA_GRID_CELLS = 2_000_000;

/** Excel's last row and column: no cell lies beyond them. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * Where a cell's content ends: at its own </c>, the nested elements (<f>,
 * <v>, <is> …) skipped. A row's or another cell's tag, or the end of the
 * part, before any </c> means the cell is never closed (`found` says what
 * came instead): its content would otherwise run on over the cells after it.
 */
const CELL_END = /<\/(?:\w+:)?c>|<\/(?:\w+:)?(?:row|sheetData)>|<(?:\w+:)?(?:c|row)(?=[\s/>])/g;
function closeOfCell(xml: string, from: number): { at: number; found?: string } {
  CELL_END.lastIndex = from;
  const m = CELL_END.exec(xml);
  if (!m) return { at: xml.length, found: '' };
  return /^<\/(?:\w+:)?c>$/.test(m[0])
    ? { at: m.index }
    : { at: m.index, found: m[0].endsWith('>') ? m[0] : `${m[0]}…>` };
}
