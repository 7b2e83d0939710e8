/**
 * Applies a WritePlan to an .xlsx file: returns a new file, the input's bytes
 * are never changed (callers decide whether to write over the input).
 *
 * Sheet rules (the same as the Office.js adapter's):
 * - A sheet is ours only if it carries our marker (markers.ts) — never by name.
 * - A sheet of ours whose marker key is in the plan is replaced (wherever it
 *   is and whatever the user renamed it to). Ours with other keys (e.g. the
 *   scenario of an alternative deleted since) are kept, as the writer's
 *   naming (sheetNames.ts) assumes; their markers show them stale.
 * - Planned 'input' sheets (template, sample inputs) get no marker: once
 *   written they are the user's own and regeneration never touches them.
 * - A planned name that equals a user's sheet (ignoring case) stops the whole
 *   write with an XlsxFileError('userSheetClash'); the writer is expected to
 *   have picked a free name (sheetNames.ts), this is the last safety net.
 * - Tab order as the Office.js adapter leaves it (src/excel/tabOrder.ts): a
 *   sheet that replaces one of ours takes its tab, a new generated sheet goes
 *   after the last of ours, an input sheet at the end.
 *
 * What an ExcelJS round trip loses in the user's own sheets (see lossyParts):
 * charts, pivot tables, slicers, macros … ExcelJS does not keep them. The
 * result lists them so the command line can say so; the input is untouched.
 */

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { tabOrder, type AddedTab } from '../excel/tabOrder';
import { formatMarker, parseMarker } from '../workbook/fingerprint';
import type { PlannedSheet, WritePlan } from '../workbook/plan';
import { addCharts } from './charts';
import { readMarkers, writeMarkers } from './markers';
import { XlsxFileError } from './messages';
import { openPackage } from './package';
import { hiddenListSheet, writeSheet } from './writeSheet';

/** Hidden sheet holding drop-down lists too long for an inline list. */
export const LIST_SHEET_NAME = 'Listor';
const LIST_KEY = 'lists';

export interface XlsxWriteResult {
  data: Uint8Array;
  /** Names of previously generated sheets that were removed or replaced. */
  replaced: string[];
  /** Parts of the input ExcelJS could not carry over (user content lost in the copy). */
  lost: string[];
  charts: number;
}

/**
 * How far a write has come, for a progress line: after each planned sheet
 * ('sheet', done of total, its name), then before (done 0) and after (done 1)
 * packaging the file, which for a large workbook is most of the time and
 * cannot be split (ExcelJS writes the package in one call).
 */
export interface XlsxWriteProgress {
  step: 'sheet' | 'package';
  done: number;
  total: number;
  /** The sheet just written (step 'sheet'). */
  sheet?: string;
}

export interface XlsxWriteOptions {
  /** Called per sheet, never per cell, so it costs nothing worth measuring. */
  onProgress?: (progress: XlsxWriteProgress) => void;
}

export async function applyPlanToXlsx(
  input: Uint8Array | null,
  plan: WritePlan,
  options: XlsxWriteOptions = {},
): Promise<Uint8Array> {
  return (await applyPlanToXlsxWithReport(input, plan, options)).data;
}

