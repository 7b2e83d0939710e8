/**
 * The per-entry allocations of a scenario, stored in columns (AllocationTable),
 * and the small accessors every reader uses instead of touching the columns.
 *
 * Why columns: the 100× synthetic model keeps 38 million payer shares. As one
 * object each they took 2.9 GB, and V8's garbage collector copying those
 * long-lived objects made the run grow faster than the model. Three typed
 * arrays hold a row in 16 bytes (4 + 4 + 8), are invisible to the collector's
 * object walk, and still cross a Web Worker boundary by structured clone.
 *
 * Rows are ordered by entry (ascending entryIndex), and within an entry by
 * payer index (payerIds is in payer-id order): the order the engine allocates
 * in. allocationsOf relies on it to find an entry's rows by binary search.
 */

import { compareIds } from './allocate';
import type { AllocationEntry, AllocationTable } from './model';

/** A table with no rows (detail 'totals', or nothing allocated). */
export function emptyAllocationTable(payerIds: readonly string[] = []): AllocationTable {
  return {
    length: 0,
    payerIds,
    entryIndex: new Uint32Array(0),
    payerIndex: new Uint32Array(0),
    amount: new Float64Array(0),
  };
}

/**
 * Fills a table row by row, in the table's order (entries ascending, payers
 * ascending within an entry). Sized up front to an upper bound of the rows
 * (the engine knows how many payers each entry reaches), so the columns are
 * never regrown; finish() trims them to the rows actually added.
 */
export class AllocationTableBuilder {
  private readonly entryIndex: Uint32Array;
  private readonly payerIndex: Uint32Array;
  private readonly amount: Float64Array;
  private length = 0;

  constructor(
    private readonly payerIds: readonly string[],
    capacity: number,
  ) {
    this.entryIndex = new Uint32Array(capacity);
    this.payerIndex = new Uint32Array(capacity);
    this.amount = new Float64Array(capacity);
  }

  add(entryIndex: number, payerIndex: number, amount: number): void {
    const row = this.length++;
    this.entryIndex[row] = entryIndex;
    this.payerIndex[row] = payerIndex;
    this.amount[row] = amount;
  }

  finish(): AllocationTable {
    const n = this.length;
    const exact = n === this.amount.length;
    // slice, not subarray: a view would keep the unused capacity alive with the result.
    return {
      length: n,
      payerIds: this.payerIds,
      entryIndex: exact ? this.entryIndex : this.entryIndex.slice(0, n),
      payerIndex: exact ? this.payerIndex : this.payerIndex.slice(0, n),
      amount: exact ? this.amount : this.amount.slice(0, n),
    };
  }
}

/**
 * A table from a list of allocations in any order (hand-built results in
 * tests and fixtures). payerIds become the distinct ids in payer-id order and
 * rows are sorted into the table's order.
 */
export function allocationTableFrom(list: readonly AllocationEntry[]): AllocationTable {
  const payerIds = [...new Set(list.map((a) => a.payerId))].sort(compareIds);
  const indexOf = new Map(payerIds.map((id, i) => [id, i]));
  const rows = list
    .map((a) => ({ entryIndex: a.entryIndex, payer: indexOf.get(a.payerId)!, amount: a.amount }))
    .sort((a, b) => a.entryIndex - b.entryIndex || a.payer - b.payer);
  const builder = new AllocationTableBuilder(payerIds, rows.length);
  for (const r of rows) builder.add(r.entryIndex, r.payer, r.amount);
  return builder.finish();
}

/** Row i as an AllocationEntry (0 ≤ i < table.length). */
export function allocationAt(table: AllocationTable, i: number): AllocationEntry {
  if (!(i >= 0 && i < table.length && Number.isInteger(i))) {
    throw new RangeError(`no allocation row ${i} (the table has ${table.length})`);
  }
  return {
    entryIndex: table.entryIndex[i]!,
    payerId: table.payerIds[table.payerIndex[i]!]!,
    amount: table.amount[i]!,
  };
}

/** Every row in the table's order, one AllocationEntry at a time (none kept). */
export function* eachAllocation(table: AllocationTable): Generator<AllocationEntry, void, undefined> {
  for (let i = 0; i < table.length; i++) yield allocationAt(table, i);
}

/** The rows of one entry, in payer-id order; empty when nobody pays for it. O(log rows + its payers). */
export function allocationsOf(table: AllocationTable, entryIndex: number): AllocationEntry[] {
  const out: AllocationEntry[] = [];
  for (let i = firstRowOf(table, entryIndex); i < table.length && table.entryIndex[i] === entryIndex; i++) {
    out.push(allocationAt(table, i));
  }
  return out;
}

/** The first row whose entryIndex is ≥ entryIndex (binary search: rows are in entry order). */
function firstRowOf(table: AllocationTable, entryIndex: number): number {
  let lo = 0;
  let hi = table.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.entryIndex[mid]! < entryIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
