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
  it('writes reserved rows when the area is placed, with sheet rows and resolved tokens', () => {
    const area = new HelperArea();
    const quantity = area.grid.put(area.grid.row(), 3, numberCell(5, '0'));
    const top = area.reserve(2, (sheetRow, resolve) => [
      [formulaCell(`${resolve(area.address(quantity))}*${sheetRow(1)}`, 0, '0')],
      [null, numberCell(sheetRow(2), '0')],
    ]);
    area.grid.put(area.grid.row(), 0, numberCell(9, '0'));
    const rows: (PlannedCell | null)[][] = [[numberCell(1, '0')]];
    placeHelperArea(rows, area, 2);
    expect(top).toBe(1);
    expect(rows[3]![0]!.formula).toBe('=D3*4');
    expect(rows[4]![1]!.value).toBe(5);
    expect(rows[5]![0]!.value).toBe(9);
    expect(rows).toHaveLength(6);
  });
});