export async function applyPlanToXlsxWithReport(
  input: Uint8Array | null,
  plan: WritePlan,
  options: XlsxWriteOptions = {},
): Promise<XlsxWriteResult> {
  const { onProgress } = options;
  const opened = input ? await openPackage(input) : null;
  const workbook = opened?.workbook ?? newWorkbook();
  const markers = opened ? readMarkers(opened.workbookXml) : new Map<string, string>();
  const lost = opened ? await lossyParts(opened.zip) : [];

  const writesInputs = plan.sheets.some((s) => s.kind === 'input');
  const plannedNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  const replaced: string[] = [];
  const before = workbook.worksheets; // in tab order
  const removed: RemovedSheet[] = [];
  let listSheetName = LIST_SHEET_NAME;
  for (const ws of before) {
    const marker = markers.get(ws.name);
    const clashes = plannedNames.has(ws.name.toLowerCase());
    if (marker === undefined) {
      if (clashes) throw new XlsxFileError('userSheetClash', ws.name);
      continue;
    }
    // Our list sheet serves the input sheets' drop-downs: it goes only when inputs are rewritten.
    const key = parseMarker(marker)?.key;
    if (clashes || (key === LIST_KEY ? writesInputs : key !== undefined && plannedKeys.has(key))) {
      replaced.push(ws.name);
      removed.push({ sheet: ws, name: ws.name, key });
      workbook.removeWorksheet(ws.id);
    }
  }
  // A user's own sheet called 'Listor' is never reused: ours then takes another free name.
  for (let n = 2; workbook.getWorksheet(listSheetName) || plannedNames.has(listSheetName.toLowerCase()); n++) {
    listSheetName = `${LIST_SHEET_NAME} (${n})`;
  }

  const lists = hiddenListSheet(workbook, listSheetName);
  const written = new Map<string, string>();
  const added = new Map<ExcelJS.Worksheet, PlannedSheet>();
  for (const [i, sheet] of plan.sheets.entries()) {
    const ws = workbook.addWorksheet(sheet.name);
    added.set(ws, sheet);
    writeSheet(ws, sheet, lists);
    if (sheet.kind !== 'input') written.set(sheet.name, markerOf(sheet, plan));
    onProgress?.({ step: 'sheet', done: i + 1, total: plan.sheets.length, sheet: sheet.name });
  }
  if (lists.used()) written.set(listSheetName, formatMarker({ ...stampOf(plan), key: LIST_KEY }));
  arrangeTabs(workbook, before, markers, removed, added);
  activate(workbook, plan.activate);

  onProgress?.({ step: 'package', done: 0, total: 1 });
  // Stored, not compressed: the package is compressed once, below, after the chart parts are added.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  const zip = await JSZip.loadAsync(buffer);
  const charts = await addCharts(zip, plan.sheets);
  const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const keptMarkers = new Map([...markers].filter(([name]) => workbook.getWorksheet(name) && !written.has(name)));
  zip.file('xl/workbook.xml', writeMarkers(workbookXml, new Map([...keptMarkers, ...written])));
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  onProgress?.({ step: 'package', done: 1, total: 1 });
  return { data, replaced, lost, charts };
}

/** A sheet of ours the write removed: what a new sheet needs to take its tab. */
interface RemovedSheet {
  sheet: ExcelJS.Worksheet;
  name: string;
  key: string | undefined;
}

/**
 * The tab order of src/excel/tabOrder.ts. A removed sheet's tab goes to the
 * planned sheet of its key, else to the one of its name (a clash); our list
 * sheet's to the new list sheet, which otherwise goes at the end, and which
 * new generated sheets do not follow (it belongs with the input sheets).
 * ExcelJS 4.4 writes the sheets in the order of Worksheet.orderNo (its
 * `worksheets` getter sorts by it) and derives every sheet index it writes
 * (print areas' localSheetId, the active tab) from that order; orderNo is
 * not in its typings, hence the narrow cast.
 */
