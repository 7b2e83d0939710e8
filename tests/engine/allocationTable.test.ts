/**
 * The allocation table: a scenario's payer shares of each entry, stored in
 * columns, read through small accessors.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AllocationTableBuilder,
  allocationAt,
  allocationTableFrom,
  allocationsOf,
  eachAllocation,
  emptyAllocationTable,
} from '../../src/engine/allocationTable';
import type { AllocationEntry } from '../../src/engine/model';
import { kr } from './fixtures';

// Entry 0 shared by b and a, entry 1 paid by nobody, entry 2 by c alone: given out of order.
const list: AllocationEntry[] = [
  { entryIndex: 2, payerId: 'c', amount: kr(500) },
  { entryIndex: 0, payerId: 'b', amount: kr(300) },
  { entryIndex: 0, payerId: 'a', amount: kr(700) },
];
const table = allocationTableFrom(list);

describe('emptyAllocationTable', () => {
  it('has no rows and keeps the payers it is given', () => {
    const empty = emptyAllocationTable(['a', 'b']);
    expect(empty.length).toBe(0);
    expect(empty.payerIds).toEqual(['a', 'b']);
    expect([empty.entryIndex.length, empty.payerIndex.length, empty.amount.length]).toEqual([0, 0, 0]);
    expect([...eachAllocation(empty)]).toEqual([]);
  });
});

describe('allocationTableFrom', () => {
  it('orders rows by entry, then by payer id, and lists each payer once in id order', () => {
    expect(table.length).toBe(3);
    expect(table.payerIds).toEqual(['a', 'b', 'c']);
    expect(Array.from(table.entryIndex)).toEqual([0, 0, 2]);
    expect(Array.from(table.payerIndex)).toEqual([0, 1, 2]);
    expect(Array.from(table.amount)).toEqual([kr(700), kr(300), kr(500)]);
  });

  it('keeps every allocation, whatever the order given', () => {
    const entries = fc.array(
      fc.record({
        entryIndex: fc.nat({ max: 20 }),
        payerId: fc.constantFrom('p1', 'p2', 'p10', 'Z', 'å'),
        amount: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(kr),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, (given) => {
        const key = (a: AllocationEntry) => `${a.entryIndex}|${a.payerId}|${a.amount}`;
        const t = allocationTableFrom(given);
        expect([...eachAllocation(t)].map(key).sort()).toEqual(given.map(key).sort());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('allocationAt', () => {
  it('reads a row back as an AllocationEntry', () => {
    expect(allocationAt(table, 1)).toEqual({ entryIndex: 0, payerId: 'b', amount: kr(300) });
  });

  it.each([-1, 3, 0.5, Number.NaN])('refuses row %d, which the table does not have', (i) => {
    expect(() => allocationAt(table, i)).toThrow(RangeError);
  });
});

describe('eachAllocation', () => {
  it('yields every row in the table’s order', () => {
    expect([...eachAllocation(table)]).toEqual([
      { entryIndex: 0, payerId: 'a', amount: kr(700) },
      { entryIndex: 0, payerId: 'b', amount: kr(300) },
      { entryIndex: 2, payerId: 'c', amount: kr(500) },
    ]);
  });
});

describe('allocationsOf', () => {
  it('gives one entry’s shares in payer-id order', () => {
    expect(allocationsOf(table, 0).map((a) => [a.payerId, a.amount])).toEqual([
      ['a', kr(700)],
      ['b', kr(300)],
    ]);
    expect(allocationsOf(table, 2).map((a) => a.payerId)).toEqual(['c']);
  });

  it('gives nothing for an entry nobody pays for, before, between or after the rows', () => {
    expect(allocationsOf(table, 1)).toEqual([]);
    expect(allocationsOf(table, 3)).toEqual([]);
    expect(allocationsOf(emptyAllocationTable(), 0)).toEqual([]);
  });

  it('read entry by entry, gives the same rows as reading the whole table', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 6 }), { maxLength: 30 }), (entryIndexes) => {
        const t = allocationTableFrom(
          entryIndexes.map((entryIndex, i) => ({ entryIndex, payerId: `p${i}`, amount: kr(i + 1) })),
        );
        const byEntry = Array.from({ length: 7 }, (_, e) => allocationsOf(t, e)).flat();
        expect(byEntry).toEqual([...eachAllocation(t)]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('AllocationTableBuilder', () => {
  it('trims the columns to the rows added, so no unused capacity is kept', () => {
    const builder = new AllocationTableBuilder(['a', 'b'], 10);
    builder.add(0, 1, kr(40));
    builder.add(1, 0, kr(60));
    const built = builder.finish();
    expect(built.length).toBe(2);
    expect([built.entryIndex.length, built.payerIndex.length, built.amount.length]).toEqual([2, 2, 2]);
    expect([...eachAllocation(built)]).toEqual([
      { entryIndex: 0, payerId: 'b', amount: kr(40) },
      { entryIndex: 1, payerId: 'a', amount: kr(60) },
    ]);
  });

  it('holds any öre amount below 2^53 exactly', () => {
    const builder = new AllocationTableBuilder(['a'], 1);
    builder.add(0, 0, 2 ** 53 - 100);
    expect(allocationAt(builder.finish(), 0).amount).toBe(2 ** 53 - 100);
  });
});

describe('an allocation table crossing to or from a Web Worker (structured clone)', () => {
  it('arrives equal, rows and all', () => {
    const copy = structuredClone(table);
    expect(copy).toEqual(table);
    expect([...eachAllocation(copy)]).toEqual([...eachAllocation(table)]);
  });
});
