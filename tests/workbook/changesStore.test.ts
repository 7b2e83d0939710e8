/**
 * A generation's summary kept in plain cells at the foot of the comparison
 * sheet: what is written reads back exactly, in either language, wherever
 * on the sheet it sits; and what does not read exactly (edited, cut short,
 * another format, absent) is said to be so, never half-used.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine';
import { stockholmSample } from '../../src/sample/stockholm';
import { generationSummary, ROW_TABLES, type GenerationSummary } from '../../src/workbook/changes';
import { readStoredSummary, SUMMARY_FORMAT, summaryRows } from '../../src/workbook/changesStore';
import type { CellValue } from '../../src/workbook/grid';
import { parseRange } from '../../src/workbook/read/a1';
import { planToGrid } from '../../src/workbook/planToGrid';
import { buildWritePlan, COMPARISON_KEY } from '../../src/workbook/write';
import { sheetByKey } from './write/helpers';

const hex8 = fc.stringMatching(/^[0-9a-f]{8}$/);
const ore = fc.integer({ min: -1e12, max: 1e12 });
// Ids and field keys as analysts type names: spaces, colons, percent signs, Swedish letters, leading '='.
const name = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom('Frånvaro och närvaro', 'a:b c', '100 %', '=SUMMA(A1)', '2027', ' L07 '),
);

const summaryArb: fc.Arbitrary<GenerationSummary> = fc.record({
  fingerprint: fc.stringMatching(/^[0-9a-f]{16}$/),
  generatedAt: fc.constant('2026-12-07T09:00:00Z'),
  alternatives: fc.uniqueArray(fc.record({ id: name, name: fc.string({ maxLength: 10 }), total: ore, npv: ore }), {
    selector: (a) => a.id,
    maxLength: 5,
  }),
  rows: fc.uniqueArray(
    fc.record({
      table: fc.constantFrom(...ROW_TABLES),
      id: name,
      digest: hex8,
      fields: fc.dictionary(name, hex8, { maxKeys: 4 }),
    }),
    { selector: (r) => `${r.table}\u0000${r.id}`, maxLength: 12 },
  ),
});

/** The cells' values as a workbook holds them after the rows are written. */
const valuesOf = (rows: ReturnType<typeof summaryRows>): CellValue[][] =>
  rows.map((row) => row.map((cell) => cell?.value ?? null));

const sample = stockholmSample();
const output = runEngine(sample);
const STAMP = { fingerprint: 'aaaabbbbccccdddd', generatedAt: '2026-12-07T09:00:00Z' };
const sampleSummary = generationSummary(sample, output, STAMP);

