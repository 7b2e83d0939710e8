/** The write's request pieces: formula and style rectangles, and the request size estimate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellBlocks, type FormulaRun } from '../../src/hosts/officejs/write/cellBlocks';
import { gridBytes, jsonBytes, utf8Bytes } from '../../src/hosts/officejs/write/requestSize';
import type { PlannedCell, PlannedSheet } from '../../src/workbook/plan';

const f = (formula: string): PlannedCell => ({ value: 0, formula, style: 'total' });
const n = (value: number): PlannedCell => ({ value });

function sheetOf(rows: (PlannedCell | null)[][]): PlannedSheet {
  return { name: 'S', kind: 'scenario', key: 's', rows };
}

/** Every formula a block writes, by sheet cell "row,col". */
function writtenFormulas(runs: FormulaRun[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of runs) {
    const rows = run.rows ?? 1;
    const width = run.formulas.length / rows;
    expect(Number.isInteger(width)).toBe(true);
    run.formulas.forEach((formula, i) => {
      const key = `${run.row + Math.floor(i / width)},${run.col + (i % width)}`;
      expect(out.has(key), `cell ${key} written twice`).toBe(false);
      out.set(key, formula);
    });
  }
  return out;
}

const cell = fc.oneof(fc.constant(null), fc.nat(9).map(n), fc.constantFrom('=A1', '=B$2*2', "='Alt 1'!C3").map(f));

describe('cellBlocks', () => {
  it('writes formulas over the same columns in consecutive rows as one rectangle', () => {
    const [block] = cellBlocks(
      sheetOf([
        [n(1), f('=B1'), f('=C1')],
        [n(2), f('=B2'), f('=C2')],
        [n(3), f('=B3'), n(0)],
      ]),
      1_000_000,
    );
    expect(block!.formulas).toEqual([
      { row: 0, col: 1, formulas: ['=B1', '=C1', '=B2', '=C2'], rows: 2 },
      { row: 2, col: 1, formulas: ['=B3'] },
    ]);
    expect(block!.styles).toEqual([
      { row: 0, col: 1, count: 2, style: 'total', rows: 2 },
      { row: 2, col: 1, count: 1, style: 'total' },
    ]);
  });

  it('writes every formula cell exactly once, in rectangles that stay inside their block', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 300, max: 6000 }),
        (rows, budget) => {
          const blocks = cellBlocks(sheetOf(rows), budget);
          const expected = new Map<string, string>();
          rows.forEach((row, r) =>
            row.forEach((c, col) => {
              if (c?.formula !== undefined) expected.set(`${r},${col}`, c.formula);
            }),
          );
          const written = new Map<string, string>();
          for (const b of blocks) {
            for (const run of b.formulas) {
              expect(run.row).toBeGreaterThanOrEqual(b.top);
              expect(run.row + (run.rows ?? 1)).toBeLessThanOrEqual(b.top + b.rows);
            }
            for (const [k, v] of writtenFormulas(b.formulas)) written.set(k, v);
            // When the block sends one grid instead, it holds the same formulas, null elsewhere.
            b.formulaGrid?.forEach((row, i) =>
              row.forEach((formula, col) => {
                const key = `${b.top + i},${col}`;
                expect(formula).toBe(written.get(key) ?? null);
              }),
            );
          }
          expect(written).toEqual(expected);
        },
      ),
    );
  });

  it('estimates at least the JSON of the arrays a block sends (its formulas as rectangles or as one grid)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 40 }), (rows) => {
        for (const b of cellBlocks(sheetOf(rows), 1_000_000)) {
          const sent =
            jsonBytes(b.values) +
            jsonBytes(b.numberFormats) +
            (b.formulaGrid ? jsonBytes(b.formulaGrid) : b.formulas.reduce((s, r) => s + jsonBytes(r.formulas), 0));
          expect(b.bytes).toBeGreaterThanOrEqual(sent);
        }
      }),
    );
  });
});

describe('utf8Bytes', () => {
  it('counts as UTF-8 does: å two bytes, € three, an emoji four', () => {
    expect(utf8Bytes('a')).toBe(1);
    expect(utf8Bytes('å')).toBe(2);
    expect(utf8Bytes('€')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('agrees with TextEncoder on any string, lone surrogates included', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Bytes(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});

describe('gridBytes', () => {
  it('is the JSON size of a 2-D array from the sizes of its rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }), { minLength: 1 }),
        (rows) => {
          const rowBytes = rows.reduce((s, r) => s + jsonBytes(r), 0);
          expect(gridBytes(rowBytes, rows.length)).toBe(jsonBytes(rows));
        },
      ),
    );
  });
});
