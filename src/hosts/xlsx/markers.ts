/**
 * Where the add-in's sheet marker lives in an .xlsx file, and how it is read
 * and written there: the storage the Office.js adapter uses, whose format is
 * defined once in src/workbook/marker.ts (pure, shared by both adapters).
 *
 * Storage: one hidden WORKBOOK-scoped defined name per generated sheet whose
 * formula points at the sheet and carries the marker text, e.g.
 *   <definedName name="Skolkostnad_xlsx_3" hidden="1">IF(FALSE,'Alt 1'!$A$1,"skolkostnad:scenario%3Aalt-1|…")</definedName>
 * Why: Excel (desktop and web) and LibreOffice keep defined names on save
 * (LibreOffice writes FALSE() and drops the hidden flag; both are read back);
 * the reference follows the sheet when the user renames it and becomes #REF!
 * when the sheet is deleted (such orphans are ignored and dropped at the next
 * write); a user's copy of the sheet does not get the name, so the copy is
 * the user's own; and Office.js reads every such name in one collection load
 * (why that matters: src/hosts/officejs/readInputs.ts).
 *
 * The previous version's form — a hidden sheet-scoped name
 * `SkolkostnadMarker` (localSheetId) holding the text constant — is still
 * read, for sheets without the new form; every write replaces all our names
 * of both forms with new-form names for the sheets that stay ours.
 *
 * ExcelJS drops defined names that are not cell ranges (and turns ours into a
 * plain range name), so markers are read from and written into
 * xl/workbook.xml directly, and any name of ours ExcelJS left is removed.
 */

import {
  isMarkerName,
  LEGACY_MARKER_NAME,
  markerFormula,
  markerName,
  textOfFormula,
  workbookMarkers,
} from '../../workbook/marker';
import { attributes, elements, escapeXml, startTags, unescapeXml } from './xml';

export { LEGACY_MARKER_NAME } from '../../workbook/marker';

/** The write id in the marker names this adapter writes (Office.js writes use six random characters). */
const XLSX_WRITE_ID = 'xlsx';

export interface WorkbookSheetEntry {
  name: string;
  /** Relationship id pointing at the sheet part. */
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

/** The content of <sheets> (with or without attributes or a prefix), or undefined when it has none. */
export const SHEETS_BLOCK = /<(?:\w+:)?sheets(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?sheets>/;

/**
 * The prefix workbook.xml binds to the relationships namespace (transitional
 * or ISO strict): 'r' as Excel writes it, but any prefix is valid XML.
 */
export function relationshipPrefix(workbookXml: string): string | undefined {
  return /xmlns:([\w.-]+)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships|http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships)["']/.exec(
    workbookXml,
  )?.[1];
}

/** The <sheets> of workbook.xml in tab order. */
export function workbookSheets(workbookXml: string): WorkbookSheetEntry[] {
  const sheetsBlock = SHEETS_BLOCK.exec(workbookXml);
  if (!sheetsBlock) return [];
  const id = `${relationshipPrefix(workbookXml) ?? 'r'}:id`;
  return startTags(sheetsBlock[1]!, 'sheet').map((tag) => {
    const a = attributes(tag);
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    return { name: a.name ?? '', rid: a[id] ?? a['r:id'] ?? '', state };
  });
}

export interface DefinedName {
  attributes: Record<string, string>;
  formula: string;
}

/** Every defined name of workbook.xml, its formula unescaped (stored without '='). */
export function definedNames(workbookXml: string): DefinedName[] {
  // Written empty (`<definedName name="x"/>`) a name has no formula.
  return [...elements(workbookXml, 'definedName')].map((e) => ({
    attributes: attributes(e.tag),
    formula: unescapeXml(e.content ?? ''),
  }));
}

/** Markers by sheet name: the workbook-scoped form, else the legacy sheet-scoped one. */
export function readMarkers(workbookXml: string): Map<string, string> {
  const sheets = workbookSheets(workbookXml);
  const names = definedNames(workbookXml);
  const current = workbookMarkers(
    names
      .filter((n) => n.attributes.localSheetId === undefined && n.attributes.name !== undefined)
      .map((n) => ({ name: n.attributes.name!, formula: n.formula })),
    sheets.map((s) => s.name),
  );
  const out = new Map<string, string>();
  for (const sheet of sheets) {
    const stored = current.bySheet.get(sheet.name.toLowerCase());
    if (stored) out.set(sheet.name, stored.text);
  }
  for (const n of names) {
    if (n.attributes.name !== LEGACY_MARKER_NAME || n.attributes.localSheetId === undefined) continue;
    const sheet = sheets[Number(n.attributes.localSheetId)];
    const text = textOfFormula(n.formula);
    if (sheet && text !== undefined && !out.has(sheet.name)) out.set(sheet.name, text);
  }
  return out;
}

/** Any name of ours, either form, either scope. */
function isOurs(name: string | undefined): boolean {
  return name !== undefined && (name === LEGACY_MARKER_NAME || isMarkerName(name));
}

/**
 * workbook.xml with exactly the given markers (by sheet name): every name of
 * ours is removed first (both forms, orphans included), then one hidden
 * workbook-scoped name is added per entry. Other defined names are kept byte
 * for byte. Throws when a marker is longer than Excel takes in a formula.
 */
export function writeMarkers(workbookXml: string, markers: Map<string, string>): string {
  const sheets = workbookSheets(workbookXml);
  let xml = '';
  let from = 0;
  for (const e of elements(workbookXml, 'definedName')) {
    if (!isOurs(attributes(e.tag).name)) continue;
    xml += workbookXml.slice(from, e.start);
    from = e.end;
  }
  xml += workbookXml.slice(from);
  const names: string[] = [];
  let n = 0;
  for (const [sheetName, marker] of markers) {
    const sheet = sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`marker for a sheet not in the workbook: '${sheetName}'`);
    n += 1;
    // Stored without the '=' Office.js wants: a defined name's text in the file is the formula body.
    const formula = markerFormula(sheet.name, marker).slice(1);
    names.push(`<definedName name="${markerName(XLSX_WRITE_ID, n)}" hidden="1">${escapeXml(formula)}</definedName>`);
  }
  xml = xml.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');
  if (names.length === 0) return xml;
  if (/<definedNames>/.test(xml)) return xml.replace('<definedNames>', `<definedNames>${names.join('')}`);
  // CT_Workbook order: … sheets, functionGroups, externalReferences, definedNames, calcPr …
  const after =
    /<\/sheets>(\s*<functionGroups[\s\S]*?(?:<\/functionGroups>|\/>))?(\s*<externalReferences>[\s\S]*?<\/externalReferences>)?/.exec(
      xml,
    );
  if (!after) throw new Error('workbook.xml has no <sheets> element');
  const at = after.index + after[0].length;
  return `${xml.slice(0, at)}<definedNames>${names.join('')}</definedNames>${xml.slice(at)}`;
}
