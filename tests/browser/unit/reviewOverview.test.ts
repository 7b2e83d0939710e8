import { describe, expect, it } from 'vitest';
import {
  cheapestAlternative,
  nextSort,
  sortOverview,
  type OverviewRow,
} from '../../../src/faces/taskpane/ui/reviewOverview';

const row = (alternativeId: string, total: number, extra: Partial<OverviewRow> = {}): OverviewRow => ({
  alternativeId,
  name: alternativeId,
  total,
  npv: total - 10,
  difference: total - 100,
  p50: null,
  cheapest: null,
  ...extra,
});

describe('cheapestAlternative', () => {
  it('happy path: the lowest total', () => {
    expect(cheapestAlternative([row('A', 300), row('B', 200), row('C', 250)])).toBe('B');
  });
  it('takes the first of equal totals, and none of no rows', () => {
    expect(cheapestAlternative([row('A', 200), row('B', 200)])).toBe('A');
    expect(cheapestAlternative([])).toBeNull();
  });
});

describe('sortOverview', () => {
  const rows = [row('B', 300, { cheapest: 0.1 }), row('A', 200, { cheapest: 0.7 }), row('C', 200, { cheapest: 0.2 })];
  it('sorts by a figure both ways, equal values keeping the engine order', () => {
    expect(sortOverview(rows, { column: 'total', direction: 'ascending' }).map((r) => r.alternativeId)).toEqual([
      'A',
      'C',
      'B',
    ]);
    expect(sortOverview(rows, { column: 'total', direction: 'descending' }).map((r) => r.alternativeId)).toEqual([
      'B',
      'A',
      'C',
    ]);
  });
  it('sorts by name and by chance of being cheapest', () => {
    expect(sortOverview(rows, { column: 'name', direction: 'ascending' }).map((r) => r.alternativeId)).toEqual([
      'A',
      'B',
      'C',
    ]);
    expect(sortOverview(rows, { column: 'cheapest', direction: 'descending' }).map((r) => r.alternativeId)).toEqual([
      'A',
      'C',
      'B',
    ]);
  });
  it('puts missing simulated figures last', () => {
    const mixed = [row('A', 1), row('B', 2, { p50: 5 })];
    expect(sortOverview(mixed, { column: 'p50', direction: 'descending' }).map((r) => r.alternativeId)).toEqual([
      'B',
      'A',
    ]);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column, and starts a new one cheapest first', () => {
    expect(nextSort({ column: 'total', direction: 'ascending' }, 'total')).toEqual({
      column: 'total',
      direction: 'descending',
    });
    expect(nextSort({ column: 'total', direction: 'ascending' }, 'npv')).toEqual({
      column: 'npv',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'total', direction: 'ascending' }, 'cheapest')).toEqual({
      column: 'cheapest',
      direction: 'descending',
    });
  });
});
