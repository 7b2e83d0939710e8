/**
 * Workbooks as other programs leave them, built in code for the package
 * tests: one full of parts we must not touch (a user chart, a pivot-like
 * part, comments, a VBA project, custom XML, custom document properties, a
 * sheet under a part name other than sheetN.xml), and an openpyxl-like one
 * (absolute relationship targets, a table without a style).
 */

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chartSpaceXml, drawingXml } from '../../src/hosts/xlsx/chartXml';
import type { PlannedChart, PlannedSheet } from '../../src/workbook/plan';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function override(types: string, part: string, type: string): string {
  return types.replace('</Types>', `<Override PartName="${part}" ContentType="${type}"/></Types>`);
}

function addRel(rels: string, id: string, type: string, target: string): string {
  return rels.replace(
    '</Relationships>',
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );
}

/** An .xlsm with a user chart, a pivot-like part, comments, a VBA part, custom XML and custom properties. */
export async function richUserWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Budget');
  ws.getCell('A1').value = 'År';
  ws.getCell('B1').value = 'Belopp';
  ws.getCell('A2').value = 2025;
  ws.getCell('B2').value = 100;
  ws.getCell('A3').value = 2026;
  ws.getCell('B3').value = 200;
  ws.getCell('B2').note = 'En kommentar';
  wb.addWorksheet('Anteckningar').getCell('A1').value = 'viktigt';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());

  let types = await zip.file('[Content_Types].xml')!.async('string');
  types = types.replace(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  );
  types = types.replace(
    '<Default Extension="xml"',
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
  );
  // The second sheet under a name of its own: any part name is valid OOXML.
  const second = await zip.file('xl/worksheets/sheet2.xml')!.async('uint8array');
  zip.remove('xl/worksheets/sheet2.xml');
  zip.file('xl/worksheets/notes.xml', second);
  types = types.replace('/xl/worksheets/sheet2.xml', '/xl/worksheets/notes.xml');
  let wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  wbRels = wbRels.replace('worksheets/sheet2.xml', 'worksheets/notes.xml');
  wbRels = addRel(
    wbRels,
    'rIdVba',
    'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
    'vbaProject.bin',
  );
  wbRels = addRel(wbRels, 'rIdPc', `${REL}/pivotCacheDefinition`, 'pivotCache/pivotCacheDefinition1.xml');
  zip.file('xl/_rels/workbook.xml.rels', wbRels);
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 0, 255]));

  // A user chart on Budget.
  const sheet: PlannedSheet = {
    name: 'Budget',
    kind: 'input',
    key: 'user',
    rows: [
      [{ value: 'År' }, { value: 'Belopp' }],
      [{ value: 2025 }, { value: 100 }],
      [{ value: 2026 }, { value: 200 }],
    ],
  };
  const chart: PlannedChart = {
    kind: 'line',
    title: 'Min egen graf',
    dataRange: 'A1:B3',
    seriesBy: 'columns',
    topLeft: 'D2',
    bottomRight: 'J12',
  };
  zip.file('xl/charts/chart1.xml', chartSpaceXml(sheet, chart));
  zip.file('xl/drawings/drawing1.xml', drawingXml([chart]));
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const sheetRelsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
  let sheetRels =
    (await zip.file(sheetRelsPath)?.async('string')) ?? `${XML}<Relationships xmlns="${PKG_REL}"></Relationships>`;
  sheetRels = addRel(sheetRels, 'rIdDr', `${REL}/drawing`, '../drawings/drawing1.xml');
  zip.file(sheetRelsPath, sheetRels);
  let sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  sheetXml = sheetXml.replace(/(<legacyDrawing|<\/worksheet>)/, '<drawing r:id="rIdDr"/>$1');
  zip.file('xl/worksheets/sheet1.xml', sheetXml);
  types = override(types, '/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  types = override(types, '/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');

  // A pivot-like pair of parts.
  zip.file(
    'xl/pivotCache/pivotCacheDefinition1.xml',
    `${XML}<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Budget"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`,
  );
  zip.file(
    'xl/pivotTables/pivotTable1.xml',
    `${XML}<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivot1" cacheId="1" dataCaption="Värden"><location ref="D15:E18" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
  );
  types = override(
    types,
    '/xl/pivotCache/pivotCacheDefinition1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  );
  types = override(
    types,
    '/xl/pivotTables/pivotTable1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  );

  // Custom XML and custom document properties (where a diarienummer lives).
  zip.file('customXml/item1.xml', '<diarium xmlns="urn:stockholm:diarium"><nr>UF 2026/123</nr></diarium>');
  zip.file(
    'docProps/custom.xml',
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>UF 2026/123</vt:lpwstr></property></Properties>`,
  );
  types = override(
    types,
    '/docProps/custom.xml',
    'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  );
  let rootRels = await zip.file('_rels/.rels')!.async('string');
  rootRels = addRel(rootRels, 'rIdCustom', `${REL}/custom-properties`, 'docProps/custom.xml');
  zip.file('_rels/.rels', rootRels);
  zip.file('[Content_Types].xml', types);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** An openpyxl-like package: absolute relationship targets, tables without a style. */
export async function openpyxlLike(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith('.rels'))) {
    const xml = await zip.file(path)!.async('string');
    const owner = path.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const dir = owner.slice(0, owner.lastIndexOf('/') + 1);
    zip.file(
      path,
      xml.replace(/Target="([^"/][^"]*)"/g, (m, target: string) => {
        if (/^[a-z]+:/i.test(target)) return m;
        const parts = dir.split('/').filter(Boolean);
        for (const piece of target.split('/')) {
          if (piece === '..') parts.pop();
          else parts.push(piece);
        }
        return `Target="/${parts.join('/')}"`;
      }),
    );
  }
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/.*\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    zip.file(path, xml.replace(/<tableStyleInfo\b[^>]*\/>/, ''));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
