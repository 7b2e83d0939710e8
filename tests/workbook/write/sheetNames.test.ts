import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSheetName, safeSheetName, validSheetName } from '../../../src/workbook/sheetNames';
import { assignSheetNames } from '../../../src/workbook/write';
import { formatMarker } from '../../../src/workbook/fingerprint';

const marker = (key: string): string =>
  formatMarker({ key, fingerprint: '0123456789abcdef', generatedAt: '2026-01-01T00:00:00Z', version: '0.1.0' });

describe('validSheetName', () => {
  it('keeps a valid name as it is', () => {
    expect(validSheetName('Scenario Alt 1')).toBe('Scenario Alt 1');
  });

  it('replaces the characters Excel refuses', () => {
    expect(validSheetName('A/B: [x]*?\\')).toBe('A B x');
  });

  it('cuts to 31 characters', () => {
    expect(validSheetName('x'.repeat(40))).toBe('x'.repeat(31));
  });

  it('drops apostrophes at either end', () => {
    expect(validSheetName("'quoted'")).toBe('quoted');
  });

  it('falls back when nothing is left', () => {
    expect(validSheetName('[]', 'Blad')).toBe('Blad');
  });

  it('never splits an emoji when cutting', () => {
    const name = validSheetName(`${'x'.repeat(30)}😀`);
    expect(name).toBe('x'.repeat(30));
  });
});

describe('safeSheetName', () => {
  it('adds " (2)" when the name is taken, ignoring case', () => {
    expect(safeSheetName('Jämförelse', ['JÄMFÖRELSE'])).toBe('Jämförelse (2)');
  });

  it('counts up past taken suffixes', () => {
    expect(safeSheetName('A', ['a', 'A (2)'])).toBe('A (3)');
  });

  it('shortens a long name so the suffix fits in 31', () => {
    const long = 'y'.repeat(31);
    const name = safeSheetName(long, [long]);
    expect(name).toBe(`${'y'.repeat(27)} (2)`);
    expect(name.length).toBe(31);
  });

  it('avoids the name Excel reserves', () => {
    expect(safeSheetName('History', [])).toBe('History (2)');
  });

  it('always gives a valid name that clashes with no taken name (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.string({ maxLength: 35 }), { maxLength: 8 }),
        (wanted, taken) => {
          const name = safeSheetName(wanted, taken);
          expect(isValidSheetName(name)).toBe(true);
          expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives names unique among themselves when called in sequence (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 35 }), { maxLength: 12 }), (wanted) => {
        const taken: string[] = [];
        for (const w of wanted) taken.push(safeSheetName(w, taken));
        expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(taken.length);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the wanted name when it is valid and free (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), (wanted) => {
        fc.pre(validSheetName(wanted) === wanted && isValidSheetName(wanted));
        expect(safeSheetName(wanted, [])).toBe(wanted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('assignSheetNames', () => {
  it('never takes the name of a user\'s own sheet: picks "Name (2)" and reports it', () => {
    const [decision] = assignSheetNames([{ key: 'comparison', wanted: 'Jämförelse' }], [{ name: 'jämförelse' }]);
    expect(decision).toEqual({ key: 'comparison', name: 'Jämförelse (2)', renamedFrom: 'Jämförelse' });
  });

  it('replaces our own sheet with the same key and keeps its name', () => {
    const [decision] = assignSheetNames(
      [{ key: 'comparison', wanted: 'Jämförelse' }],
      [{ name: 'Jämförelse', marker: marker('comparison') }],
    );
    expect(decision).toEqual({ key: 'comparison', name: 'Jämförelse', replaces: 'Jämförelse' });
  });

  it('does not take the name of our own sheet made for another key', () => {
    const [decision] = assignSheetNames(
      [{ key: 'scenario:b', wanted: 'Scenario X' }],
      [{ name: 'Scenario X', marker: marker('scenario:a') }],
    );
    expect(decision?.name).toBe('Scenario X (2)');
  });

  it('recognises our sheet by marker, not by name: a renamed sheet of ours is still replaced', () => {
    const [decision] = assignSheetNames(
      [{ key: 'summary', wanted: 'Sammanfattning FLG' }],
      [{ name: 'Till FLG', marker: marker('summary') }],
    );
    expect(decision).toEqual({ key: 'summary', name: 'Sammanfattning FLG', replaces: 'Till FLG' });
  });

  it('keeps two planned sheets with the same wanted name apart', () => {
    const names = assignSheetNames(
      [
        { key: 'scenario:a', wanted: 'Scenario A/B' },
        { key: 'scenario:b', wanted: 'Scenario A:B' },
      ],
      [],
    ).map((d) => d.name);
    expect(names).toEqual(['Scenario A B', 'Scenario A B (2)']);
  });
});
