/** planNames: which sheets a write replaces and what the new ones are called. */
import { describe, expect, it } from 'vitest';
import { planNames, type ExistingSheet } from '../../src/hosts/officejs/write/names';
import { handSheet, markerOf } from './plans';

function sheet(name: string, key?: string, legacy = false): ExistingSheet {
  return {
    id: `{${name}}`,
    name,
    ...(key !== undefined ? { marker: markerOf(key) } : {}),
    markerNames: key !== undefined && !legacy ? [`Skolkostnad_x_${name.length}`] : [],
    legacy,
    pending: false,
    tables: [],
  };
}

describe('planNames', () => {
  it('replaces our sheet of the same key, whatever it is called, and keeps a user’s sheet of the same name', () => {
    const existing = [sheet('Mitt namn', 'scenario:a'), sheet('Scenario B')];
    const out = planNames([handSheet('Scenario A', 'scenario:a'), handSheet('Scenario B', 'scenario:b')], existing);
    expect(out.replaced.map((s) => s?.name)).toEqual(['Mitt namn', undefined]);
    expect(out.finalNames).toEqual(['Scenario A', 'Scenario B (2)']);
    expect(out.notes).toHaveLength(1);
  });

  it('gives back a name the plan had to give up when the sheet holding it is one the write replaces', () => {
    // The plan was made from a read that took the legacy-marked 'Scenario A' for the user's.
    const existing = [sheet('Scenario A', 'scenario:a', true)];
    const out = planNames([handSheet('Scenario A (2)', 'scenario:a')], existing, [
      { key: 'scenario:a', wanted: 'Scenario A', name: 'Scenario A (2)' },
    ]);
    expect(out.replaced[0]?.name).toBe('Scenario A');
    expect(out.finalNames).toEqual(['Scenario A']);
    expect(out.notes).toEqual([]);
  });

  it('keeps the plan’s name when the wanted name is still held by a sheet that stays', () => {
    const out = planNames(
      [handSheet('Scenario A (2)', 'scenario:a')],
      [sheet('Scenario A')],
      [{ key: 'scenario:a', wanted: 'Scenario A', name: 'Scenario A (2)' }],
    );
    expect(out.finalNames).toEqual(['Scenario A (2)']);
    expect(out.replaced).toEqual([undefined]);
  });
});
