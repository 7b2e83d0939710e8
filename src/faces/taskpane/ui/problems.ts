/** How the Check step orders and labels problems (pure, unit-tested). */
import type { CellRef, Problem } from '../../../engine/model';

/** 'Kostnader!D7' — the reference form Excel users know. */
export function cellLabel(at: CellRef): string {
  return `${at.sheet}!${at.cell}`;
}

/**
 * Problems by sheet, sheets in order of first appearance and problems in
 * their original order within a sheet; problems without a cell (the whole
 * model) go last.
 */
export function groupBySheet(problems: readonly Problem[]): { sheet: string | null; problems: Problem[] }[] {
  const groups = new Map<string | null, Problem[]>();
  for (const p of problems) {
    const key = p.at?.sheet ?? null;
    const list = groups.get(key) ?? [];
    list.push(p);
    groups.set(key, list);
  }
  const entries = [...groups.entries()];
  return [...entries.filter(([s]) => s !== null), ...entries.filter(([s]) => s === null)].map(([sheet, list]) => ({
    sheet,
    problems: list,
  }));
}
