/**
 * The analyst's formulas that refer to given sheets, read from an .xlsx
 * package: cell formulas on every sheet without our marker, and defined names
 * other than our markers. Used before sheets of ours are deleted, so the
 * analyst hears which of their formulas would turn into #REF!.
 */
import type { UserFormula } from '../../app/port';
import { sheetRefs } from '../../workbook/formulaRefs';
import { isMarkerName } from '../../workbook/marker';
import { definedNames, readMarkers } from './markers';
import { OpcPackage } from './opcPackage';
import { attributes, unescapeXml } from './xml';

/**
 * A cell, empty (`<c r="B2" s="1"/>`) or with content. Each match ends with its
 * own cell: a pattern that looked from every '<c' for the next formula ran on
 * over the empty cells after it (the formula then named the wrong cell) and
 * took minutes on a sheet of many empty styled cells, as LibreOffice writes.
 */
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
/** A formula of the cell's own (a shared formula's followers carry only a reference to it, and are skipped). */
const FORMULA = /<(?:\w+:)?f\b[^>]*>([^<]+)<\/(?:\w+:)?f>/;

export function formulasReferringTo(data: Uint8Array, sheets: string[]): UserFormula[] {
  const targets = new Set(sheets.map((s) => s.toLowerCase()));
  const refersToTarget = (formula: string): boolean => sheetRefs(formula).some((n) => targets.has(n.toLowerCase()));
  const pkg = OpcPackage.open(data);
  const workbookPath = pkg.workbookPath();
  const workbookXml = pkg.text(workbookPath) ?? '';
  const markers = readMarkers(workbookXml);
  const out: UserFormula[] = [];
  for (const s of pkg.sheets(workbookPath, workbookXml)) {
    if (markers.has(s.name) || !s.path) continue;
    const xml = pkg.text(s.path) ?? '';
    for (const m of xml.matchAll(CELL)) {
      const f = m[2] === undefined ? null : FORMULA.exec(m[2]);
      if (!f) continue;
      const formula = `=${unescapeXml(f[1]!)}`;
      const cell = attributes(m[1]!).r;
      if (cell !== undefined && refersToTarget(formula)) out.push({ sheet: s.name, cell, formula });
    }
  }
  const sheetNames = pkg.sheets(workbookPath, workbookXml).map((s) => s.name.toLowerCase());
  for (const n of definedNames(workbookXml)) {
    const name = n.attributes.name;
    // A name scoped to a sheet that goes (its print area, say) goes with it: nothing of the analyst's breaks.
    const scope = n.attributes.localSheetId === undefined ? undefined : sheetNames[Number(n.attributes.localSheetId)];
    if (scope !== undefined && targets.has(scope)) continue;
    const formula = `=${n.formula}`;
    if (name !== undefined && !isMarkerName(name) && refersToTarget(formula))
      out.push({ sheet: '', cell: name, formula });
  }
  return out;
}
