/**
 * The reader takes a workbook as other programs leave it (issue 13, item 3):
 * saved by LibreOffice (for real, through soffice), by Excel, by openpyxl, by
 * the .NET Open XML SDK, in ISO strict OOXML, and as .xlsm. The Excel-,
 * openpyxl- and SDK-shaped packages are built here part by part, each with
 * the quirks that producer writes (named beside each), since those programs
 * are not on this machine; ExcelJS-written files are the rest of read.test.ts.
 */

import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine';
import { stockholmSample } from '../../src/sample/stockholm';
import { fingerprint } from '../../src/workbook/fingerprint';
import { inputSheetsPlan } from '../../src/workbook/inputs';
import { readModel } from '../../src/workbook/read';
import { applyPlanToXlsx, readXlsxGrid } from '../../src/hosts/xlsx';
import { findSoffice, roundTripThroughLibreOffice } from '../libreoffice/soffice';
import { openpyxlLike, richUserWorkbook } from './userPackages';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function zip(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

function rels(...items: [id: string, type: string, target: string][]): string {
  return `${XML}<Relationships xmlns="${PKG_REL}">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

function contentTypes(overrides: [part: string, type: string][]): string {
  return (
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

async function sampleInputs(): Promise<Uint8Array> {
  const sheets = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
  return applyPlanToXlsx(null, {
    sheets,
    stamp: { generatedAt: '', version: '', inputFingerprint: '', language: 'sv' },
  });
}

/** The model a workbook's input sheets give, which must have no errors. */
async function modelOf(data: Uint8Array) {
  const read = readModel(await readXlsxGrid(data), { language: 'sv' });
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return read.model!;
}

describe('readXlsxGrid: files saved by LibreOffice', () => {
  let original: Uint8Array;
  let saved: Uint8Array;
  beforeAll(async () => {
    const soffice = findSoffice();
    if (!soffice) throw new Error('LibreOffice is needed: apt-get install libreoffice-calc-nogui');
    original = await sampleInputs();
    saved = roundTripThroughLibreOffice(soffice, original, 'indata.xlsx').data;
  }, 180_000);

  it('happy path: the sample’s input sheets, saved by LibreOffice Calc, read as the same model', async () => {
    // LibreOffice rewrites every part (its own styles, shared strings, tables, no ExcelJS traces).
    expect(saved).not.toEqual(original);
    const before = await modelOf(original);
    const after = await modelOf(saved);
    expect(fingerprint(after)).toBe(fingerprint(before));
    const totals = (m: typeof before) => runEngine(m).scenarios.map((s) => s.npv);
    expect(totals(after)).toEqual(totals(before));
  });
});

describe('readXlsxGrid: Excel-shaped packages', () => {
  /** What Excel writes: mc:Ignorable extensions, shared formulas, phonetic runs, _xHHHH_ escapes, built-in date format 14, styled table. */
  function excelLike(): Uint8Array {
    const sheet =
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
      'mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
      'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}">' +
      '<dimension ref="A1:C4"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>' +
      '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>' +
      '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>45505</v></c>' +
      '<c r="C2"><f t="shared" ref="C2:C3" si="0">LEN(A2)*100</f><v>600</v></c></row>' +
      '<row r="3" spans="1:3" hidden="1" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>4</v></c><c r="B3" t="b"><v>1</v></c>' +
      '<c r="C3"><f t="shared" si="0"/><v>1200</v></c></row>' +
      '<row r="4" spans="1:3" x14ac:dyDescent="0.25"><c r="A4" t="e"><v>#N/A</v></c><c r="C4" t="str"><f>"ok"</f><v>ok</v></c></row>' +
      '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
    const strings =
      `${XML}<sst xmlns="${MAIN}" count="5" uniqueCount="5">` +
      '<si><t>Lösning</t></si><si><t>Från</t></si><si><t>Belopp</t></si>' +
      '<si><r><t>Sch</t></r><r><rPr><b/></rPr><t>ema</t></r><rPh sb="0" eb="3"><t>スケ</t></rPh></si>' +
      '<si><t xml:space="preserve">Rad_x000D_bryt </t></si></sst>';
    const styles =
      `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts>` +
      '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
    return zip({
      '[Content_Types].xml': contentTypes([
        ['/xl/workbook.xml', `${CT}.sheet.main+xml`],
        ['/xl/worksheets/sheet1.xml', `${CT}.worksheet+xml`],
        ['/xl/sharedStrings.xml', `${CT}.sharedStrings+xml`],
        ['/xl/styles.xml', `${CT}.styles+xml`],
        ['/xl/tables/table1.xml', `${CT}.table+xml`],
      ]),
      '_rels/.rels': rels(['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']),
      'xl/workbook.xml':
        `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr defaultThemeVersion="166925"/>` +
        '<sheets><sheet name="Kostnader" sheetId="1" r:id="rId1"/></sheets>' +
        '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Kostnader!$A$1:$C$3</definedName></definedNames>' +
        '<calcPr calcId="191029"/></workbook>',
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', `${REL}/worksheet`, 'worksheets/sheet1.xml'],
        ['rId2', `${REL}/sharedStrings`, 'sharedStrings.xml'],
        ['rId3', `${REL}/styles`, 'styles.xml'],
      ),
      'xl/worksheets/sheet1.xml': sheet,
      'xl/worksheets/_rels/sheet1.xml.rels': rels(['rId1', `${REL}/table`, '../tables/table1.xml']),
      'xl/tables/table1.xml':
        `${XML}<table xmlns="${MAIN}" id="1" name="tblKostnader" displayName="tblKostnader" ref="A1:C3"><autoFilter ref="A1:C3"/>` +
        '<tableColumns count="3"><tableColumn id="1" name="Lösning"/><tableColumn id="2" name="Från"/><tableColumn id="3" name="Belopp"/></tableColumns>' +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
      'xl/sharedStrings.xml': strings,
      'xl/styles.xml': styles,
    });
  }

  it('happy path: values, cached results of shared formulas, dates with their format, hidden rows, the table', async () => {
    const sheet = (await readXlsxGrid(excelLike())).sheets[0]!;
    expect(sheet.name).toBe('Kostnader');
    expect(sheet.values).toEqual([
      ['Lösning', 'Från', 'Belopp'],
      ['Schema', 45505, 600],
      ['Rad\rbryt ', true, 1200],
      [{ error: '#N/A' }, null, 'ok'],
    ]);
    expect(sheet.numberFormats?.[1]?.[1]).toBe('mm-dd-yy');
    expect(sheet.hiddenRows).toEqual([2]);
    expect(sheet.tables).toEqual([{ name: 'tblKostnader', headerRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 2 }]);
  });
});

describe('readXlsxGrid: openpyxl-shaped packages', () => {
  it('reads absolute relationship targets and a table without a style, as the original', async () => {
    const original = await sampleInputs();
    const shaped = await openpyxlLike(original);
    expect(await readXlsxGrid(shaped)).toEqual(await readXlsxGrid(original));
  });
});

describe('readXlsxGrid: other producers', () => {
  it('reads prefixed elements (.NET Open XML SDK: x:worksheet) and a workbook part under another name', async () => {
    const ns = `xmlns:x="${MAIN}" xmlns:r="${REL}"`;
    const data = zip({
      '[Content_Types].xml': contentTypes([
        ['/xl/huvud.xml', `${CT}.sheet.main+xml`],
        ['/xl/blad/a.xml', `${CT}.worksheet+xml`],
      ]),
      '_rels/.rels': rels(['R1', `${REL}/officeDocument`, '/xl/huvud.xml']),
      'xl/huvud.xml': `${XML}<x:workbook ${ns}><x:sheets><x:sheet name="Resurser" sheetId="7" r:id="R9"/></x:sheets></x:workbook>`,
      'xl/_rels/huvud.xml.rels': rels(['R9', `${REL}/worksheet`, 'blad/a.xml']),
      'xl/blad/a.xml':
        `${XML}<x:worksheet ${ns}><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>Förskola</x:t></x:is></x:c>` +
        '<x:c r="C2"><x:v>30000</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    });
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Resurser']);
    expect(grid.sheets[0]!.values).toEqual([
      [null, null, null],
      [null, 'Förskola', 30000],
    ]);
  });

  it('reads ISO strict OOXML relationship types (purl.oclc.org) and cells without an r attribute', async () => {
    const strict = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const data = zip({
      '[Content_Types].xml': contentTypes([['/xl/workbook.xml', `${CT}.sheet.main+xml`]]),
      '_rels/.rels': rels(['rId1', `${strict}/officeDocument`, 'xl/workbook.xml']),
      'xl/workbook.xml': `${XML}<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${strict}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', `${strict}/worksheet`, 'worksheets/sheet1.xml'],
        ['rId2', `${strict}/sharedStrings`, 'sharedStrings.xml'],
      ),
      'xl/sharedStrings.xml': `${XML}<sst xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><si><t>Skola24</t></si></sst>`,
      'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row><c t="s"><v>0</v></c><c><v>7</v></c></row><row><c><v>8</v></c></row></sheetData></worksheet>`,
    });
    expect((await readXlsxGrid(data)).sheets[0]!.values).toEqual([
      ['Skola24', 7],
      [8, null],
    ]);
  });

  it('reads an .xlsm with macros, a user chart, a pivot part and a sheet under a part name of its own', async () => {
    const grid = await readXlsxGrid(await richUserWorkbook());
    expect(grid.sheets.map((s) => s.name)).toEqual(['Budget', 'Anteckningar']);
    expect(grid.sheets[0]!.values[1]).toEqual([2025, 100]);
    expect(grid.sheets[1]!.values).toEqual([['viktigt']]);
  });
});
