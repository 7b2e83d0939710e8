/**
 * The helper rows of an old agreement's run-on past expiry, one pair per
 * school form (src/engine/oldAgreements.ts, runOnParts): the months the
 * school form runs on in each year (values: they come from dates), and its
 * part of the agreement's monthly cost as a formula of the snapshot,
 *
 *   (Σ users × share over the school form's payers) / (Σ users × share over all the agreement's payers)
 *
 * each sum written out in payer-id order, the engine's order, so the
 * quotient is the engine's to the last bit. A payer's share is the largest
 * over the agreement's solutions (MAX of its share cells).
 */
import type { Alternative, CurrentAgreement, SchoolForm } from '../../engine/model';
import type { ModelIndex } from '../../engine/modelIndex';
import { runOnParts } from '../../engine/oldAgreements';
import { label, schoolFormLabel } from '../labels';
import { address } from './a1';
import { formulaCell, numberCell, textCell } from './cells';
import { MAX_FORMULA_LENGTH } from './entryHelpers';
import { FORMATS } from './formats';
import type { HelperArea, HelperRef } from './helperArea';
import { yearColumn, type SheetContext } from './layout';
import type { SnapshotRefs } from './scenarioSnapshot';
import { monthsInYear } from '../../engine/calendar';

/** Key of a run-on part: the agreement and the school form it is charged to (none: nobody has users). */
export const runOnKey = (agreementId: string, schoolForm: SchoolForm | undefined): string =>
  `${agreementId}\u0000${schoolForm ?? ''}`;

export interface RunOnHelpers {
  /** runOnKey → months of run-on in each year. */
  months: Map<string, HelperRef[]>;
  /** runOnKey → the school form's part of the monthly run-on cost. */
  costShare: Map<string, HelperRef>;
}

/** Writes the months and cost-share rows of every run-on part of the agreement into the helper area. */
export function writeRunOnHelpers(
  ctx: SheetContext,
  area: HelperArea,
  index: ModelIndex,
  alternative: Alternative,
  snapshot: SnapshotRefs,
  agreement: CurrentAgreement,
  expiry: number | null,
  into: RunOnHelpers,
): void {
  const g = area.grid;
  const t = ctx.language;
  let terms: RunOnTerm[] | null | undefined; // the agreement's payers, built for its first part with a school form
  for (const part of runOnParts(index, agreement, alternative)) {
    const key = runOnKey(agreement.id, part.schoolForm);
    const row = g.row();
    const name =
      part.schoolForm === undefined ? agreement.name : `${agreement.name} – ${schoolFormLabel(t, part.schoolForm)}`;
    g.put(row, 0, textCell(name, 'label'));
    g.put(row, 2, textCell(label(t, 'monthsRunOn'), 'label'));
    const months = ctx.years.map((year) => (expiry === null ? 0 : monthsInYear(expiry + 1, part.stop, year)));
    into.months.set(
      key,
      months.map((m, i) => g.put(row, yearColumn(i), numberCell(m, FORMATS.count))),
    );
    if (part.schoolForm === undefined) continue;
    const shareRow = g.row();
    g.put(shareRow, 2, textCell(label(t, 'runOnCostShare'), 'label'));
    terms ??= runOnTerms(index, snapshot, agreement);
    const built = terms === null ? null : costShareFormula(terms, part.schoolForm);
    const cell =
      built !== null && built.value === part.costShare
        ? formulaCell(built.formula, part.costShare, FORMATS.indexFactor)
        : numberCell(part.costShare, FORMATS.indexFactor);
    into.costShare.set(key, g.put(shareRow, 3, cell));
  }
}

/** A payer's users × share as the cost-share formula writes it, with its school form. */
interface RunOnTerm {
  formula: string;
  value: number;
  schoolForm: SchoolForm;
}

/** The agreement's payers with a share > 0, in payer-id order (null: a payer is not in the snapshot). */
function runOnTerms(index: ModelIndex, snapshot: SnapshotRefs, agreement: CurrentAgreement): RunOnTerm[] | null {
  const solutions = [...new Set(agreement.solutionIds)];
  const terms: RunOnTerm[] = [];
  const sharesOf = solutions.map((id) => index.shares.get(id));
  for (let position = 0; position < index.payers.length; position++) {
    const payer = index.payers[position]!;
    let best = 0;
    for (const shares of sharesOf) best = Math.max(best, shares?.[position] ?? 0);
    if (!(best > 0)) continue;
    const refs = snapshot.payers.get(payer.id);
    if (refs === undefined) return null;
    const cells = solutions.map((id) => refs.shares.get(id));
    if (cells.some((c) => c === undefined)) return null;
    const shareCells = cells as NonNullable<(typeof cells)[number]>[];
    const share =
      shareCells.length === 1 ? address(shareCells[0]!.pos) : `MAX(${shareCells.map((c) => address(c.pos)).join(',')})`;
    const shareValue = Math.max(0, ...shareCells.map((c) => c.value as number));
    const users = refs.counts.users;
    terms.push({
      formula: `${address(users.pos)}*${share}`,
      value: (users.value as number) * shareValue,
      schoolForm: payer.schoolForm,
    });
  }
  return terms;
}

/**
 * (Σ users×share of the school form) / (Σ users×share of all), over the
 * agreement's payers in payer-id order; null when the school form has none
 * or the formula would be longer than a cell takes.
 */
function costShareFormula(terms: RunOnTerm[], form: SchoolForm): { formula: string; value: number } | null {
  const ofForm = terms.filter((x) => x.schoolForm === form);
  if (ofForm.length === 0) return null;
  // Measured before it is built: with hundreds of payers most of these would be too long to write.
  const length = (xs: RunOnTerm[]): number => xs.reduce((n, x) => n + x.formula.length + 1, 0);
  if (length(ofForm) + length(terms) + 3 > MAX_FORMULA_LENGTH) return null;
  const sum = (xs: RunOnTerm[]): number => xs.reduce((s, x) => s + x.value, 0);
  return {
    formula: `(${ofForm.map((x) => x.formula).join('+')})/(${terms.map((x) => x.formula).join('+')})`,
    value: sum(ofForm) / sum(terms),
  };
}
