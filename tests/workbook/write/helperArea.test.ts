import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedCell } from '../../../src/workbook/plan';
import { formulaCell, numberCell } from '../../../src/workbook/write/cells';
import { HelperArea, placeHelperArea, resolveTokens } from '../../../src/workbook/write/helperArea';

describe('HelperArea.address and columnRange', () => {
  it('write a helper cell as a token of its row in the area, relative or absolute', () => {
    const area = new HelperArea();
    const ref = area.grid.put(2, 3, numberCell(1, '0'));
    expect(resolveTokens(area.address(ref), 10)).toBe('D13');
    expect(resolveTokens(area.address(ref, true), 10)).toBe('$D$13');
    expect(resolveTokens(area.columnRange(9, 0, 4), 100)).toBe('$J$101:$J$105');
  });
});

describe('resolveTokens', () => {
  it('replaces every ⟦digits⟧ by its sheet row and leaves anything else as it is (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('A', '$', '+', 'SUM(', ':', '⟦', '⟧', '⟦⟧', '⟦x⟧', '⟦1', '1⟧', '⟦⟦2⟧'),
      fc.nat({ max: 100_000 }).map((n) => `⟦${n}⟧`),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat({ max: 1_000_000 }), (pieces, firstRow) => {
        const formula = pieces.join('');
        const expected = formula.replace(/\u27e6(\d+)\u27e7/g, (_, digits: string) =>
          String(firstRow + Number(digits) + 1),
        );
        expect(resolveTokens(formula, firstRow)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('placeHelperArea', () => {
  it('puts the area below the sheet and resolves every token, in the sheet and in the area', () => {
    const area = new HelperArea();
    const quantity = area.grid.put(0, 3, numberCell(5, '0'));
    area.grid.put(1, 3, formulaCell(`${area.address(quantity)}*2`, 10, '0'));
    const rows: (PlannedCell | null)[][] = [[formulaCell(`${area.address(quantity, true)}+1`, 6, '0')]];
    placeHelperArea(rows, area, 3);
    expect(rows[0]![0]!.formula).toBe('=$D$4+1');
    expect(rows[3]![3]!.value).toBe(5);
    expect(rows[4]![3]!.formula).toBe('=D4*2');
    expect(rows.flat().some((c) => c?.formula?.includes('\u27e6'))).toBe(false);
  });
});

describe('HelperArea.reserve', () => {
  it('leaves reserved rows empty and returns them as lazy rows, written with sheet rows and resolved tokens only when produced', () => {
    const area = new HelperArea();
    const quantity = area.grid.put(area.grid.row(), 3, numberCell(5, '0'));
    let produced = 0;
    const top = area.reserve(2, {
      width: 2,
      *produce({ sheetRow, resolve }) {
        produced += 1;
        yield [formulaCell(`${resolve(area.address(quantity))}*${sheetRow(1)}`, 0, '0')];
        yield [null, numberCell(sheetRow(2), '0')];
      },
      constants: ({ sheetRow }, visit) => visit(sheetRow(2) - 1, 1, sheetRow(2)),
      extremes: [],
    });
    area.grid.put(area.grid.row(), 0, numberCell(9, '0'));
    const rows: (PlannedCell | null)[][] = [[numberCell(1, '0')]];
    const lazy = placeHelperArea(rows, area, 2);
    expect(top).toBe(1);
    expect(produced).toBe(0);
    expect(rows[3]).toEqual([]);
    expect(rows[4]).toEqual([]);
    expect(rows[5]![0]!.value).toBe(9);
    expect(rows).toHaveLength(6);
    expect(lazy).toHaveLength(1);
    expect(lazy[0]).toMatchObject({ first: 3, count: 2, width: 2 });
    const written = [...lazy[0]!.produce()];
    expect(produced).toBe(1);
    expect(written[0]![0]!.formula).toBe('=D3*4');
    expect(written[1]![1]!.value).toBe(5);
    const constants: unknown[] = [];
    lazy[0]!.constants((row, col, value) => constants.push([row, col, value]));
    expect(constants).toEqual([[4, 1, 5]]);
  });
});