function arrangeTabs(
  workbook: ExcelJS.Workbook,
  before: ExcelJS.Worksheet[],
  markers: Map<string, string>,
  removed: RemovedSheet[],
  added: Map<ExcelJS.Worksheet, PlannedSheet>,
): void {
  const ids = new Map<ExcelJS.Worksheet, string>();
  before.forEach((ws, i) => ids.set(ws, `old:${i}`));
  const now = workbook.worksheets;
  now.forEach((ws, i) => {
    if (!ids.has(ws)) ids.set(ws, `new:${i}`);
  });
  const taken = new Set<RemovedSheet>();
  const successorOf = (ws: ExcelJS.Worksheet): RemovedSheet | undefined => {
    const planned = added.get(ws);
    const found = planned
      ? (removed.find((r) => !taken.has(r) && r.key === planned.key) ??
        removed.find((r) => !taken.has(r) && r.name.toLowerCase() === planned.name.toLowerCase()))
      : removed.find((r) => !taken.has(r) && r.key === LIST_KEY);
    if (found) taken.add(found);
    return found;
  };
  const addedTabs = now
    .filter((ws) => ids.get(ws)!.startsWith('new:'))
    .map((ws): AddedTab => {
      const replaces = successorOf(ws);
      const planned = added.get(ws);
      return {
        id: ids.get(ws)!,
        ...(replaces ? { replaces: ids.get(replaces.sheet)! } : {}),
        // The list sheet (not planned) is a hidden helper of the input sheets: at the end, like them.
        generated: planned !== undefined && planned.kind !== 'input',
      };
    });
  const order = tabOrder(
    // Our list sheet serves the inputs: new scenario sheets do not follow it.
    before.map((ws) => ({ id: ids.get(ws)!, ours: isGenerated(markers.get(ws.name)) })),
    addedTabs,
  );
  const byId = new Map([...ids].map(([ws, id]) => [id, ws]));
  const gone = new Set(removed.map((r) => r.sheet));
  order
    .map((id) => byId.get(id)!)
    .filter((ws) => !gone.has(ws))
    .forEach((ws, i) => {
      (ws as unknown as { orderNo: number }).orderNo = i + 1;
    });
}

/** A sheet of ours other than the list sheet. */
function isGenerated(marker: string | undefined): boolean {
  return marker !== undefined && parseMarker(marker)?.key !== LIST_KEY;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Skolkostnad';
  return workbook;
}

function stampOf(plan: WritePlan) {
  return {
    fingerprint: plan.stamp.inputFingerprint,
    generatedAt: plan.stamp.generatedAt,
    version: plan.stamp.version,
  };
}

/** The writer sets each generated sheet's marker; a hand-made plan gets the same format from its stamp. */
function markerOf(sheet: PlannedSheet, plan: WritePlan): string {
  return sheet.marker ?? formatMarker({ ...stampOf(plan), key: sheet.key });
}

function activate(workbook: ExcelJS.Workbook, name: string | undefined): void {
  const index = name === undefined ? -1 : workbook.worksheets.findIndex((ws) => ws.name === name);
  if (index < 0) return;
  workbook.worksheets.forEach((ws, i) => {
    const view = ws.views?.[0] ?? {}; // null on a loaded sheet that had no sheetViews
    ws.views = [{ ...view, tabSelected: i === index } as unknown as ExcelJS.WorksheetView];
  });
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: 'visible' },
  ];
}

/** Parts of a package that ExcelJS 4.4 does not carry through a load/write round trip. */
const LOSSY_PARTS: { pattern: RegExp; what: string }[] = [
  { pattern: /^xl\/charts\//, what: 'diagram (charts)' },
  { pattern: /^xl\/pivotTables\//, what: 'pivottabeller (pivot tables)' },
  { pattern: /^xl\/slicers\//, what: 'utsnitt (slicers)' },
  { pattern: /^xl\/vbaProject\.bin$/, what: 'makron (macros)' },
  { pattern: /^xl\/externalLinks\//, what: 'externa länkar (external links)' },
  { pattern: /^xl\/threadedComments\//, what: 'trådade kommentarer (threaded comments)' },
  {
    pattern: /^xl\/customProperty\d*\.bin$|^xl\/customProperties\//,
    what: 'egna bladegenskaper (custom sheet properties)',
  },
];

async function lossyParts(zip: JSZip): Promise<string[]> {
  const found = new Set<string>();
  zip.forEach((path) => {
    for (const p of LOSSY_PARTS) if (p.pattern.test(path)) found.add(p.what);
  });
  return [...found];
}