describe('summaryRows → readStoredSummary', () => {
  it('reads back exactly the summary written, in Swedish and in English', () => {
    fc.assert(
      fc.property(summaryArb, fc.constantFrom('sv' as const, 'en' as const), (summary, language) => {
        expect(readStoredSummary(valuesOf(summaryRows(summary, language)))).toEqual({ status: 'found', summary });
      }),
    );
  });

  it('reads fields named like Object members (constructor, __proto__, toString) as any other', () => {
    const summary = {
      fingerprint: '00000a0a0aaaa00a',
      generatedAt: '2026-12-07T09:00:00Z',
      alternatives: [],
      rows: [
        {
          table: 'solutions' as const,
          id: 'Schema',
          digest: 'aaa000a0',
          fields: Object.fromEntries([
            ['constructor', '00000000'],
            ['__proto__', '11111111'],
            ['toString', '22222222'],
          ]) as Record<string, string>,
        },
      ],
    };
    expect(readStoredSummary(valuesOf(summaryRows(summary, 'sv')))).toEqual({ status: 'found', summary });
  });

  it('finds the summary below the rest of the comparison sheet the writer plans', () => {
    const plan = buildWritePlan(sample, output, {
      language: 'sv',
      generatedAt: STAMP.generatedAt,
      version: 't',
      existingSheets: [],
      basis: { inputFingerprint: STAMP.fingerprint, overrides: [] },
    });
    const sheet = sheetByKey(plan, COMPARISON_KEY);
    const grid = planToGrid([sheet]).sheets[0]!;
    expect(readStoredSummary(grid.values)).toEqual({ status: 'found', summary: sampleSummary });
  });

  it('lies below the comparison sheet’s print area: it is not printed', () => {
    const plan = buildWritePlan(sample, output, { language: 'en', generatedAt: '', version: 't', existingSheets: [] });
    const sheet = sheetByKey(plan, COMPARISON_KEY);
    const title = sheet.rows.findIndex(
      (row) => row[0]?.value === 'Basis for the next comparison (written by Skolkostnad)',
    );
    expect(title).toBeGreaterThan(0);
    expect(parseRange(sheet.print!.area!).bottom).toBeLessThan(title);
  });

  it('writes totals as numbers and every text as text (an id like 2027 stays text)', () => {
    const rows = summaryRows({ ...STAMP, alternatives: [{ id: '2027', name: 'x', total: 5, npv: 4 }], rows: [] }, 'sv');
    const alternative = rows.find((r) => r[1]?.value === '2027')!;
    expect(alternative.map((c) => typeof c?.value)).toEqual(['string', 'string', 'string', 'number', 'number']);
  });
});

describe('readStoredSummary on what does not read', () => {
  const stored = (): CellValue[][] => valuesOf(summaryRows(sampleSummary, 'sv'));
  const rowWhere = (values: CellValue[][], first: string, third?: string) =>
    values.findIndex((r) => r[0] === first && (third === undefined || r[2] === third));

  it('says missing when the sheet has no summary (a comparison sheet of an earlier version)', () => {
    expect(readStoredSummary([['Jämförelse mellan kontraktsalternativ'], [], ['Format', 'något annat']])).toEqual({
      status: 'missing',
    });
    expect(readStoredSummary([])).toEqual({ status: 'missing' });
  });

  it('says otherFormat for a summary of another format version', () => {
    const values = stored();
    values[rowWhere(values, 'Format')]![1] = 'skolkostnad-underlag-2';
    expect(readStoredSummary(values)).toEqual({ status: 'otherFormat', format: 'skolkostnad-underlag-2' });
    expect(SUMMARY_FORMAT).toBe('skolkostnad-underlag-1');
  });

  it('says damaged when a digest, a total or a row was edited or removed (the checksum tells)', () => {
    const line = sampleSummary.rows.find((r) => r.table === 'costLines')!;
    const edits: [string, (v: CellValue[][]) => void][] = [
      ['a row digest', (v) => void (v[rowWhere(v, 'Indatarad', line.id)]![3] = '00000000')],
      ['a total', (v) => void (v[rowWhere(v, 'Alternativ')]![3] = 12)],
      ['a row removed', (v) => void v.splice(rowWhere(v, 'Indatarad', line.id), 1)],
      ['a total typed as text', (v) => void (v[rowWhere(v, 'Alternativ')]![3] = '12')],
      ['an unknown record', (v) => void v.push(['Min anteckning', 'x'])],
      ['the checksum cleared', (v) => void (v[rowWhere(v, 'Kontrollsumma')]![1] = null)],
      ['a field list garbled', (v) => void (v[rowWhere(v, 'Indatarad', line.id)]![4] = 'amount')],
    ];
    for (const [what, edit] of edits) {
      const values = stored();
      edit(values);
      expect(readStoredSummary(values).status, what).toBe('damaged');
    }
  });

  it('reads a summary whose blank rows were left as empty text (as Office.js reads empty cells)', () => {
    const values = stored().map((row) => row.map((v) => (v === null ? '' : v)));
    values.splice(4, 0, ['', '', '']);
    const read = readStoredSummary(values);
    expect(read.status).toBe('found');
  });
});
