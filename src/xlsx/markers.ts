/**
 * Where the add-in's sheet marker lives in an .xlsx file, and how it is read
 * and written there.
 *
 * Storage: a hidden, sheet-scoped defined name `SkolkostnadMarker` whose
 * formula is a text constant, e.g.
 *   <definedName name="SkolkostnadMarker" localSheetId="3" hidden="1">"skolkostnad:scenario:alt-1|…"</definedName>
 * Why a defined name: it is part of the workbook that Excel (desktop and web),
 * LibreOffice and ExcelJS-free tools keep on save; it is scoped to the sheet
 * (localSheetId), so it follows the sheet when the user renames or moves it;
 * hidden, so the user does not trip over it in the Name Manager; and Office.js
 * can read it with `worksheet.names` (ExcelApi 1.4) within the 1.7 minimum
 * the manifest declares — no need for worksheet custom properties (1.12).
 * A user who copies one of our sheets gets a copy of the name too; the copy
 * then counts as ours, which is the honest reading ("made by the add-in").
 *
 * ExcelJS drops defined names that are not cell ranges, so markers are read
 * from and written into xl/workbook.xml directly.
 */

import { attributes, escapeXml, startTags, unescapeXml } from './xml';

export const MARKER_NAME = 'SkolkostnadMarker';

export interface WorkbookSheetEntry {
  name: string;
  /** Relationship id pointing at the sheet part. */
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** The <sheets> of workbook.xml in tab order. */
export function workbookSheets(workbookXml: string): WorkbookSheetEntry[] {
  const sheetsBlock = /<(?:\w+:)?sheets>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(workbookXml);
  if (!sheetsBlock) return [];
  return startTags(sheetsBlock[1], 'sheet').map((tag) => {
    const a = attributes(tag);
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    return { name: a.name ?? '', rid: a['r:id'] ?? '', state };
  });
}

/** A text constant as a defined name's formula: "…" with quotes doubled. */
function formulaOfText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function textOfFormula(formula: string): string | undefined {
  const f = formula.trim().replace(/^=/, '');
  if (f.length < 2 || !f.startsWith('"') || !f.endsWith('"')) return undefined;
  return f.slice(1, -1).replace(/""/g, '"');
}

/** Markers by sheet name, read from workbook.xml's defined names. */
export function readMarkers(workbookXml: string): Map<string, string> {
  const sheets = workbookSheets(workbookXml);
  const out = new Map<string, string>();
  const re = /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(workbookXml)) !== null) {
    const a = attributes(m[1]);
    if (a.name !== MARKER_NAME || a.localSheetId === undefined) continue;
    const sheet = sheets[Number(a.localSheetId)];
    const text = textOfFormula(unescapeXml(m[2]));
    if (sheet && text !== undefined) out.set(sheet.name, text);
  }
  return out;
}

/**
 * workbook.xml with exactly the given markers (by sheet name): any existing
 * marker names are removed first, then one hidden sheet-scoped name is added
 * per entry. Other defined names are kept byte for byte.
 */
export function writeMarkers(workbookXml: string, markers: Map<string, string>): string {
  const sheets = workbookSheets(workbookXml);
  let xml = workbookXml.replace(
    /<(?:\w+:)?definedName\b[^>]*\bname="SkolkostnadMarker"[^>]*>[\s\S]*?<\/(?:\w+:)?definedName>/g,
    '',
  );
  const names: string[] = [];
  for (const [sheetName, marker] of markers) {
    const index = sheets.findIndex((s) => s.name === sheetName);
    if (index < 0) throw new Error(`marker for a sheet not in the workbook: '${sheetName}'`);
    names.push(
      `<definedName name="${MARKER_NAME}" localSheetId="${index}" hidden="1">${escapeXml(formulaOfText(marker))}</definedName>`,
    );
  }
  xml = xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');
  if (names.length === 0) return xml;
  if (/<definedNames>/.test(xml)) return xml.replace('<definedNames>', `<definedNames>${names.join('')}`);
  // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
  const after = /<\/sheets>(\s*<functionGroups[\s\S]*?(?:<\/functionGroups>|\/>))?(\s*<externalReferences>[\s\S]*?<\/externalReferences>)?/.exec(xml);
  if (!after) throw new Error('workbook.xml has no <sheets> element');
  const at = after.index + after[0].length;
  return `${xml.slice(0, at)}<definedNames>${names.join('')}</definedNames>${xml.slice(at)}`;
}
