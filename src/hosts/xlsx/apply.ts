/**
 * Applies a WritePlan to an .xlsx file by editing its package: returns a new
 * file, the input's bytes are never changed (callers decide whether to write
 * over the input).
 *
 * What changes, and nothing else: the parts of our sheets (a sheet that
 * replaces one of ours keeps that sheet's part name, so the user's formulas
 * and links to it keep working), their tables, drawings and charts,
 * workbook.xml (sheets, defined names, active tab), its relationships,
 * [Content_Types].xml and styles.xml (our styles appended; every existing
 * style index keeps its meaning). When a sheet is replaced or removed, the
 * calculation chain (a cache Excel rebuilds) is dropped, since it lists the
 * old sheet's formula cells. Every other entry — the user's sheets, their
 * charts, pivot tables, comments, macros (an .xlsm stays one), custom XML,
 * document properties — is written back with the same bytes.
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
 * - Tab order as the Office.js adapter leaves it (src/workbook/tabOrder.ts): a
 *   sheet that replaces one of ours takes its tab, a new generated sheet goes
 *   after the last of ours, an input sheet at the end.
 * - The planned sheet is activated, unless a sheet that stays (the user's,
 *   whose part is not ours to change) is selected in its own view: then the
 *   workbook opens on the tab it was saved on, as two selected tabs would
 *   open grouped in Excel.
 */

import { tabOrder, type AddedTab } from '../../workbook/tabOrder';
import { formatMarker, LIST_SHEET_KEY, parseMarker, plannedMarker } from '../../workbook/fingerprint';
import type { PlannedSheet, WritePlan } from '../../workbook/plan';
import { chartSpaceXml, drawingXml } from './chartXml';
import { readMarkers, relationshipPrefix } from './markers';
import { XlsxFileError } from './messages';
import {
  CT_CHART,
  CT_DRAWING,
  CT_STYLES,
  CT_TABLE,
  CT_WORKBOOK,
  CT_WORKSHEET,
  OpcPackage,
  REL_CALC_CHAIN,
  REL_CHART,
  REL_DRAWING,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  REL_TABLE,
  REL_WORKSHEET,
  relativeTarget,
  relsPath,
  type PackageSheet,
} from './opcPackage';
import {
  hiddenListSheet,
  inlineList,
  NS_MAIN,
  NS_REL,
  prepareTable,
  printAreaRef,
  printTitlesRef,
  tableXml,
  writeSheetXml,
} from './sheetXml';
import { StyleBook } from './stylesXml';
import { editWorkbookXml } from './workbookXml';
import { attributes, escapeXml, startTags } from './xml';
import { ZipWriter } from './zip';

/** Hidden sheet holding drop-down lists too long for an inline list. */
export const LIST_SHEET_NAME = 'Listor';
const LIST_KEY = LIST_SHEET_KEY;

export interface XlsxWriteResult {
  data: Uint8Array;
  /** Names of previously generated sheets that were removed or replaced. */
  replaced: string[];
  charts: number;
  /** Zip entries of the input left out of the copy: their names cannot be parts of a workbook (zip-slip names). */
  leftOut: string[];
}

