/**
 * Adds the plan's native charts to a package ExcelJS has written: per sheet
 * with charts one drawing part, one chart part per chart, their
 * relationships and content types, and the sheet's <drawing> element.
 */

import type JSZip from 'jszip';
import type { PlannedSheet } from '../workbook/plan';
import { chartSpaceXml, drawingXml } from './chartXml';
import {
  addContentTypeOverride,
  addRelationship,
  CT_CHART,
  CT_DRAWING,
  freePartNumber,
  readText,
  REL_CHART,
  REL_DRAWING,
  insertDrawingElement,
  sheetPartPaths,
} from './packageParts';

export async function addCharts(zip: JSZip, sheets: PlannedSheet[]): Promise<number> {
  const withCharts = sheets.filter((s) => (s.charts?.length ?? 0) > 0);
  if (withCharts.length === 0) return 0;
  const parts = await sheetPartPaths(zip);
  let added = 0;
  for (const sheet of withCharts) {
    const sheetPath = parts.get(sheet.name);
    if (!sheetPath) throw new Error(`sheet '${sheet.name}' not found in the written package`);
    const drawingNo = freePartNumber(zip, 'xl/drawings/drawing');
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    zip.file(drawingPath, drawingXml(sheet.charts!));
    await addContentTypeOverride(zip, `/${drawingPath}`, CT_DRAWING);
    for (const chart of sheet.charts!) {
      const chartNo = freePartNumber(zip, 'xl/charts/chart');
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartSpaceXml(sheet, chart));
      await addContentTypeOverride(zip, `/${chartPath}`, CT_CHART);
      // Relationship ids rId1..n in chart order: drawingXml relies on it (fresh rels file).
      await addRelationship(zip, drawingPath, REL_CHART, `../charts/chart${chartNo}.xml`);
      added++;
    }
    const rid = await addRelationship(zip, sheetPath, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    const sheetXml = (await readText(zip, sheetPath)) ?? '';
    zip.file(sheetPath, insertDrawingElement(sheetXml, rid));
  }
  return added;
}
