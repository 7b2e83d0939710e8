/**
 * The constant cells of sheets of ours in an .xlsx package, to hold against
 * their markers' digests (src/workbook/contentDigest.ts): every non-empty cell without a formula,
 * read with the reader's own value rules (shared, inline and rich strings,
 * booleans, numbers), so a sheet read back unchanged gives the digest its
 * marker holds (ReadConstants.matches).
 */
import { readConstants, type ConstantCell, type ReadConstants } from '../../workbook/contentDigest';
import { tryParseCell } from '../../workbook/a1';
import { OpcPackage } from './opcPackage';
import { cellValue, sharedStrings } from './read';
import { attributes } from './xml';

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b/;
const SHARED_STRINGS = /\/relationships\/sharedStrings$/;

export function sheetConstantsOf(data: Uint8Array, sheets: string[]): Map<string, ReadConstants> {
  const pkg = OpcPackage.open(data);
  const workbookPath = pkg.workbookPath();
  const workbookXml = pkg.text(workbookPath) ?? '';
  const stringsRel = pkg.relationships(workbookPath).find((r) => !r.external && SHARED_STRINGS.test(r.type));
  const strings = sharedStrings((stringsRel && pkg.text(stringsRel.path)) ?? '');
  const parts = new Map(pkg.sheets(workbookPath, workbookXml).map((s) => [s.name.toLowerCase(), s.path]));
  const out = new Map<string, ReadConstants>();
  for (const name of sheets) {
    const path = parts.get(name.toLowerCase());
    const xml = path ? (pkg.text(path) ?? '') : '';
    const cells: ConstantCell[] = [];
    for (const m of xml.matchAll(CELL)) {
      const inner = m[2] ?? '';
      if (inner === '' || FORMULA.test(inner)) continue;
      const a = attributes(m[1]!);
      if (a.r === undefined) continue;
      const value = cellValue(a.t, inner, strings);
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        // An address no cell can have (a damaged or crafted file) is left out, as a cell without one is:
        // the digest then differs from the one written, and the sheet counts as changed by hand.
        const at = tryParseCell(a.r);
        if (at) cells.push({ row: at.row, col: at.col, value });
      }
    }
    out.set(name, readConstants(cells));
  }
  return out;
}
