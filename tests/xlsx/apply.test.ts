import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/workbook/fingerprint';
import type { PlannedSheet } from '../../src/workbook/plan';
import { applyPlanToXlsx, applyPlanToXlsxWithReport, readXlsxGrid, XlsxFileError } from '../../src/hosts/xlsx';
import { readMarkers, workbookSheets } from '../../src/hosts/xlsx/markers';
import { inputSheet, plan, scenarioSheet, summarySheet, v } from './planFixtures';

/** XML 1.0 cannot hold most control characters or lone surrogates; Excel cannot either. */
function isXmlChar(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  const loneSurrogate = ch.length === 1 && code >= 0xd800 && code <= 0xdfff;
  return (
    (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) &&
    !loneSurrogate &&
    code !== 0xfffe &&
    code !== 0xffff
  );
}

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

async function part(data: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async('string');
}

/** A user's workbook with an input sheet and a sheet the user named like one of ours. */
async function usersWorkbook(ownSheetName = 'Mina anteckningar'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Kostnader').getCell('A1').value = 'Lösning';
  wb.addWorksheet(ownSheetName).getCell('B2').value = 'viktigt';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('applyPlanToXlsx', () => {
  it('happy path: writes the planned sheets into a new workbook, marked as ours', async () => {
    const data = await applyPlanToXlsx(null, plan([scenarioSheet(), summarySheet()], 'Sammanfattning FLG'));
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Scenario 1', 'Sammanfattning FLG']);
    expect(parseMarker(grid.sheets[0]?.marker)).toEqual({
      key: 'scenario:alt-1',
      fingerprint: 'abc123',
      generatedAt: '2026-11-28T18:00:00.000Z',
      version: '0.1.0',
    });
    expect(parseMarker(grid.sheets[1]?.marker)?.key).toBe('summary');
  });

  it('writes text from the inputs as text, never as a formula', async () => {
    const data = await applyPlanToXlsx(null, plan([scenarioSheet()]));
    const ws = (await load(data)).getWorksheet('Scenario 1')!;
    for (const address of ['A4', 'A5', 'A6']) {
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect(ws.getCell('A4').value).toBe('=HYPERLINK("http://x")');
    const sheetXml = await part(data, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toContain('<f>HYPERLINK');
  });

  it('property: any text survives as the same text (line breaks as \\n, as Excel stores them)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), async (text) => {
        fc.pre(text !== '' && [...text].every(isXmlChar));
        const data = await applyPlanToXlsx(null, plan([{ name: 'S', kind: 'scenario', key: 's', rows: [[v(text)]] }]));
        const grid = await readXlsxGrid(data);
        expect(grid.sheets[0]?.values[0]?.[0]).toBe(text.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 60 },
    );
  });

  it('writes formulas without the leading = and keeps the engine value as cached result', async () => {
    const data = await applyPlanToXlsx(null, plan([scenarioSheet()]));
    const ws = (await load(data)).getWorksheet('Scenario 1')!;
    expect(ws.getCell('D4').value).toEqual({ formula: 'SUM(B4:C4)', result: 3500 });
    expect(ws.getCell('D6').value).toEqual({ formula: 'IF(B6=0,"–",1)', result: '–' });
    expect((await readXlsxGrid(data)).sheets[0]?.values[6]).toEqual(['Totalt', 1300, 3200, 4500]);
  });

  it('caches a formula result of 0 or false as such (ExcelJS would drop falsy results)', async () => {
    const sheet = {
      name: 'S',
      kind: 'scenario' as const,
      key: 's',
      rows: [[v(0, { formula: '=1-1' }), v(false, { formula: '=1=0' })]],
    };
    const sheetXml = await part(await applyPlanToXlsx(null, plan([sheet])), 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain('<c r="A1"><f>1-1</f><v>0</v></c>');
    expect(sheetXml).toContain('<c r="B1" t="b"><f>1=0</f><v>0</v></c>');
  });

  it('applies number formats, column widths, freeze panes, tab colour and print setup', async () => {
    const data = await applyPlanToXlsx(null, plan([scenarioSheet()]));
    const ws = (await load(data)).getWorksheet('Scenario 1')!;
    expect(ws.getCell('B4').numFmt).toBe('#,##0');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddFooter).toBe('Sida &P av &N');
  });

  it('creates tables over the planned ranges', async () => {
    const grid = await readXlsxGrid(await applyPlanToXlsx(null, plan([scenarioSheet()])));
    expect(grid.sheets[0]?.tables).toEqual([
      { name: 'tblScenario1', headerRow: 2, firstColumn: 0, lastRow: 5, lastColumn: 3 },
    ]);
  });

  it('gives every table column a unique text header, as Excel requires', async () => {
    const sheet = {
      name: 'T',
      kind: 'scenario' as const,
      key: 't',
      rows: [
        [v('Betalare'), v(2025), v(null), v('betalare')],
        [v('UF'), v(1), v(2), v(3)],
      ],
      tables: [{ name: 'tblT', range: 'A1:D2' }],
    };
    const grid = await readXlsxGrid(await applyPlanToXlsx(null, plan([sheet])));
    expect(grid.sheets[0]?.values[0]).toEqual(['Betalare', '2025', 'Kolumn3', 'betalare 2']);
  });

  it('adds drop-down lists, inline when short and on a hidden list sheet when long', async () => {
    const data = await applyPlanToXlsx(null, plan([inputSheet()]));
    const sheetXml = await part(data, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain('sqref="C2:C20"');
    expect(sheetXml).toContain('<formula1>&quot;ja,nej&quot;</formula1>');
    expect(sheetXml).toContain('<formula1>&apos;Listor&apos;!$A$1:$A$40</formula1>');
    const wb = await load(data);
    expect(wb.getWorksheet('Listor')!.state).toBe('hidden');
  });

  it('gives input sheets no marker, so regeneration never touches them', async () => {
    const grid = await readXlsxGrid(await applyPlanToXlsx(null, plan([inputSheet()])));
    expect(grid.sheets.find((s) => s.name === 'Parametrar')!.marker).toBeUndefined();
  });

  it('adds native charts: a drawing, chart parts, relationships and content types', async () => {
    const result = await applyPlanToXlsxWithReport(null, plan([scenarioSheet()]));
    expect(result.charts).toBe(2);
    const zip = await JSZip.loadAsync(result.data);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);
    // CT_Worksheet order: drawing before tableParts.
    expect(sheetXml.indexOf('<drawing')).toBeLessThan(sheetXml.indexOf('<tableParts'));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain("<c:f>'Scenario 1'!$B$4:$C$4</c:f>");
    expect(chart).toContain('<c:v>2500</c:v>');
    const line = await zip.file('xl/charts/chart2.xml')!.async('string');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain("<c:f>'Scenario 1'!$B$4:$B$5</c:f>");
  });

  it('writes only well-formed XML parts, also after adding markers and charts', async () => {
    const data = await applyPlanToXlsx(await usersWorkbook(), plan([inputSheet(), scenarioSheet(), summarySheet()]));
    const zip = await JSZip.loadAsync(data);
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts.length).toBeGreaterThan(10);
    for (const p of parts) {
      expect(XMLValidator.validate(await zip.file(p)!.async('string')), p).toBe(true);
    }
  });

  it('activates the planned sheet', async () => {
    const data = await applyPlanToXlsx(null, plan([scenarioSheet(), summarySheet()], 'Sammanfattning FLG'));
    expect(await part(data, 'xl/workbook.xml')).toContain('activeTab="1"');
  });
});

