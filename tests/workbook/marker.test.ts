/** The marker storage both adapters share: workbook-scoped names pointing at their sheet, and the legacy form. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSheetRefs, sheetPrefix } from '../../src/workbook/formulaRefs';
import {
  checkMarkerText,
  markerFormula,
  markerName,
  MarkerTooLongError,
  parseMarkerName,
  textFormula,
  textOfFormula,
  workbookMarkers,
} from '../../src/workbook/marker';

const MARKER = 'skolkostnad:scenario%3Aalt-1|fp-1|2026-11-28T10:00:00.000Z|0.1.0';

/** Sheet names Excel accepts, the awkward characters included. */
const sheetName = fc
  .string({
    minLength: 1,
    maxLength: 31,
    unit: fc.constantFrom('a', 'Å', ' ', "'", '"', ',', '!', '(', ')', '#', '1', '.'),
  })
  .filter((s) => !s.startsWith("'") && !s.endsWith("'"));

describe('markerName', () => {
  it('is a defined name Excel accepts: a letter first, no cell reference', () => {
    expect(markerName('ab12cd', 3)).toBe('Skolkostnad_ab12cd_3');
    expect(markerName('ab12cd', 3)).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
  });
});

describe('markerFormula', () => {
  it('points at the sheet and carries the text, quotes doubled', () => {
    expect(markerFormula('Alt 1', 'a"b')).toBe(`=IF(FALSE,'Alt 1'!$A$1,"a""b")`);
    expect(markerFormula("O'Brien", MARKER)).toBe(`=IF(FALSE,'O''Brien'!$A$1,"${MARKER}")`);
  });

  it('refuses a text longer than Excel’s 255 characters in a formula, loudly', () => {
    expect(() => markerFormula('Alt 1', 'x'.repeat(255))).not.toThrow();
    expect(() => markerFormula('Alt 1', 'x'.repeat(256))).toThrow(MarkerTooLongError);
    expect(() => checkMarkerText('x'.repeat(256))).toThrow(/256 characters exceeds Excel's 255/);
  });
});

describe('parseMarkerName', () => {
  it('gives back the sheet and the text of any marker it wrote, whatever the sheet is called', () => {
    fc.assert(
      fc.property(sheetName, fc.string({ maxLength: 200 }), (sheet, text) => {
        expect(parseMarkerName('Skolkostnad_x_1', markerFormula(sheet, text))).toEqual({
          name: 'Skolkostnad_x_1',
          sheet,
          text,
        });
      }),
    );
  });

  it('follows the sheet through a rename, as Excel rewrites the reference', () => {
    fc.assert(
      fc.property(sheetName, sheetName, (before, after) => {
        const renamed = mapSheetRefs(markerFormula(before, MARKER), (s) =>
          s === before ? sheetPrefix(after) : undefined,
        );
        expect(parseMarkerName('Skolkostnad_x_1', renamed)?.sheet).toBe(after);
      }),
    );
  });

  it('reads the forms Excel and LibreOffice give back: no "=", bare names, FALSE(), spaces, any case', () => {
    expect(parseMarkerName('Skolkostnad_x_1', `IF(FALSE(),'Alt 1'!$A$1,"${MARKER}")`)?.sheet).toBe('Alt 1');
    expect(parseMarkerName('SKOLKOSTNAD_x_1', `=if( false , Jämförelse!$A$1 , "${MARKER}" )`)).toEqual({
      name: 'SKOLKOSTNAD_x_1',
      sheet: 'Jämförelse',
      text: MARKER,
    });
  });

  it('says a marker whose sheet was deleted (#REF!) has no sheet, without mistaking a sheet named REF', () => {
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(FALSE,#REF!$A$1,"${MARKER}")`)).toEqual({
      name: 'Skolkostnad_x_1',
      sheet: undefined,
      text: MARKER,
    });
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(FALSE,REF!$A$1,"${MARKER}")`)?.sheet).toBe('REF');
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(FALSE,'#REF!'!$A$1,"${MARKER}")`)?.sheet).toBe('#REF!');
  });

  it('ignores names that are not ours and formulas of another shape', () => {
    expect(parseMarkerName('Utskriftsområde', markerFormula('Alt 1', MARKER))).toBeUndefined();
    expect(parseMarkerName('Skolkostnad_x_1', `="${MARKER}"`)).toBeUndefined();
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(TRUE,'Alt 1'!$A$1,"${MARKER}")`)).toBeUndefined();
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(FALSE,'Alt 1'!$A$1,"${MARKER}")+1`)).toBeUndefined();
    expect(parseMarkerName('Skolkostnad_x_1', `=IF(FALSE,'Alt 1!$A$1,"x")`)).toBeUndefined();
  });
});

describe('workbookMarkers', () => {
  const name = (n: string, sheet: string, text = MARKER) => ({ name: n, formula: markerFormula(sheet, text) });

  it('maps markers to live sheets ignoring case, and lists the names whose sheet is gone as orphans', () => {
    const out = workbookMarkers(
      [
        name('Skolkostnad_a_1', 'ALT 1'),
        { name: 'Skolkostnad_a_2', formula: `=IF(FALSE,#REF!$A$1,"${MARKER}")` },
        { name: 'Utskrift', formula: "='Alt 1'!$A$1:$C$3" },
      ],
      ['Kostnader', 'Alt 1'],
    );
    expect([...out.bySheet.entries()].map(([k, m]) => [k, m.name])).toEqual([['alt 1', 'Skolkostnad_a_1']]);
    expect(out.orphans).toEqual(['Skolkostnad_a_2']);
  });

  it('takes the first by name when a sheet has several markers, whatever order Excel lists them in', () => {
    const names = [name('Skolkostnad_b_1', 'Alt 1', 'second'), name('skolkostnad_a_9', 'Alt 1', 'first')];
    for (const order of [names, [...names].reverse()]) {
      const out = workbookMarkers(order, ['Alt 1']);
      expect(out.bySheet.get('alt 1')?.text).toBe('first');
      expect(out.namesBySheet.get('alt 1')).toEqual(['skolkostnad_a_9', 'Skolkostnad_b_1']);
    }
  });
});

describe('textFormula / textOfFormula (legacy marker and pending mark)', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(textOfFormula(textFormula(text))).toBe(text);
      }),
    );
  });
});