/**
 * How far a write has come, for a progress line: after each planned sheet
 * ('sheet', done of total, its name), then before (done 0) and after (done 1)
 * finishing the package (the workbook parts and the zip's last pieces).
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

/** A sheet the write adds: planned, or our hidden list sheet. */
interface AddedSheet {
  id: string;
  sheet: PlannedSheet;
  planned: boolean;
  marker: string | undefined;
  hidden: boolean;
  replaces?: PackageSheet;
  path: string;
  rid: string;
  sheetId: number;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The four parts a package needs before our sheets go in. */
function newPackage(): OpcPackage {
  const enc = (s: string) => new TextEncoder().encode(s);
  return new OpcPackage(
    new Map([
      [
        '[Content_Types].xml',
        enc(
          `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
            `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
            `<Default Extension="xml" ContentType="application/xml"/>` +
            `<Override PartName="/xl/workbook.xml" ContentType="${CT_WORKBOOK}"/></Types>`,
        ),
      ],
      [
        '_rels/.rels',
        enc(
          `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
        ),
      ],
      [
        'xl/workbook.xml',
        enc(
          `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
            `<bookViews><workbookView/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
        ),
      ],
      ['xl/_rels/workbook.xml.rels', enc(`${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_RELS}"></Relationships>`)],
    ]),
  );
}

export async function applyPlanToXlsxWithReport(
  input: Uint8Array | null,
  plan: WritePlan,
  options: XlsxWriteOptions = {},
): Promise<XlsxWriteResult> {
  await Promise.resolve(); // the write is synchronous; callers await it like any file step
  return writePackage(input ? OpcPackage.open(input) : newPackage(), plan, options);
}

function writePackage(pkg: OpcPackage, plan: WritePlan, options: XlsxWriteOptions): XlsxWriteResult {
  const { onProgress } = options;
  const workbookPath = pkg.workbookPath();
  const workbookXml = pkg.text(workbookPath) ?? '';
  if (!/<(?:\w+:)?sheets\b/.test(workbookXml)) throw new XlsxFileError('corrupt', `${workbookPath}: <sheets>`);
  const markers = readMarkers(workbookXml);
  const before = pkg.sheets(workbookPath, workbookXml);
  const workbookRels = pkg.relationships(workbookPath);

  const writesInputs = plan.sheets.some((s) => s.kind === 'input');
  const plannedNames = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  const plannedKeys = new Set(plan.sheets.map((s) => s.key));
  // Sheets the plan deletes (only ours: the loop below skips every sheet without our marker).
  const removeNames = new Set((plan.remove ?? []).map((n) => n.toLowerCase()));
  const removed: { sheet: PackageSheet; key: string | undefined }[] = [];
  for (const s of before) {
    const marker = markers.get(s.name);
    const clashes = plannedNames.has(s.name.toLowerCase());
    if (marker === undefined) {
      if (clashes) throw new XlsxFileError('userSheetClash', s.name);
      continue;
    }
    // Our list sheet serves the input sheets' drop-downs: it goes only when inputs are rewritten.
    const key = parseMarker(marker)?.key;
    const asked = key !== LIST_KEY && removeNames.has(s.name.toLowerCase());
    if (clashes || asked || (key === LIST_KEY ? writesInputs : key !== undefined && plannedKeys.has(key))) {
      removed.push({ sheet: s, key });
    }
  }
  const gone = new Set(removed.map((r) => r.sheet));
  const staying = before.filter((s) => !gone.has(s));
  // A user's own sheet called 'Listor' is never reused: ours then takes another free name.
  const takenNames = new Set(staying.map((s) => s.name.toLowerCase()));
  let listSheetName = LIST_SHEET_NAME;
  for (let n = 2; takenNames.has(listSheetName.toLowerCase()) || plannedNames.has(listSheetName.toLowerCase()); n++) {
    listSheetName = `${LIST_SHEET_NAME} (${n})`;
  }
  const lists = hiddenListSheet(listSheetName);
  const needsLists = plan.sheets.some((s) => (s.validations ?? []).some((v) => inlineList(v) === undefined));

  // The sheets added, in the order they join the workbook: the list sheet after the first sheet that needs it.
  const stamp = stampOf(plan);
  const added: AddedSheet[] = [];
  const listPlaceholder: PlannedSheet = { name: listSheetName, kind: 'input', key: LIST_KEY, rows: [] };
  let listAdded = false;
  plan.sheets.forEach((sheet, i) => {
    added.push({
      id: `new:${i}`,
      sheet,
      planned: true,
      marker: plannedMarker(plan, sheet),
      hidden: false,
      path: '',
      rid: '',
      sheetId: 0,
    });
    if (needsLists && !listAdded && (sheet.validations ?? []).some((v) => inlineList(v) === undefined)) {
      listAdded = true;
      added.push({
        id: 'new:list',
        sheet: listPlaceholder,
        planned: false,
        marker: formatMarker({ ...stamp, key: LIST_KEY }),
        hidden: true,
        path: '',
        rid: '',
        sheetId: 0,
      });
    }
  });

  // Which removed sheet each added one replaces: by key, else by name (a clash); the list sheet the list sheet.
  const taken = new Set<PackageSheet>();
  for (const a of added) {
    const found = a.planned
      ? (removed.find((r) => !taken.has(r.sheet) && r.key === a.sheet.key) ??
        removed.find((r) => !taken.has(r.sheet) && r.sheet.name.toLowerCase() === a.sheet.name.toLowerCase()))
      : removed.find((r) => !taken.has(r.sheet) && r.key === LIST_KEY);
    if (found) {
      taken.add(found.sheet);
      a.replaces = found.sheet;
    }
  }
  const ids = new Map(before.map((s, i) => [s, `old:${i}`]));
  const order = tabOrder(
    // Our list sheet serves the inputs: new scenario sheets do not follow it.
    before.map((s) => ({ id: ids.get(s)!, ours: isGenerated(markers.get(s.name)) })),
    added.map((a): AddedTab => ({
      id: a.id,
      ...(a.replaces ? { replaces: ids.get(a.replaces)! } : {}),
      // The list sheet (not planned) is a hidden helper of the input sheets: at the end, like them.
      generated: a.planned && a.sheet.kind !== 'input',
    })),
  );
  const goneIds = new Set(removed.map((r) => ids.get(r.sheet)!));
  const finalOrder = order.filter((id) => !goneIds.has(id));

  // Parts: a replacing sheet takes the replaced one's part and relationship; the others new ones.
  const deleted = new Set<string>();
  const reused = new Set<string>();
  for (const a of added) {
    const old = a.replaces;
    const rel = old && workbookRels.find((r) => r.id === old.rid);
    if (old?.path && rel?.type === REL_WORKSHEET) {
      a.path = old.path;
      a.rid = old.rid;
      a.sheetId = old.sheetId;
      reused.add(old.path.toLowerCase());
    }
  }
  for (const r of removed) {
    if (r.sheet.path) dropPartTree(pkg, r.sheet.path, deleted, reused.has(r.sheet.path.toLowerCase()));
  }
  const calcChain = removed.length > 0 ? workbookRels.find((r) => r.type === REL_CALC_CHAIN) : undefined;
  if (calcChain && pkg.has(calcChain.path)) deleted.add(pkg.name(calcChain.path)!.toLowerCase());

  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const newNames = new Set<string>();
  // A part left by the write is free; so must be its relationships part (a leftover one of a part deleted by
  // hand would otherwise be copied and written again: two zip entries of one name).
  const free = (path: string) => !pkg.has(path) || deleted.has(pkg.name(path)!.toLowerCase());
  const claim = (prefix: string): string => {
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}.xml`;
      const lower = path.toLowerCase();
      if (free(path) && free(relsPath(path)) && !newNames.has(lower) && !reused.has(lower)) {
        newNames.add(lower);
        return path;
      }
    }
  };
  const droppedRels = new Set(
    removed.filter((r) => !added.some((a) => a.replaces === r.sheet && a.rid)).map((r) => r.sheet.rid),
  );
  if (calcChain) droppedRels.add(calcChain.id);
  const usedRids = new Set(workbookRels.map((r) => r.id));
  const newRid = (): string => {
    let n = 1;
    while (usedRids.has(`rId${n}`)) n++;
    usedRids.add(`rId${n}`);
    return `rId${n}`;
  };
  let maxSheetId = Math.max(0, ...before.map((s) => s.sheetId));
  const newRels: string[] = [];
  for (const a of added) {
    if (!a.path) {
      a.path = claim(`${base}worksheets/sheet`);
      a.rid = newRid();
      newRels.push(relationshipXml(a.rid, REL_WORKSHEET, relativeTarget(workbookPath, a.path)));
    }
    if (!a.sheetId) a.sheetId = ++maxSheetId;
  }

  const stylesRel = workbookRels.find((r) => r.type === REL_STYLES && !r.external && pkg.has(r.path));
  const stylesPath = stylesRel ? pkg.name(stylesRel.path)! : `${base}styles.xml`;
  if (!stylesRel) {
    newRels.push(relationshipXml(newRid(), REL_STYLES, relativeTarget(workbookPath, stylesPath)));
    newNames.add(stylesPath.toLowerCase());
  }
  const styles = new StyleBook(stylesRel ? pkg.text(stylesPath) : undefined);

  // Active tab: the planned one, unless a sheet that stays is selected in its own view.
  const finalSheets = finalOrder.map((id) => {
    const a = added.find((x) => x.id === id);
    return a ? { added: a } : { kept: before[Number(id.slice(4))]! };
  });
  const keptSelected = staying.some((s) => {
    const bytes = s.path === undefined ? undefined : pkg.entries.get(s.path);
    // The views come before the cells: the part's first few kilobytes hold them.
    const head = bytes ? new TextDecoder().decode(bytes.subarray(0, 8192)) : '';
    return /<(?:\w+:)?sheetView\b[^>]*\btabSelected\s*=\s*["'](?:1|true)["']/.test(head);
  });
  const planActive =
    plan.activate === undefined ? -1 : finalSheets.findIndex((f) => f.added?.sheet.name === plan.activate);
  const activeTab = planActive >= 0 && !keptSelected ? planActive : undefined;

  // Table ids are unique in the workbook: ours follow the highest that stays.
  let maxTableId = 0;
  for (const [name, bytes] of pkg.entries) {
    if (deleted.has(name.toLowerCase()) || !/tables\/[^/]*\.xml$/i.test(name)) continue;
    const head = new TextDecoder().decode(bytes.subarray(0, 1024));
    const id = Number(/<(?:\w+:)?table\b[^>]*?\sid\s*=\s*["'](\d+)["']/.exec(head)?.[1] ?? 0);
    maxTableId = Math.max(maxTableId, id);
  }

  // Entries that stay as they are, in the input's order.
  const rewritten = new Set(
    [workbookPath, relsPath(workbookPath), '[Content_Types].xml', stylesPath, ...added.map((a) => a.path)].map((p) =>
      p.toLowerCase(),
    ),
  );
  for (const a of added) rewritten.add(relsPath(a.path).toLowerCase());
  const zip = new ZipWriter();
  for (const [name, bytes] of pkg.entries) {
    const lower = name.toLowerCase();
    if (!deleted.has(lower) && !rewritten.has(lower)) zip.addBytes(name, bytes);
  }

  const overrides: { path: string; type: string }[] = [];
  if (!stylesRel) overrides.push({ path: stylesPath, type: CT_STYLES });
  let charts = 0;
  let done = 0;
  const plannedCount = plan.sheets.length;
  // The list sheet is written last: the other sheets' drop-downs fill it.
  const writeOrder = [...added.filter((a) => a.planned), ...added.filter((a) => !a.planned)];
  for (const a of writeOrder) {
    const sheet = a.planned ? a.sheet : (lists.sheet() ?? listPlaceholder);
    const tables = (sheet.tables ?? []).map((t) => prepareTable(sheet, t));
    const sheetRels: string[] = [];
    const tableRids = tables.map((t) => {
      const path = claim(`${base}tables/table`);
      zip.addText(path, tableXml(t, ++maxTableId));
      overrides.push({ path, type: CT_TABLE });
      const rid = `rId${sheetRels.length + 1}`;
      sheetRels.push(relationshipXml(rid, REL_TABLE, relativeTarget(a.path, path)));
      return rid;
    });
    let drawingRid: string | undefined;
    if ((sheet.charts?.length ?? 0) > 0) {
      const drawingPath = claim(`${base}drawings/drawing`);
      // Relationship ids rId1..n in chart order: drawingXml relies on it.
      const drawingRels = sheet.charts!.map((chart, i) => {
        const chartPath = claim(`${base}charts/chart`);
        zip.addText(chartPath, chartSpaceXml(sheet, chart));
        overrides.push({ path: chartPath, type: CT_CHART });
        charts++;
        return relationshipXml(`rId${i + 1}`, REL_CHART, relativeTarget(drawingPath, chartPath));
      });
      zip.addText(drawingPath, drawingXml(sheet.charts!));
      zip.addText(relsPath(drawingPath), relationshipsXml(drawingRels));
      overrides.push({ path: drawingPath, type: CT_DRAWING });
      drawingRid = `rId${sheetRels.length + 1}`;
      sheetRels.push(relationshipXml(drawingRid, REL_DRAWING, relativeTarget(a.path, drawingPath)));
    }
    const entry = zip.textEntry(a.path);
    writeSheetXml(
      sheet,
      {
        styles,
        lists,
        tables,
        tableRids,
        ...(drawingRid ? { drawingRid } : {}),
        tabSelected: activeTab !== undefined && finalSheets[activeTab]?.added === a,
      },
      (text) => entry.write(text),
    );
    entry.end();
    if (sheetRels.length > 0) zip.addText(relsPath(a.path), relationshipsXml(sheetRels));
    if (!a.replaces || !a.rid || a.replaces.path !== a.path) overrides.push({ path: a.path, type: CT_WORKSHEET });
    if (a.planned) onProgress?.({ step: 'sheet', done: ++done, total: plannedCount, sheet: a.sheet.name });
  }

  onProgress?.({ step: 'package', done: 0, total: 1 });
  if (stylesRel === undefined || styles.changed()) zip.addText(stylesPath, styles.toXml());
  else zip.addBytes(stylesPath, pkg.entries.get(stylesPath)!);

  // workbook.xml: sheets in the new order, names, active tab.
  const p = /<((?:\w+:)?)sheets\b/.exec(workbookXml)?.[1] ?? '';
  const rPrefix = relationshipPrefix(workbookXml);
  const newIndexOf = new Map(finalSheets.map((f, i) => [f.kept ?? f.added, i]));
  const sheetTags = finalSheets.map((f) => {
    if (f.kept) return f.kept.tag;
    const a = f.added;
    const state = a.hidden ? ' state="hidden"' : '';
    return `<${p}sheet name="${escapeXml(a.sheet.name)}" sheetId="${a.sheetId}"${state} ${rPrefix ?? 'r'}:id="${a.rid}"/>`;
  });
  const writtenMarkers = new Map(added.filter((a) => a.marker !== undefined).map((a) => [a, a.marker!]));
  let wbXml = editWorkbookXml(workbookXml, {
    sheetTags,
    newIndex: (old) => {
      const s = before[old];
      return s === undefined ? undefined : newIndexOf.get(s);
    },
    printNames: added.flatMap((a) => {
      if (!a.planned) return [];
      const index = newIndexOf.get(a)!;
      const area = printAreaRef(a.sheet);
      const titles = printTitlesRef(a.sheet);
      return [
        ...(area ? [{ index, name: 'Print_Area' as const, ref: area }] : []),
        ...(titles ? [{ index, name: 'Print_Titles' as const, ref: titles }] : []),
      ];
    }),
    markers: finalSheets.flatMap((f) => {
      if (f.added)
        return writtenMarkers.has(f.added) ? [{ sheet: f.added.sheet.name, marker: writtenMarkers.get(f.added)! }] : [];
      const kept = markers.get(f.kept.name);
      return kept === undefined ? [] : [{ sheet: f.kept.name, marker: kept }];
    }),
    activeTab,
    sheetCount: finalSheets.length,
  });
  if (rPrefix === undefined) wbXml = wbXml.replace(/<((?:\w+:)?)workbook\b/, `<$1workbook xmlns:r="${NS_REL}"`);
  zip.addText(workbookPath, wbXml);
  zip.addText(relsPath(workbookPath), editRelationships(pkg.text(relsPath(workbookPath)), droppedRels, newRels));
  zip.addText('[Content_Types].xml', editContentTypes(pkg.text('[Content_Types].xml') ?? '', deleted, overrides));
  const data = zip.finish();
  onProgress?.({ step: 'package', done: 1, total: 1 });
  return { data, replaced: removed.map((r) => r.sheet.name), charts, leftOut: [...pkg.invalidNames] };
}

/**
 * Marks a removed sheet's part (unless a new sheet reuses its name), its
 * relationships and every part reached from them (tables, drawings, charts,
 * comments …) as deleted — except parts some other kept part still refers to.
 */
function dropPartTree(pkg: OpcPackage, sheetPath: string, deleted: Set<string>, keepPart: boolean): void {
  const candidates = new Set<string>();
  const visit = (path: string) => {
    const name = pkg.name(path);
    if (!name || candidates.has(name.toLowerCase())) return;
    candidates.add(name.toLowerCase());
    const rels = relsPath(name);
    if (pkg.has(rels)) candidates.add(pkg.name(rels)!.toLowerCase());
    for (const r of pkg.relationships(name)) if (!r.external) visit(r.path);
  };
  visit(sheetPath);
  // Parts another (kept) part refers to stay.
  const referenced = new Set<string>();
  for (const name of pkg.entries.keys()) {
    const lower = name.toLowerCase();
    if (!lower.endsWith('.rels') || candidates.has(lower) || deleted.has(lower)) continue;
    const owner = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of pkg.relationships(owner)) if (!r.external) referenced.add(r.path.toLowerCase());
  }
  const sheetLower = sheetPath.toLowerCase();
  for (const c of candidates) {
    if (c === sheetLower) {
      if (!keepPart) deleted.add(c);
    } else if (!referenced.has(c) || c.endsWith('.rels')) deleted.add(c);
  }
}

function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
}

function relationshipsXml(rels: string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PACKAGE_RELS}">${rels.join('')}</Relationships>`;
}

function editRelationships(xml: string | undefined, dropped: Set<string>, added: string[]): string {
  if (xml === undefined) return relationshipsXml(added);
  let out = xml;
  for (const tag of startTags(xml, 'Relationship')) {
    if (dropped.has(attributes(tag).Id ?? '')) out = out.replace(tag, '');
  }
  out = out.replace(/<((?:\w+:)?)Relationships\b([^>]*?)\/>/, '<$1Relationships$2></$1Relationships>');
  return out.replace(/<\/((?:\w+:)?)Relationships>/, `${added.join('')}</$1Relationships>`);
}

function editContentTypes(xml: string, deleted: Set<string>, overrides: { path: string; type: string }[]): string {
  const adding = new Set(overrides.map((o) => `/${o.path}`.toLowerCase()));
  let out = xml;
  for (const tag of startTags(xml, 'Override')) {
    const part = (attributes(tag).PartName ?? '').toLowerCase();
    let name = part;
    try {
      name = decodeURIComponent(part);
    } catch {
      // keep it as written
    }
    if (deleted.has(name.replace(/^\//, '')) || adding.has(name)) out = out.replace(tag, '');
  }
  const added = overrides.map((o) => `<Override PartName="/${escapeXml(o.path)}" ContentType="${o.type}"/>`).join('');
  return out.replace(/<\/((?:\w+:)?)Types>/, `${added}</$1Types>`);
}

/** A sheet of ours other than the list sheet. */
function isGenerated(marker: string | undefined): boolean {
  return marker !== undefined && parseMarker(marker)?.key !== LIST_KEY;
}

function stampOf(plan: WritePlan) {
  return {
    fingerprint: plan.stamp.inputFingerprint,
    generatedAt: plan.stamp.generatedAt,
    version: plan.stamp.version,
  };
}
