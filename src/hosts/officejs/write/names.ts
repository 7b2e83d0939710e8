/**
 * Pure: which of the workbook's sheets the write replaces, and the final
 * sheet and table names. Only sheets carrying our marker with a key the plan
 * writes are replaced (the first such sheet per key), and never by a planned
 * input sheet; a user's sheet with a clashing name is never touched: the new
 * sheet takes another name, and the report says so.
 *
 * A planned sheet the workbook layer had to rename (plan.renamed: its wanted
 * name was taken when the plan was made) gets the wanted name back when it
 * is free here. That happens when the name's holder is a sheet this write
 * replaces which the plan's reader took for the user's: a generated sheet of
 * the previous version, whose legacy marker the one-sync input read cannot
 * see (src/hosts/officejs/readInputs.ts) but the write does.
 */
import { parseMarker } from '../../../workbook/fingerprint';
import type { PlannedSheet, WritePlan } from '../../../workbook/plan';
import { safeSheetName } from '../../../workbook/sheetNames';
import type { Bilingual } from '../types';

export interface ExistingSheet {
  id: string;
  name: string;
  /** Our marker text, when the sheet carries one. */
  marker?: string;
  /** The workbook-scoped names holding its marker (src/workbook/marker.ts); deleted with the sheet. */
  markerNames: string[];
  /** True when the marker is only the legacy sheet-scoped one (the previous version's). */
  legacy: boolean;
  /** True for a sheet left by an earlier write that failed and could not be cleaned up. */
  pending: boolean;
  tables: string[];
}

export interface NamePlan {
  /** Existing sheet replaced by planned sheet i, by index. */
  replaced: (ExistingSheet | undefined)[];
  finalNames: string[];
  /** Final table names, per planned sheet, per planned table. */
  finalTables: string[][];
  /** Sheets left behind by a failed write, removed with the old sheets. */
  leftovers: ExistingSheet[];
  notes: Bilingual[];
}

function freeTableName(wanted: string, taken: Set<string>): string {
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted}_${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function planNames(
  planned: PlannedSheet[],
  existing: ExistingSheet[],
  renamed: WritePlan['renamed'] = [],
): NamePlan {
  const leftovers = existing.filter((s) => s.pending);
  const live = existing.filter((s) => !s.pending);
  const used = new Set<ExistingSheet>();
  const replaced = planned.map((p) => {
    // A planned input sheet never replaces one: an existing input sheet holds the user's data, marked or not.
    if (p.kind === 'input') return undefined;
    const old = live.find((s) => !used.has(s) && parseMarker(s.marker)?.key === p.key);
    if (old) used.add(old);
    return old;
  });
  const staying = live.filter((s) => !used.has(s));
  const takenSheets = staying.map((s) => s.name);
  const takenTables = new Set(staying.flatMap((s) => s.tables.map((t) => t.toLowerCase())));
  const notes: Bilingual[] = [];
  const finalNames = planned.map((p) => {
    const wanted = renamed.find((r) => r.key === p.key && r.name === p.name)?.wanted;
    const name =
      wanted !== undefined && safeSheetName(wanted, takenSheets) === wanted
        ? wanted
        : safeSheetName(p.name, takenSheets);
    takenSheets.push(name);
    if (name !== p.name && name !== wanted) {
      notes.push({
        sv: `Bladet fick namnet ”${name}” eftersom ”${p.name}” redan finns och inte skapades av tillägget (eller inte är ett giltigt bladnamn).`,
        en: `The sheet was named “${name}” because “${p.name}” exists and was not made by the add-in (or is not a valid sheet name).`,
      });
    }
    return name;
  });
  const finalTables = planned.map((p) =>
    (p.tables ?? []).map((t) => {
      const name = freeTableName(t.name, takenTables);
      takenTables.add(name.toLowerCase());
      if (name !== t.name) {
        notes.push({
          sv: `Tabellen fick namnet ”${name}” eftersom ”${t.name}” redan används i arbetsboken.`,
          en: `The table was named “${name}” because “${t.name}” is already used in the workbook.`,
        });
      }
      return name;
    }),
  );
  return { replaced, finalNames, finalTables, leftovers, notes };
}
