import { describe, expect, it } from 'vitest';
import { formatMarker } from '../../src/workbook/fingerprint';
import type { SheetGrid } from '../../src/workbook/grid';
import { stalenessOf } from '../../src/app/staleness';

const sheet = (name: string, marker?: { key: string; fingerprint: string; generatedAt: string }): SheetGrid => ({
  name,
  values: [],
  tables: [],
  ...(marker ? { marker: formatMarker({ ...marker, version: '0.1.0' }) } : {}),
});

describe('stalenessOf', () => {
  it('says never when no sheet carries our marker', () => {
    expect(stalenessOf({ sheets: [sheet('Kostnader'), sheet('Mitt blad')] }, 'abc')).toEqual({ kind: 'never' });
  });
  it('says current when every generated sheet was built from the current inputs, with the latest time', () => {
    const grid = {
      sheets: [
        sheet('Kostnader'),
        sheet('Scenario 1', { key: 'scenario:1', fingerprint: 'abc', generatedAt: '2026-11-28T10:00:00.000Z' }),
        sheet('Sammanfattning', { key: 'summary', fingerprint: 'abc', generatedAt: '2026-11-28T10:00:01.000Z' }),
      ],
    };
    expect(stalenessOf(grid, 'abc')).toEqual({ kind: 'current', generatedAt: '2026-11-28T10:00:01.000Z' });
  });
  it('says stale when any generated sheet was built from other inputs', () => {
    const grid = {
      sheets: [
        sheet('Scenario 1', { key: 'scenario:1', fingerprint: 'abc', generatedAt: '2026-11-28T10:00:00.000Z' }),
        sheet('Scenario 2', { key: 'scenario:2', fingerprint: 'old', generatedAt: '2026-11-27T10:00:00.000Z' }),
      ],
    };
    expect(stalenessOf(grid, 'abc').kind).toBe('stale');
  });
  it('does not count input sheets created from the template', () => {
    const grid = {
      sheets: [sheet('Kostnader', { key: 'input:costs', fingerprint: '', generatedAt: '2026-11-28T10:00:00.000Z' })],
    };
    expect(stalenessOf(grid, 'abc')).toEqual({ kind: 'never' });
  });
  it('cannot tell when the inputs cannot be read', () => {
    const grid = { sheets: [sheet('Scenario 1', { key: 'scenario:1', fingerprint: 'abc', generatedAt: 'x' })] };
    expect(stalenessOf(grid, null)).toEqual({ kind: 'unknown' });
  });
});
