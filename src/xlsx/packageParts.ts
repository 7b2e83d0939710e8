/**
 * Navigating and extending an OOXML package in a JSZip: which part holds a
 * sheet, relationships, content types, free part numbers. Used to add the
 * parts ExcelJS cannot write (charts) without touching any other part.
 */

import type JSZip from 'jszip';
import { attributes, escapeXml, startTags } from './xml';
import { workbookSheets } from './markers';

export const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async('string');
}

/** 'xl/worksheets/sheet3.xml' → 'xl/worksheets/_rels/sheet3.xml.rels'. */
export function relsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that owns it. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = partPath.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** Sheet name → part path, e.g. 'Jämförelse' → 'xl/worksheets/sheet4.xml'. */
export async function sheetPartPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = (await readText(zip, 'xl/workbook.xml')) ?? '';
  const rels = (await readText(zip, 'xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const tag of startTags(rels, 'Relationship')) {
    const a = attributes(tag);
    if (a.Id && a.Target) targets.set(a.Id, resolveTarget('xl/workbook.xml', a.Target));
  }
  const out = new Map<string, string>();
  for (const s of workbookSheets(workbookXml)) {
    const path = targets.get(s.rid);
    if (path) out.set(s.name, path);
  }
  return out;
}

/** The first n with no part at `${prefix}${n}.xml`. */
export function freePartNumber(zip: JSZip, prefix: string, taken: Set<number> = new Set()): number {
  for (let n = 1; ; n++) {
    if (!taken.has(n) && !zip.file(`${prefix}${n}.xml`)) return n;
  }
}

/** Adds a relationship to a part's .rels (creating it) and returns its new id. */
export async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const path = relsPath(partPath);
  let xml =
    (await readText(zip, path)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  xml = xml.replace(/<Relationships([^>]*)\/>/, '<Relationships$1></Relationships>');
  const used = new Set(startTags(xml, 'Relationship').map((t) => attributes(t).Id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  xml = xml.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/></Relationships>`,
  );
  zip.file(path, xml);
  return id;
}

export async function addContentTypeOverride(zip: JSZip, partName: string, contentType: string): Promise<void> {
  const path = '[Content_Types].xml';
  const xml = (await readText(zip, path)) ?? '';
  if (xml.includes(`PartName="${partName}"`)) return;
  zip.file(path, xml.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`));
}

/**
 * Inserts an element into a worksheet's XML at its schema position: CT_Worksheet
 * is a sequence, and `drawing` comes after the print and break elements and
 * before legacyDrawing, picture, oleObjects, controls, webPublishItems,
 * tableParts and extLst.
 */
export function insertDrawingElement(sheetXml: string, rid: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('sheet already has a drawing');
  const element = `<drawing r:id="${rid}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  const at = before ? before.index : sheetXml.lastIndexOf('</worksheet>');
  let xml = `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
  if (!/xmlns:r=/.test(xml)) {
    xml = xml.replace(
      '<worksheet ',
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
    );
  }
  return xml;
}
