/**
 * An opened OOXML package as plain data: its zip entries, where the workbook
 * part is, the workbook's relationships and sheets, and the package-level
 * helpers to find, add and drop parts. Relationship targets are resolved the
 * way Excel does: relative to the owning part, or absolute from the package
 * root ('/xl/worksheets/sheet1.xml'), percent-escapes decoded; part names
 * compare without regard to case (OPC, ECMA-376 Part 2, 9.1.1).
 */

import { SHEETS_BLOCK, workbookSheets, type WorkbookSheetEntry } from './markers';
import { XlsxFileError } from './messages';
import { attributes, startTags } from './xml';
import { entryText, readPackageZip, type ZipEntries } from './zip';

export const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';
export const REL_WORKSHEET = `${REL_BASE}worksheet`;
export const REL_STYLES = `${REL_BASE}styles`;
export const REL_TABLE = `${REL_BASE}table`;
export const REL_DRAWING = `${REL_BASE}drawing`;
export const REL_CHART = `${REL_BASE}chart`;
export const REL_CALC_CHAIN = `${REL_BASE}calcChain`;

export const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const CT_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target resolves to (internal targets only). */
  path: string;
}

export interface PackageSheet extends WorkbookSheetEntry {
  /** The <sheet> start tag as the file has it. */
  tag: string;
  sheetId: number;
  /** The worksheet part (or chartsheet, dialogsheet …) the sheet's relationship points at. */
  path: string | undefined;
}

/** 'xl/worksheets/sheet3.xml' → 'xl/worksheets/_rels/sheet3.xml.rels'; '' (the package) → '_rels/.rels'. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that owns it (or absolute from the root). */
export function resolveTarget(partPath: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: take it as it is.
  }
  decoded = decoded.replace(/\\/g, '/').split('#')[0]!;
  const parts = decoded.startsWith('/') ? [] : partPath.split('/').slice(0, -1);
  for (const piece of decoded.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** The relative target from one part to another, as our own relationships write it. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function parseRelationships(xml: string | undefined, ownerPath: string): Relationship[] {
  if (!xml) return [];
  return startTags(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    const external = a.TargetMode === 'External';
    const target = a.Target ?? '';
    return {
      id: a.Id ?? '',
      type: a.Type ?? '',
      target,
      external,
      path: external ? '' : resolveTarget(ownerPath, target),
    };
  });
}

export class OpcPackage {
  readonly entries: ZipEntries;
  /** Lower-case part name → the name as the zip spells it. */
  private readonly names = new Map<string, string>();

  /** Zip entries whose names cannot be part names (readPackageZip): left out of the package. */
  readonly invalidNames: readonly string[];

  constructor(entries: ZipEntries, invalidNames: readonly string[] = []) {
    this.entries = entries;
    this.invalidNames = invalidNames;
    for (const name of entries.keys()) this.names.set(name.toLowerCase(), name);
  }

  static open(data: Uint8Array): OpcPackage {
    const { entries, invalidNames } = readPackageZip(data);
    return new OpcPackage(entries, invalidNames);
  }

  /** The entry name of a part, whatever case the reference used. */
  name(path: string): string | undefined {
    return this.names.get(path.toLowerCase());
  }

  has(path: string): boolean {
    return this.name(path) !== undefined;
  }

  text(path: string): string | undefined {
    const name = this.name(path);
    return name === undefined ? undefined : entryText(this.entries, name);
  }

  relationships(ownerPath: string): Relationship[] {
    return parseRelationships(this.text(relsPath(ownerPath)), ownerPath);
  }

  /** The workbook part: the package's officeDocument relationship (any name, .xlsx or .xlsm). */
  workbookPath(): string {
    const main = this.relationships('').find(
      (r) => (r.type === REL_OFFICE_DOCUMENT || r.type === STRICT_OFFICE_DOCUMENT) && !r.external,
    );
    const path = main && this.has(main.path) ? main.path : 'xl/workbook.xml';
    // A binary workbook (.xlsb) is a package too; a Word or PowerPoint file names its own main part.
    if (main && /\.bin$/i.test(main.path)) throw new XlsxFileError('binaryXlsb');
    if (main && /^(?:word|ppt)\//i.test(main.path)) throw new XlsxFileError('notSpreadsheet', main.path);
    if (!this.has(path)) {
      const isOther = this.has('word/document.xml') || this.has('ppt/presentation.xml') || this.has('content.xml');
      throw new XlsxFileError(isOther ? 'notSpreadsheet' : 'notXlsx', 'xl/workbook.xml');
    }
    return this.name(path)!;
  }

  sheets(workbookPath: string, workbookXml: string): PackageSheet[] {
    const rels = new Map(this.relationships(workbookPath).map((r) => [r.id, r]));
    const block = SHEETS_BLOCK.exec(workbookXml)?.[1] ?? '';
    const tags = startTags(block, 'sheet');
    return workbookSheets(workbookXml).map((s, i) => {
      const rel = rels.get(s.rid);
      const path = rel && !rel.external ? this.name(rel.path) : undefined;
      return { ...s, tag: tags[i] ?? '', sheetId: Number(attributes(tags[i] ?? '').sheetId) || 0, path };
    });
  }

  /** The first n with no part `${prefix}${n}.xml`, none of `taken` either. */
  freeName(prefix: string, taken: Set<string>): string {
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}.xml`;
      if (!this.has(path) && !taken.has(path.toLowerCase())) return path;
    }
  }
}
