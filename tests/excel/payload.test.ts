/** Request size: large plans are split by measured size so no request reaches Excel on the web's 5 MB limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYLOAD_LIMIT_BYTES } from '../../src/hosts/emulation';
import { applyWritePlan } from '../../src/hosts/officejs';
import { cellBlocks } from '../../src/hosts/officejs/write/cellBlocks';
import { MIN_BLOCK_SHARE } from '../../src/hosts/officejs/write/units';
import type { PlannedCell, PlannedSheet } from '../../src/workbook/plan';
import { analystWorkbook, scaledPlan } from './plans';

describe('applyWritePlan with a 100× larger plan', () => {
  it('spreads the cells over more syncs, each request under 5 MB, and writes them all', async () => {
    const plan = scaledPlan(100);
    const wb = analystWorkbook();
    wb.resetStats();
    const report = await applyWritePlan(wb.run, plan);
    expect(wb.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...wb.stats.bytesPerSync)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(report.syncs).toBe(wb.stats.syncs);
    const last = plan.sheets[0]!;
    const lastRow = last.rows.length;
    const lastCell = last.rows[lastRow - 1]!.findIndex((c) => c !== null);
    const expected = last.rows[lastRow - 1]![lastCell]!;
    const got = wb.cell(last.name, `${String.fromCharCode(65 + lastCell)}${lastRow}`)!;
    expect(expected.formula ?? expected.value).toEqual(got.formula ?? got.value);
  }, 120_000);
});

describe('applyWritePlan: syncs filled to the budget', () => {
  it('needs the fewest syncs its estimated bytes allow: every content sync but the last is full to within 1/16', async () => {
    // A small budget stands in for 4.75 MB: the sample (4.5 MB estimated) then takes many syncs.
    const budget = 256 * 1024;
    const wb = analystWorkbook();
    const report = await applyWritePlan(wb.run, scaledPlan(1), { syncBudget: budget });
    const content = report.estimatedBytesPerSync.slice(0, -1); // the last entry is the commit
    const total = content.reduce((a, b) => a + b, 0);
    expect(content.length).toBeGreaterThan(10);
    expect(content.length).toBe(Math.ceil(total / budget));
    for (const bytes of content.slice(0, -1)) {
      expect(bytes).toBeLessThanOrEqual(budget);
      expect(bytes).toBeGreaterThan(budget * (1 - MIN_BLOCK_SHARE));
    }
    expect(report.syncs).toBe(content.length + 2); // + inspect and commit
  }, 60_000);

  it('keeps the sample at 3 syncs (inspect, build, commit) at the real budget', async () => {
    const wb = analystWorkbook();
    expect((await applyWritePlan(wb.run, scaledPlan(1))).syncs).toBe(3);
  });
});

const cell = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 40 }).map((value): PlannedCell => ({ value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value): PlannedCell => ({ value, numberFormat: '#,##0' })),
  fc.nat(50).map((n): PlannedCell => ({ value: n, formula: `=A${n + 1}*2`, style: 'total' })),
);

describe('cellBlocks', () => {
  it('covers every row once, in order, with each block under the budget unless it is a single row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 200, max: 5000 }),
        (rows, budget) => {
          const sheet: PlannedSheet = { name: 'S', kind: 'scenario', key: 's', rows };
          const blocks = cellBlocks(sheet, budget);
          const width = Math.max(...rows.map((r) => r.length));
          if (width === 0) {
            expect(blocks).toEqual([]);
            return;
          }
          let next = 0;
          for (const b of blocks) {
            expect(b.top).toBe(next);
            expect(b.values).toHaveLength(b.rows);
            expect(b.values.every((r) => r.length === width)).toBe(true);
            if (b.rows > 1) expect(b.bytes).toBeLessThanOrEqual(budget);
            next += b.rows;
          }
          expect(next).toBe(rows.length);
        },
      ),
    );
  });

  it('sends scattered formulas as one grid with null elsewhere, and a long rectangle as a rectangle', () => {
    const f = (n: number): PlannedCell => ({ value: n, formula: `=${n}+0` });
    const v = (n: number): PlannedCell => ({ value: n });
    // A checkerboard: every formula its own rectangle (280 bytes each), the grid 4 bytes per other cell.
    const scattered: PlannedSheet = {
      name: 'S',
      kind: 'scenario',
      key: 's',
      rows: Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => ((r + c) % 2 ? f(c) : v(c)))),
    };
    const [grid] = cellBlocks(scattered, 1_000_000);
    expect(grid!.formulas).toHaveLength(18); // listed, not sent
    expect(grid!.formulaGrid![0]).toEqual([null, '=1+0', null, '=3+0', null, '=5+0']);
    expect(grid!.formulaGrid![1]).toEqual(['=0+0', null, '=2+0', null, '=4+0', null]);
    // One column of formulas down 40 rows: one rectangle beats 40 rows of nulls.
    const column: PlannedSheet = {
      name: 'S',
      kind: 'scenario',
      key: 's',
      rows: Array.from({ length: 40 }, (_, r) => [v(r), v(r), v(r), v(r), v(r), f(r)]),
    };
    const [runs] = cellBlocks(column, 1_000_000);
    expect(runs!.formulaGrid).toBeUndefined();
    expect(runs!.formulas).toHaveLength(1);
  });

  it('formats text cells as text and leaves formula cells their own format', () => {
    const sheet: PlannedSheet = {
      name: 'S',
      kind: 'scenario',
      key: 's',
      rows: [
        [{ value: '=1+1' }, { value: 2, formula: '=1+1', numberFormat: '0' }, { value: 'x', formula: '=A1' }, null],
      ],
    };
    const [block] = cellBlocks(sheet, 10_000);
    expect(block!.numberFormats).toEqual([['@', '0', 'General', 'General']]);
    expect(block!.values).toEqual([['=1+1', 2, 'x', '']]);
    expect(block!.formulas).toEqual([{ row: 0, col: 1, formulas: ['=1+1', '=A1'] }]);
  });
});
