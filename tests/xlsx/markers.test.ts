import { describe, expect, it } from 'vitest';
import { LEGACY_MARKER_NAME, readMarkers, workbookSheets, writeMarkers } from '../../src/hosts/xlsx/markers';

const workbookXml = (definedNames = '') =>
  `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">` +
  `<sheets><sheet sheetId="1" name="Kostnader" r:id="rId1"/><sheet sheetId="2" name="Scen &amp; &quot;1&quot;" r:id="rId2" state="hidden"/><sheet sheetId="3" name="O'Brien" r:id="rId3"/></sheets>` +
  `${definedNames}<calcPr calcId="1"/></workbook>`;

describe('workbookSheets', () => {
  it('lists sheets in tab order with their relationship and state, names unescaped', () => {
    expect(workbookSheets(workbookXml())).toEqual([
      { name: 'Kostnader', rid: 'rId1', state: 'visible' },
      { name: 'Scen & "1"', rid: 'rId2', state: 'hidden' },
      { name: "O'Brien", rid: 'rId3', state: 'visible' },
    ]);
  });
});

describe('writeMarkers / readMarkers', () => {
  it('happy path: a hidden workbook-scoped name per sheet pointing at it, read back by sheet name', () => {
    const markers = new Map([
      ['Scen & "1"', 'skolkostnad:a|b|c|d'],
      ["O'Brien", 'skolkostnad:"q"'],
    ]);
    const xml = writeMarkers(workbookXml(), markers);
    expect(xml).toContain(
      `<definedName name="Skolkostnad_xlsx_1" hidden="1">IF(FALSE,'Scen &amp; &quot;1&quot;'!$A$1,&quot;skolkostnad:a|b|c|d&quot;)</definedName>`,
    );
    expect(xml).toContain(`IF(FALSE,'O''Brien'!$A$1,&quot;skolkostnad:&quot;&quot;q&quot;&quot;&quot;)`);
    expect(xml).not.toContain('localSheetId');
    expect(xml.indexOf('<definedNames>')).toBeGreaterThan(xml.indexOf('</sheets>'));
    expect(xml.indexOf('<definedNames>')).toBeLessThan(xml.indexOf('<calcPr'));
    expect(readMarkers(xml)).toEqual(markers);
  });

  it('keeps other defined names, such as print areas, and replaces old markers of either form', () => {
    const printArea = '<definedName name="_xlnm.Print_Area" localSheetId="0">Kostnader!$A$1:$C$9</definedName>';
    const legacy = `<definedName name="${LEGACY_MARKER_NAME}" localSheetId="0" hidden="1">"skolkostnad:old"</definedName>`;
    const current = `<definedName name="Skolkostnad_ab12cd_1" hidden="1">IF(FALSE,Kostnader!$A$1,"skolkostnad:older")</definedName>`;
    const xml = writeMarkers(
      workbookXml(`<definedNames>${printArea}${legacy}${current}</definedNames>`),
      new Map([['Kostnader', 'skolkostnad:new"q"']]),
    );
    expect(xml).toContain(printArea);
    expect(xml).not.toContain(LEGACY_MARKER_NAME);
    expect(xml).not.toContain('ab12cd');
    expect(readMarkers(xml)).toEqual(new Map([['Kostnader', 'skolkostnad:new"q"']]));
  });

  it('removes the element when no marker is left, and drops what ExcelJS makes of our names', () => {
    const old = `<definedNames><definedName name="${LEGACY_MARKER_NAME}" localSheetId="0">"x"</definedName></definedNames>`;
    expect(writeMarkers(workbookXml(old), new Map())).not.toContain('definedNames');
    // ExcelJS keeps only the reference of a name it cannot parse, as a plain range name.
    const exceljs = `<definedNames><definedName name="Skolkostnad_xlsx_1">&apos;Kostnader&apos;!$A$1</definedName></definedNames>`;
    expect(writeMarkers(workbookXml(exceljs), new Map())).not.toContain('Skolkostnad');
  });

  it('reads the legacy sheet-scoped form, with a leading = or as LibreOffice writes it', () => {
    const excel = `<definedNames><definedName name="${LEGACY_MARKER_NAME}" hidden="1" localSheetId="0">="skolkostnad:x"</definedName></definedNames>`;
    expect(readMarkers(workbookXml(excel)).get('Kostnader')).toBe('skolkostnad:x');
    const lo = `<definedNames><definedName function="false" hidden="false" localSheetId="0" name="${LEGACY_MARKER_NAME}" vbProcedure="false">&quot;skolkostnad:y&quot;</definedName></definedNames>`;
    expect(readMarkers(workbookXml(lo)).get('Kostnader')).toBe('skolkostnad:y');
    const notText = `<definedNames><definedName name="${LEGACY_MARKER_NAME}" localSheetId="0">Kostnader!$A$1</definedName></definedNames>`;
    expect(readMarkers(workbookXml(notText)).size).toBe(0);
  });

  it('reads the workbook-scoped form as LibreOffice saves it (FALSE(), not hidden), and prefers it to a legacy one', () => {
    const lo =
      `<definedNames><definedName function="false" hidden="false" name="Skolkostnad_xlsx_1" vbProcedure="false">` +
      `IF(FALSE(),&apos;O&apos;&apos;Brien&apos;!$A$1,&quot;skolkostnad:new&quot;)</definedName>` +
      `<definedName name="${LEGACY_MARKER_NAME}" localSheetId="2">"skolkostnad:legacy"</definedName></definedNames>`;
    expect(readMarkers(workbookXml(lo))).toEqual(new Map([["O'Brien", 'skolkostnad:new']]));
  });

  it('ignores a marker whose sheet was deleted (#REF!) and one pointing at no sheet of the workbook', () => {
    const orphans =
      `<definedNames><definedName name="Skolkostnad_ab12cd_1">IF(FALSE,#REF!$A$1,"skolkostnad:gone")</definedName>` +
      `<definedName name="Skolkostnad_ab12cd_2">IF(FALSE,Saknas!$A$1,"skolkostnad:gone")</definedName></definedNames>`;
    expect(readMarkers(workbookXml(orphans)).size).toBe(0);
    expect(writeMarkers(workbookXml(orphans), new Map())).not.toContain('Skolkostnad');
  });

  it('refuses a marker for a sheet that is not in the workbook, and one too long for Excel', () => {
    expect(() => writeMarkers(workbookXml(), new Map([['Saknas', 'm']]))).toThrow(/Saknas/);
    expect(() => writeMarkers(workbookXml(), new Map([['Kostnader', 'x'.repeat(256)]]))).toThrow(/255/);
  });
});
