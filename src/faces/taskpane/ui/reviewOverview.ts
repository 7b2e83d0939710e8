/**
 * Granska's overview: one row per alternative with its total, present value
 * and difference from today, plus P50 and the chance of being the cheapest
 * when a sensitivity analysis was run; which alternative is cheapest; and the
 * order the analyst sorts the rows in. Pure, so what the table says is
 * unit-tested.
 */
import type { EngineOutput, Ore } from '../../../engine/model';
import type { SimulationResult } from '../../../engine/simulation/types';
import { spreadRows } from './sensitivityView';

export interface OverviewRow {
  alternativeId: string;
  name: string;
  total: Ore;
  npv: Ore;
  /** Total minus today's agreements over the same years: negative is cheaper than today. */
  difference: Ore;
  /** P50 of the total (öre); null without a sensitivity analysis. */
  p50: number | null;
  /** Share of iterations in which the alternative's total is the lowest (0–1); null without one. */
  cheapest: number | null;
}

export type OverviewColumn = 'name' | 'total' | 'npv' | 'difference' | 'p50' | 'cheapest';
export type SortDirection = 'ascending' | 'descending';
export interface OverviewSort {
  column: OverviewColumn;
  direction: SortDirection;
}

/** The rows in the engine's order (the order of Kontrakt), with the simulation's figures when there is one. */
export function overviewRows(output: EngineOutput, sensitivity?: SimulationResult): OverviewRow[] {
  const spread = new Map((sensitivity ? spreadRows(sensitivity) : []).map((r) => [r.alternativeId, r]));
  return output.scenarios.map((s) => {
    const simulated = spread.get(s.alternativeId);
    return {
      alternativeId: s.alternativeId,
      name: s.name,
      total: s.total,
      npv: s.npv,
      difference: s.baseline.differenceTotal,
      p50: simulated?.p50 ?? null,
      cheapest: simulated?.cheapest ?? null,
    };
  });
}

/** The alternative with the lowest total (the figures as computed, not simulated); the first of equals; null for none. */
export function cheapestAlternative(rows: readonly OverviewRow[]): string | null {
  let best: OverviewRow | null = null;
  for (const row of rows) if (best === null || row.total < best.total) best = row;
  return best?.alternativeId ?? null;
}

/**
 * The rows sorted by one column; equal values keep the engine's order, and a
 * missing figure (no simulation) sorts last either way.
 */
export function sortOverview(rows: readonly OverviewRow[], { column, direction }: OverviewSort): OverviewRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: OverviewRow, b: OverviewRow): number => {
    if (column === 'name') return sign * a.name.localeCompare(b.name, 'sv');
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => compare(a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Clicking a column: the same column flips direction; a new one starts cheapest first (names A–Ö, chance highest first). */
export function nextSort(current: OverviewSort, column: OverviewColumn): OverviewSort {
  if (current.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: column === 'cheapest' ? 'descending' : 'ascending' };
}
