import { describe, expect, it } from 'vitest';
import { MARKER_NAME, readMarkers, workbookSheets, writeMarkers } from '../../src/xlsx/markers';

const workbookXml = (definedNames = '') =>
  `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">` +
  `<sheets><sheet sheetId="1" name="Kostnader" r:id="rId1"/><sheet sheetId="2" name="Scen &amp; &quot;1&quot;" r:id="rId2" state="hidden"/></sheets>` +
  `${definedNames}<calcPr calcId="1"/></workbook>`;

describe('workbookSheets', () => {
  it('lists sheets in tab order with their relationship and state, names unescaped', () => {
    expect(workbookSheets(workbookXml())).toEqual([
      { name: 'Kostnader', rid: 'rId1', state: 'visible' },
      { name: 'Scen & "1"', rid: 'rId2', state: 'hidden' },
    ]);
  });
});

describe('writeMarkers / readMarkers', () => {
  it('happy path: a marker per sheet, hidden and sheet-scoped, read back by sheet name', () => {
    const xml = writeMarkers(workbookXml(), new Map([['Scen & "1"', 'skolkostnad:a|b|c|d']]));
    expect(xml).toContain(`<definedName name="${MARKER_NAME}" localSheetId="1" hidden="1">`);
    expect(xml.indexOf('<definedNames>')).toBeGreaterThan(xml.indexOf('</sheets>'));
    expect(xml.indexOf('<definedNames>')).toBeLessThan(xml.indexOf('<calcPr'));
    expect(readMarkers(xml)).toEqual(new Map([['Scen & "1"', 'skolkostnad:a|b|c|d']]));
  });

  it('keeps other defined names, such as print areas, and replaces old markers', () => {
    const printArea = '<definedName name="_xlnm.Print_Area" localSheetId="0">Kostnader!$A$1:$C$9</definedName>';
    const old = `<definedName name="${MARKER_NAME}" localSheetId="0" hidden="1">"skolkostnad:old"</definedName>`;
    const xml = writeMarkers(workbookXml(`<definedNames>${printArea}${old}</definedNames>`), new Map([['Kostnader', 'skolkostnad:new"q"']]));
    expect(xml).toContain(printArea);
    expect(readMarkers(xml)).toEqual(new Map([['Kostnader', 'skolkostnad:new"q"']]));
  });

  it('removes the element when no marker is left, and ignores names that are not text constants', () => {
    const old = `<definedNames><definedName name="${MARKER_NAME}" localSheetId="0">"x"</definedName></definedNames>`;
    expect(writeMarkers(workbookXml(old), new Map())).not.toContain('definedNames');
    const notText = `<definedNames><definedName name="${MARKER_NAME}" localSheetId="0">Kostnader!$A$1</definedName></definedNames>`;
    expect(readMarkers(workbookXml(notText)).size).toBe(0);
  });

  it('reads a marker written by Excel with a leading = or by LibreOffice with extra attributes', () => {
    const excel = `<definedNames><definedName name="${MARKER_NAME}" hidden="1" localSheetId="0">="skolkostnad:x"</definedName></definedNames>`;
    expect(readMarkers(workbookXml(excel)).get('Kostnader')).toBe('skolkostnad:x');
    const lo = `<definedNames><definedName function="false" hidden="false" localSheetId="0" name="${MARKER_NAME}" vbProcedure="false">&quot;skolkostnad:y&quot;</definedName></definedNames>`;
    expect(readMarkers(workbookXml(lo)).get('Kostnader')).toBe('skolkostnad:y');
  });

  it('refuses a marker for a sheet that is not in the workbook', () => {
    expect(() => writeMarkers(workbookXml(), new Map([['Saknas', 'm']]))).toThrow(/Saknas/);
  });
});
