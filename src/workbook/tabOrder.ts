/**
 * Pure: where the sheets a write adds go in the tab order, for both adapters
 * (Office.js: src/hosts/officejs/write/applyWritePlan.ts; .xlsx: src/hosts/xlsx/apply.ts).
 *
 * The analyst arranges the tabs; regenerating must not scramble them. So:
 * - a new sheet that replaces one of ours takes that sheet's place;
 * - a new generated sheet that replaces nothing (a new alternative's
 *   scenario, say) goes right after the last sheet of ours — kept, replaced
 *   or new — so the generated sheets stay together where the analyst put
 *   them; with no sheet of ours in the workbook, at the end;
 * - a new input sheet (the template, the sample's inputs) goes at the end:
 *   it is the user's from the moment it exists.
 * New sheets keep the plan's order among themselves where they land together.
 */

export interface ExistingTab {
  id: string;
  /** Carries our marker (a generated sheet); false for the user's sheets and for leftovers of a failed write. */
  ours: boolean;
}

export interface AddedTab {
  id: string;
  /** Id of the existing sheet this one replaces. */
  replaces?: string;
  /** False for input sheets, which become the user's. */
  generated: boolean;
}

/**
 * The tab order after the write, ids of existing sheets and added ones, with
 * each replaced sheet still in it right after the sheet that replaces it:
 * deleting the replaced sheets then leaves every new sheet in its place.
 */
export function tabOrder(existing: ExistingTab[], added: AddedTab[]): string[] {
  const order = existing.map((s) => s.id);
  const ours = new Set(existing.filter((s) => s.ours).map((s) => s.id));
  for (const a of added) {
    const at = a.replaces === undefined ? -1 : order.indexOf(a.replaces);
    if (at < 0) continue;
    order.splice(at, 0, a.id);
    ours.add(a.id);
  }
  for (const a of added) {
    if (order.includes(a.id)) continue;
    let last = -1;
    if (a.generated) order.forEach((id, i) => (last = ours.has(id) ? i : last));
    order.splice(last < 0 ? order.length : last + 1, 0, a.id);
    if (a.generated) ours.add(a.id);
  }
  return order;
}

export interface PositionMove {
  id: string;
  /** Zero-based place among all sheets, hidden ones included (Excel's Worksheet.position). */
  position: number;
}

/** Thrown when the moves would not give the wanted order: a bug in the caller's input, never the user's. */
export class TabOrderError extends Error {
  constructor(detail: string) {
    super(`internal: the tab order cannot be reached by moving the new sheets (${detail})`);
    this.name = 'TabOrderError';
  }
}

/**
 * The position sets, in the order to apply them, that turn `current` into
 * `target` by moving only the `moving` sheets (each to its place in
 * `target`, from the top down; a sheet already in place is not moved).
 * Precondition, as after Office.js's worksheets.add: the moving sheets come
 * after all others in `current`, and the others are in the target's order.
 */
export function positionMoves(current: string[], target: string[], moving: ReadonlySet<string>): PositionMove[] {
  if (current.length !== target.length) throw new TabOrderError(`${current.length} sheets, ${target.length} wanted`);
  const now = [...current];
  const moves: PositionMove[] = [];
  target.forEach((id, position) => {
    if (!moving.has(id)) return;
    const from = now.indexOf(id);
    if (from < 0) throw new TabOrderError(`no sheet '${id}'`);
    if (from === position) return;
    now.splice(from, 1);
    now.splice(position, 0, id);
    moves.push({ id, position });
  });
  if (now.some((id, i) => id !== target[i])) throw new TabOrderError(`got ${now.join(', ')}`);
  return moves;
}
