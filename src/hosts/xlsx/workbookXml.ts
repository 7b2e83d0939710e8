/**
 * xl/workbook.xml after a write: the <sheets> in their new order, the
 * defined names (ours — markers and our sheets' print areas — written anew;
 * the user's kept byte for byte apart from a sheet index that moved), the
 * active tab, and full recalculation on load (the user's formulas that read
 * our sheets then show the new figures). Every other element is untouched.
 */

import { isMarkerName, LEGACY_MARKER_NAME, markerFormula, markerName } from '../../workbook/marker';
import { escapeAll } from './sheetXml';
import { attributes, elements, escapeXml } from './xml';

/** The write id in the marker names this adapter writes (Office.js writes use six random characters). */
const XLSX_WRITE_ID = 'xlsx';

export interface WorkbookEdit {
  /** The <sheet> elements in their new tab order (kept ones as the file had them). */
  sheetTags: string[];
  /** Old sheet index → new index; absent for a sheet that was removed. */
  newIndex: (oldIndex: number) => number | undefined;
  /** Our print areas and print titles (rows repeated on every page), by new sheet index. */
  printNames: { index: number; name: PrintName; ref: string }[];
  /** Every marker of the workbook after the write, by sheet name, in tab order. */
  markers: { sheet: string; marker: string }[];
  /** The tab to show, as a new index, or undefined to keep the workbook's (remapped). */
  activeTab: number | undefined;
  sheetCount: number;
}

/** Excel's built-in names for a sheet's print settings. */
export type PrintName = 'Print_Area' | 'Print_Titles';

const DEFINED_NAMES_BLOCK = /<((?:\w+:)?)definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1definedNames>)/;

function isOurName(name: string | undefined): boolean {
  return name !== undefined && (name === LEGACY_MARKER_NAME || isMarkerName(name));
}

// An attribute's value in either quote: XML allows both, and a second attribute of one name is an error.
function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

function removeAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

export function editWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const sheetsBlock = /<((?:\w+:)?)sheets\b[^>]*>[\s\S]*?<\/\1sheets>|<((?:\w+:)?)sheets\b[^>]*\/>/.exec(xml);
  if (!sheetsBlock) throw new Error('internal: workbook.xml without <sheets>');
  const p = sheetsBlock[1] ?? sheetsBlock[2] ?? '';
  const sheets = `<${p}sheets>${edit.sheetTags.join('')}</${p}sheets>`;
  let out = xml.slice(0, sheetsBlock.index) + sheets + xml.slice(sheetsBlock.index + sheetsBlock[0].length);

  // Defined names: the user's, with their sheet index moved along; ours anew.
  const kept: string[] = [];
  const block = DEFINED_NAMES_BLOCK.exec(out);
  const inner = block?.[2] ?? '';
  for (const e of elements(inner, 'definedName')) {
    // A name whose end tag is missing is not written back half: the copy would not be XML.
    if (!e.closed) continue;
    const element = inner.slice(e.start, e.end);
    const a = attributes(element.slice(0, element.indexOf('>') + 1));
    if (isOurName(a.name)) continue;
    if (a.localSheetId !== undefined) {
      const index = edit.newIndex(Number(a.localSheetId));
      if (index === undefined) continue; // its sheet is gone
      const open = element.slice(0, element.indexOf('>') + 1);
      kept.push(setAttribute(open, 'localSheetId', String(index)) + element.slice(open.length));
    } else kept.push(element);
  }
  const ours = [
    ...edit.printNames.map(
      (pn) =>
        `<${p}definedName name="_xlnm.${pn.name}" localSheetId="${pn.index}">${escapeAll(pn.ref)}</${p}definedName>`,
    ),
    ...edit.markers.map(
      ({ sheet, marker }, i) =>
        // Stored without the '=' Office.js wants: a defined name's text in the file is the formula body.
        `<${p}definedName name="${markerName(XLSX_WRITE_ID, i + 1)}" hidden="1">${escapeXml(markerFormula(sheet, marker).slice(1))}</${p}definedName>`,
    ),
  ];
  const names = [...kept, ...ours];
  const namesXml = names.length > 0 ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
  if (block) out = out.slice(0, block.index) + namesXml + out.slice(block.index + block[0].length);
  else if (namesXml) {
    // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
    const after = new RegExp(
      `</${p}sheets>(\\s*<${p}functionGroups[\\s\\S]*?(?:</${p}functionGroups>|/>))?(\\s*<${p}externalReferences>[\\s\\S]*?</${p}externalReferences>)?`,
    ).exec(out)!;
    const at = after.index + after[0].length;
    out = out.slice(0, at) + namesXml + out.slice(at);
  }

  out = editBookViews(out, p, edit);
  return editCalcPr(out, p);
}

function editBookViews(xml: string, p: string, edit: WorkbookEdit): string {
  const view = new RegExp(`<${p}workbookView\\b[^>]*>`).exec(xml);
  if (!view) {
    if (edit.activeTab === undefined) return xml;
    const at = xml.search(new RegExp(`<${p}sheets>`));
    return `${xml.slice(0, at)}<${p}bookViews><${p}workbookView activeTab="${edit.activeTab}"/></${p}bookViews>${xml.slice(at)}`;
  }
  let tag = view[0];
  const a = attributes(tag);
  const last = Math.max(edit.sheetCount - 1, 0);
  const active = edit.activeTab ?? edit.newIndex(Number(a.activeTab ?? 0)) ?? 0;
  tag =
    active === 0 ? removeAttribute(tag, 'activeTab') : setAttribute(tag, 'activeTab', String(Math.min(active, last)));
  if (a.firstSheet !== undefined) {
    const first = Math.min(edit.newIndex(Number(a.firstSheet)) ?? 0, active);
    tag = first === 0 ? removeAttribute(tag, 'firstSheet') : setAttribute(tag, 'firstSheet', String(first));
  }
  return xml.slice(0, view.index) + tag + xml.slice(view.index + view[0].length);
}

/** Full recalculation when the file is next opened: the user's formulas may read our sheets. */
function editCalcPr(xml: string, p: string): string {
  const calc = new RegExp(`<${p}calcPr\\b[^>]*>`).exec(xml);
  if (calc) {
    return (
      xml.slice(0, calc.index) + setAttribute(calc[0], 'fullCalcOnLoad', '1') + xml.slice(calc.index + calc[0].length)
    );
  }
  // CT_Workbook order: … definedNames, calcPr, oleSize, customWorkbookViews, pivotCaches …
  const before = new RegExp(
    `<${p}(?:oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\\b|</${p}workbook>`,
  ).exec(xml)!;
  return `${xml.slice(0, before.index)}<${p}calcPr fullCalcOnLoad="1"/>${xml.slice(before.index)}`;
}
