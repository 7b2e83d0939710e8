/** tabOrder and positionMoves: where a write's new sheets go among the analyst's tabs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionMoves, tabOrder, TabOrderError, type AddedTab, type ExistingTab } from '../../src/workbook/tabOrder';

const user = (id: string): ExistingTab => ({ id, ours: false });
const ours = (id: string): ExistingTab => ({ id, ours: true });
const generated = (id: string, replaces?: string): AddedTab => ({
  id,
  generated: true,
  ...(replaces ? { replaces } : {}),
});

/** A workbook before a write and the sheets the write adds, drawn at random. */
const writes = fc
  .record({
    existing: fc.array(fc.boolean(), { maxLength: 8 }),
    added: fc.array(fc.record({ replaceIndex: fc.nat(), replaces: fc.boolean(), generated: fc.boolean() }), {
      maxLength: 6,
    }),
  })
  .map(({ existing, added }) => {
    const tabs = existing.map((isOurs, i) => ({ id: `e${i}`, ours: isOurs }));
    const replaceable = tabs.filter((t) => t.ours).map((t) => t.id);
    const used = new Set<string>();
    const adds = added.map((a, i): AddedTab => {
      const candidate = replaceable[a.replaceIndex % Math.max(replaceable.length, 1)];
      const replaces = a.replaces && a.generated && candidate && !used.has(candidate) ? candidate : undefined;
      if (replaces) used.add(replaces);
      return { id: `n${i}`, generated: a.generated, ...(replaces ? { replaces } : {}) };
    });
    return { existing: tabs, added: adds };
  });

describe('tabOrder', () => {
  it('puts a sheet that replaces one of ours right before it, so it takes its tab when that one goes', () => {
    const order = tabOrder(
      [user('input'), ours('a'), user('notes'), ours('b')],
      [generated('a2', 'a'), generated('b2', 'b')],
    );
    expect(order).toEqual(['input', 'a2', 'a', 'notes', 'b2', 'b']);
  });

  it('puts a new generated sheet after the last of ours, new ones in the plan’s order', () => {
    const order = tabOrder(
      [user('input'), ours('a'), user('notes')],
      [generated('c'), generated('a2', 'a'), generated('d')],
    );
    expect(order).toEqual(['input', 'a2', 'a', 'c', 'd', 'notes']);
  });

  it('puts new sheets at the end when none of ours exists, and input sheets at the end always', () => {
    expect(tabOrder([user('blad1')], [{ id: 'in', generated: false }, generated('s')])).toEqual(['blad1', 'in', 's']);
    expect(tabOrder([ours('a'), user('notes')], [{ id: 'in', generated: false }])).toEqual(['a', 'notes', 'in']);
  });

  it('property: keeps the existing sheets’ order, each replacing sheet in the replaced one’s place, and the plan’s order per kind', () => {
    fc.assert(
      fc.property(writes, ({ existing, added }) => {
        const order = tabOrder(existing, added);
        expect([...order].sort()).toEqual([...existing, ...added].map((s) => s.id).sort());
        const ids = new Set(existing.map((s) => s.id));
        expect(order.filter((id) => ids.has(id))).toEqual(existing.map((s) => s.id));
        const replaced = new Set(added.flatMap((a) => (a.replaces ? [a.replaces] : [])));
        const after = order.filter((id) => !replaced.has(id));
        for (const a of added) {
          if (!a.replaces) continue;
          expect(order[order.indexOf(a.id) + 1]).toBe(a.replaces);
          // Among the sheets that stay, it has the neighbours the replaced sheet had.
          const before = existing.filter((s) => !replaced.has(s.id) || s.id === a.replaces).map((s) => s.id);
          const prev = before[before.indexOf(a.replaces) - 1];
          const next = before[before.indexOf(a.replaces) + 1];
          if (prev !== undefined) expect(after.indexOf(prev)).toBeLessThan(after.indexOf(a.id));
          if (next !== undefined) expect(after.indexOf(a.id)).toBeLessThan(after.indexOf(next));
        }
        for (const kind of [true, false]) {
          const plain = added.filter((a) => !a.replaces && a.generated === kind).map((a) => a.id);
          expect(order.filter((id) => plain.includes(id))).toEqual(plain);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('positionMoves', () => {
  it('moves only the new sheets that are not in place, from the top down', () => {
    const target = ['a2', 'a', 'x', 'c'];
    expect(positionMoves(['a', 'x', 'a2', 'c'], target, new Set(['a2', 'c']))).toEqual([{ id: 'a2', position: 0 }]);
  });

  it('refuses a target the moves cannot reach', () => {
    expect(() => positionMoves(['a', 'b', 'n'], ['b', 'a', 'n'], new Set(['n']))).toThrow(TabOrderError);
    expect(() => positionMoves(['a', 'n'], ['a', 'n', 'm'], new Set(['n', 'm']))).toThrow(TabOrderError);
  });

  it('property: the moves applied one after another, as Excel applies position sets, give the tab order', () => {
    fc.assert(
      fc.property(writes, ({ existing, added }) => {
        const target = tabOrder(existing, added);
        const current = [...existing.map((s) => s.id), ...added.map((a) => a.id)];
        const moves = positionMoves(current, target, new Set(added.map((a) => a.id)));
        const tabs = [...current];
        for (const m of moves) {
          tabs.splice(tabs.indexOf(m.id), 1);
          tabs.splice(m.position, 0, m.id);
        }
        expect(tabs).toEqual(target);
        expect(moves.length).toBeLessThanOrEqual(added.length);
      }),
      { numRuns: 300 },
    );
  });
});
