import { describe, expect, it } from 'vitest';
import { cellLabel, groupBySheet } from '../../../src/faces/taskpane/ui/problems';
import { problem } from './fixtures';

describe('cellLabel', () => {
  it('writes the reference as Excel does', () => {
    expect(cellLabel({ sheet: 'Kostnader', cell: 'D7' })).toBe('Kostnader!D7');
  });
});

describe('groupBySheet', () => {
  it('groups by sheet in order of first appearance, keeping order within a sheet', () => {
    const a1 = problem('error', 'Resurser', 'A1');
    const k = problem('warning', 'Kostnader', 'B2');
    const a2 = problem('warning', 'Resurser', 'C3');
    expect(groupBySheet([a1, k, a2])).toEqual([
      { sheet: 'Resurser', problems: [a1, a2] },
      { sheet: 'Kostnader', problems: [k] },
    ]);
  });
  it('puts problems of the whole model last', () => {
    const whole = problem('error');
    const k = problem('warning', 'Kostnader');
    expect(groupBySheet([whole, k]).map((g) => g.sheet)).toEqual(['Kostnader', null]);
  });
  it('gives no groups for no problems', () => {
    expect(groupBySheet([])).toEqual([]);
  });
});