describe('applyPlanToXlsx on the user’s workbook', () => {
  it('keeps the user’s sheets and their content, and leaves the input bytes untouched', async () => {
    const input = await usersWorkbook();
    const before = input.slice();
    const data = await applyPlanToXlsx(input, plan([scenarioSheet()]));
    expect(input).toEqual(before);
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Kostnader', 'Mina anteckningar', 'Scenario 1']);
    expect(grid.sheets[1]?.values[1]?.[1]).toBe('viktigt');
    expect(grid.sheets[1]!.marker).toBeUndefined();
  });

  it('replaces the sheets it generated before for the same keys, found by marker; keeps ours of other keys', async () => {
    const first = await applyPlanToXlsx(
      await usersWorkbook(),
      plan([scenarioSheet('Scenario 1'), scenarioSheet('Scenario 2', 'scenario:alt-2'), summarySheet()]),
    );
    const second = plan([scenarioSheet('Scenario 1'), summarySheet()]);
    second.sheets[0]!.rows[0] = [v('Ny rubrik')];
    const result = await applyPlanToXlsxWithReport(first, second);
    expect(result.replaced.sort()).toEqual(['Sammanfattning FLG', 'Scenario 1']);
    const grid = await readXlsxGrid(result.data);
    // Each new sheet in the replaced one's tab.
    expect(grid.sheets.map((s) => s.name)).toEqual([
      'Kostnader',
      'Mina anteckningar',
      'Scenario 1',
      'Scenario 2',
      'Sammanfattning FLG',
    ]);
    expect(grid.sheets[2]?.values[0]?.[0]).toBe('Ny rubrik');
    expect(parseMarker(grid.sheets[3]?.marker)?.key).toBe('scenario:alt-2');
  });

  it('keeps the tab order on regeneration: a new sheet in the replaced one’s tab, one replacing nothing after the last of ours', async () => {
    // The input sheet written with the scenarios is the user's from then on, and sits after ours.
    const first = await applyPlanToXlsx(await usersWorkbook(), plan([scenarioSheet(), summarySheet(), inputSheet()]));
    const before = (await readXlsxGrid(first)).sheets.map((s) => s.name);
    expect(before).toEqual([
      'Kostnader',
      'Mina anteckningar',
      'Scenario 1',
      'Sammanfattning FLG',
      'Parametrar',
      'Listor',
    ]);
    const printed = (sheet: PlannedSheet): PlannedSheet => ({ ...sheet, print: { ...sheet.print!, area: 'A1:B2' } });
    const second = plan(
      [
        summarySheet(),
        scenarioSheet('Scenario 2', 'scenario:alt-2'),
        scenarioSheet(),
        scenarioSheet('Scenario 3', 'scenario:alt-3'),
      ].map(printed),
      'Scenario 1',
    );
    const data = await applyPlanToXlsx(first, second);
    const grid = await readXlsxGrid(data);
    expect(grid.sheets.map((s) => s.name)).toEqual([
      'Kostnader',
      'Mina anteckningar',
      'Scenario 1',
      'Sammanfattning FLG',
      'Scenario 2',
      'Scenario 3',
      'Parametrar',
      'Listor',
    ]);
    // Indexes ExcelJS derives from the order follow it: the active tab, the print areas' sheets.
    const wbXml = await part(data, 'xl/workbook.xml');
    expect(wbXml).toMatch(/activeTab="2"/);
    const printAreas = [
      ...wbXml.matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">&apos;([^&]+)&apos;!/g),
    ];
    expect(printAreas).toHaveLength(4);
    for (const [, index, sheet] of printAreas) expect(grid.sheets[Number(index)]!.name).toBe(sheet);
    // Charts and markers are found by name, wherever the sheet now is.
    expect(parseMarker(grid.sheets[2]?.marker)?.key).toBe('scenario:alt-1');
    expect(grid.sheets[6]!.marker).toBeUndefined();
  });

  it('writes the print setup: A4, margins, rows repeated on every page, page breaks and the print area', async () => {
    const sheet: PlannedSheet = {
      ...scenarioSheet(),
      print: {
        orientation: 'landscape',
        fitToWidth: true,
        area: 'A2:B3',
        titleRows: { first: 0, last: 0 },
        rowBreaks: [2],
        margins: { left: 0.3, right: 0.3, top: 0.55, bottom: 0.55, header: 0.2, footer: 0.2 },
        header: '&A',
      },
    };
    const data = await applyPlanToXlsx(null, plan([sheet]));
    const wbXml = await part(data, 'xl/workbook.xml');
    expect(wbXml).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Scenario 1&apos;!$A$2:$B$3</definedName>',
    );
    expect(wbXml).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Scenario 1&apos;!$1:$1</definedName>',
    );
    const sheetXml = await part(data, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain(
      '<pageMargins left="0.3" right="0.3" top="0.55" bottom="0.55" header="0.2" footer="0.2"/>',
    );
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    // Row 3 (0-based 2) starts a page: the break's id is the number of rows above it.
    expect(sheetXml).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>',
    );
  });

  it('prints a wide sheet two pages wide with its first column repeated on every page', async () => {
    const sheet: PlannedSheet = {
      ...scenarioSheet(),
      print: {
        orientation: 'landscape',
        fitToWidth: true,
        pagesWide: 2,
        titleColumns: { first: 0, last: 0 },
        titleRows: { first: 0, last: 1 },
      },
    };
    const data = await applyPlanToXlsx(null, plan([sheet]));
    // Columns first, then rows, as Excel writes a sheet's print titles.
    expect(await part(data, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Scenario 1&apos;!$A:$A,&apos;Scenario 1&apos;!$1:$2</definedName>',
    );
    expect(await part(data, 'xl/worksheets/sheet1.xml')).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="2" fitToHeight="0"/>',
    );
  });

  it('stores the marker the writer put on a sheet verbatim', async () => {
    const sheet = { ...summarySheet(), marker: 'skolkostnad:summary|fp9|2027-01-01T00:00:00Z|2.0.0' };
    const grid = await readXlsxGrid(await applyPlanToXlsx(null, plan([sheet])));
    expect(grid.sheets[0]?.marker).toBe('skolkostnad:summary|fp9|2027-01-01T00:00:00Z|2.0.0');
  });

  it('recognises our sheet by its marker after the user renamed it', async () => {
    // Renamed inside the package, as Excel would save it: the sheet and the reference in its marker name
    // (ExcelJS itself drops marker names).
    const zip = await JSZip.loadAsync(await applyPlanToXlsx(await usersWorkbook(), plan([scenarioSheet()])));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(wbXml).toContain("IF(FALSE,'Scenario 1'!$A$1,");
    zip.file(
      'xl/workbook.xml',
      wbXml.replace('name="Scenario 1"', 'name="Mitt namn"').replace("'Scenario 1'!", "'Mitt namn'!"),
    );
    const renamed = await zip.generateAsync({ type: 'uint8array' });
    const result = await applyPlanToXlsxWithReport(renamed, plan([scenarioSheet()]));
    expect(result.replaced).toEqual(['Mitt namn']);
    expect((await readXlsxGrid(result.data)).sheets.map((s) => s.name)).toEqual([
      'Kostnader',
      'Mina anteckningar',
      'Scenario 1',
    ]);
  });

  it('replaces a sheet the previous version marked its way (sheet-scoped), not duplicating it', async () => {
    const zip = await JSZip.loadAsync(await applyPlanToXlsx(await usersWorkbook(), plan([scenarioSheet()])));
    const wbXml = await zip.file('xl/workbook.xml')!.async('string');
    const marker = readMarkers(wbXml).get('Scenario 1')!;
    const index = workbookSheets(wbXml).findIndex((s) => s.name === 'Scenario 1');
    const legacy = `<definedName name="SkolkostnadMarker" localSheetId="${index}" hidden="1">&quot;${marker}&quot;</definedName>`;
    zip.file(
      'xl/workbook.xml',
      wbXml.replace(/<definedNames>[\s\S]*<\/definedNames>/, `<definedNames>${legacy}</definedNames>`),
    );
    const old = await zip.generateAsync({ type: 'uint8array' });
    expect(
      readMarkers(await (await JSZip.loadAsync(old)).file('xl/workbook.xml')!.async('string')).get('Scenario 1'),
    ).toBe(marker);
    const result = await applyPlanToXlsxWithReport(old, plan([scenarioSheet()]));
    expect(result.replaced).toEqual(['Scenario 1']);
    expect((await readXlsxGrid(result.data)).sheets.map((s) => s.name)).toEqual([
      'Kostnader',
      'Mina anteckningar',
      'Scenario 1',
    ]);
    const newXml = await (await JSZip.loadAsync(result.data)).file('xl/workbook.xml')!.async('string');
    expect(newXml).not.toContain('SkolkostnadMarker');
    expect(newXml).toContain('<definedName name="Skolkostnad_xlsx_1" hidden="1">IF(FALSE,');
  });

  it('never overwrites a user’s sheet with a clashing name, whatever the case: nothing is written', async () => {
    const input = await usersWorkbook('scenario 1');
    const error = await applyPlanToXlsx(input, plan([scenarioSheet('Scenario 1')])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxFileError);
    expect((error as XlsxFileError).code).toBe('userSheetClash');
    expect((error as XlsxFileError).bilingual.sv).toContain('scenario 1');
  });

  it('keeps the hidden list sheet the input sheets rely on when scenarios are regenerated', async () => {
    const template = await applyPlanToXlsx(null, plan([inputSheet()]));
    const withScenarios = await applyPlanToXlsx(template, plan([scenarioSheet()]));
    const again = await applyPlanToXlsx(withScenarios, plan([scenarioSheet()]));
    const names = (await readXlsxGrid(again)).sheets.map((s) => s.name);
    expect(names).toEqual(['Parametrar', 'Listor', 'Scenario 1']);
  });

  it('loses nothing of the user’s workbook: a part it does not know is carried over as it was', async () => {
    const zip = await JSZip.loadAsync(await usersWorkbook());
    zip.file('xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>');
    const input = await zip.generateAsync({ type: 'uint8array' });
    const result = await applyPlanToXlsxWithReport(input, plan([scenarioSheet()]));
    expect(await part(result.data, 'xl/pivotTables/pivotTable1.xml')).toBe('<pivotTableDefinition/>');
  });
});
