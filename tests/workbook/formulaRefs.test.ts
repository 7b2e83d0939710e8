/** Sheet references in formulas: what the adapter re-targets and the emulation rewrites on rename and delete. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapSheetRefs, sheetPrefix, sheetRefs } from '../../src/workbook/formulaRefs';

const rename =
  (from: string, to: string) =>
  (name: string): string | undefined =>
    name === from ? sheetPrefix(to) : undefined;

/** Tokens that may stand anywhere in a formula: names, cell references, operators, '!' alone, string literals. */
const COMMON_TOKENS = [
  'Blad1',
  'Kostnader',
  '!',
  'A1',
  '$D$7',
  ':',
  '+',
  '(',
  ')',
  ',',
  '"x!y"',
  '""',
  'Å.ö_2',
  ' ',
  '=',
];

const textOf = (tokens: string[]) =>
  fc.array(fc.constantFrom(...tokens), { maxLength: 25 }).map((parts) => parts.join(''));

/** Formula-like text: names, quoted names, string literals, operators, '!' in every role, stray quotes too. */
const formulaText = textOf([...COMMON_TOKENS, 'Alt 1', "'Alt 1'", "'O''Brien'", '"', "'"]);

/**
 * Formula text as Excel would accept it around sheet names: a quoted name is
 * always a prefix, so it is always followed by '!'. ('Alt 1'Kostnader! is not
 * a formula; in it, renaming Kostnader to a quoted name makes the two quoted
 * names run together, as they would in any text editor.)
 */
const wellFormedFormula = textOf([...COMMON_TOKENS, "'Alt 1'!", "'O''Brien'!", 'Kostnader!', '"\'Kostnader\'!"']);

describe('mapSheetRefs', () => {
  it('replaces bare and quoted sheet prefixes, the "!" included', () => {
    const f = "=Kostnader!D7+'Alt 1'!C12*SUM(Kostnader!A1:A3)";
    expect(mapSheetRefs(f, (n) => (n === 'Kostnader' ? "'Kostnader 2'!" : undefined))).toBe(
      "='Kostnader 2'!D7+'Alt 1'!C12*SUM('Kostnader 2'!A1:A3)",
    );
    expect(mapSheetRefs(f, rename('Alt 1', '~tmp-abc123-1'))).toBe(
      "=Kostnader!D7+'~tmp-abc123-1'!C12*SUM(Kostnader!A1:A3)",
    );
  });

  it('turns references to a deleted sheet into #REF!', () => {
    expect(mapSheetRefs("='Alt 1'!C12+Alt!C1", (n) => (n === 'Alt 1' ? '#REF!' : undefined))).toBe('=#REF!C12+Alt!C1');
  });

  it('reads doubled apostrophes in a quoted name as one', () => {
    expect(mapSheetRefs("='O''Brien'!A1", rename("O'Brien", 'Ny'))).toBe("='Ny'!A1");
  });

  it('never touches text inside string literals', () => {
    const f = '=IF(Blad1!A1="Blad1!A1","Blad1!""x""",Blad1!B2)';
    expect(mapSheetRefs(f, rename('Blad1', 'B'))).toBe('=IF(\'B\'!A1="Blad1!A1","Blad1!""x""",\'B\'!B2)');
  });

  it('takes only the name right before "!": a name inside a longer identifier is not a reference', () => {
    expect(mapSheetRefs('=Blad10!A1+XBlad1!A1+Blad1.2!A1', rename('Blad1', 'B'))).toBe(
      '=Blad10!A1+XBlad1!A1+Blad1.2!A1',
    );
  });

  it('returns the formula unchanged when nothing is replaced', () => {
    fc.assert(
      fc.property(formulaText, (f) => {
        expect(mapSheetRefs(f, () => undefined)).toBe(f);
      }),
    );
  });

  it('replaces exactly the references sheetRefs finds, in order', () => {
    fc.assert(
      fc.property(formulaText, (f) => {
        const seen: string[] = [];
        const out = mapSheetRefs(f, (name) => {
          seen.push(name);
          return `<${seen.length}>`;
        });
        expect(seen).toEqual(sheetRefs(f));
        expect(out.split(/<\d+>/).length - 1).toBe(seen.length);
      }),
    );
  });

  it('renaming to a quoted prefix and back keeps every reference pointing at the same sheet', () => {
    fc.assert(
      fc.property(wellFormedFormula, (f) => {
        const there = mapSheetRefs(f, rename('Kostnader', "Ny's blad"));
        const back = mapSheetRefs(there, rename("Ny's blad", 'Kostnader'));
        expect(sheetRefs(back)).toEqual(sheetRefs(f));
      }),
    );
  });
});

describe('sheetRefs', () => {
  it('lists the sheets a formula refers to, bare or quoted', () => {
    expect(sheetRefs("=Kostnader!D7+'Alt 1'!C12-'O''Brien'!A1+A1")).toEqual(['Kostnader', 'Alt 1', "O'Brien"]);
  });

  it('finds none in a formula without "!" or with "!" only inside text', () => {
    expect(sheetRefs('=SUM(A1:B2)*2')).toEqual([]);
    expect(sheetRefs('="Hej!"&A1')).toEqual([]);
  });
});

describe('sheetPrefix', () => {
  it('quotes any name and doubles its apostrophes', () => {
    expect(sheetPrefix('Alt 1')).toBe("'Alt 1'!");
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
    expect(sheetRefs(`=${sheetPrefix("O'Brien")}A1`)).toEqual(["O'Brien"]);
  });
});
