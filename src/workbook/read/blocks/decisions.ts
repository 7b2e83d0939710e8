/**
 * The decision trail (Beslutsgång): which forum saw the figures, when, what it
 * decided, and which generation it saw. It is the analyst's record, not an
 * input of the cost model: a problem in it is a warning (it changes no
 * figure, so it never stops a generation), shown at its cell like any other.
 */
import type { CellRef } from '../../../engine/model';
import { openBlock, type ReadContext } from './context';

export interface DecisionEntry {
  forum: string;
  /** ISO 'YYYY-MM-DD'. */
  date: string;
  decision: string;
  /** The input fingerprint of the generation the forum saw, as typed; absent when unknown. */
  basis?: string;
  /** The row's Forum cell. */
  at: CellRef;
}

const NO_FIGURE_CHANGES = {
  sv: 'Beslutsgången påverkar inga belopp: scenarierna kan ändå skrivas.',
  en: 'The decision trail changes no figure: the scenarios can be written anyway.',
};

export function readDecisionTrail(ctx: ReadContext): DecisionEntry[] {
  const local: ReadContext = { ...ctx, problems: [] };
  const entries: DecisionEntry[] = [];
  for (const r of openBlock(local, 'decisionTrail') ?? []) {
    const forum = r.text('forum', true);
    const date = r.date('date', true);
    const decision = r.text('decision', true);
    const basis = r.text('basis');
    if (!forum || !date || !decision || basis === undefined) continue;
    const entry: DecisionEntry = { forum, date, decision, at: r.at('forum') };
    if (basis) entry.basis = basis;
    entries.push(entry);
  }
  ctx.problems.push(
    ...local.problems.map((p) => ({
      ...p,
      severity: 'warning' as const,
      message: { sv: `${p.message.sv} ${NO_FIGURE_CHANGES.sv}`, en: `${p.message.en} ${NO_FIGURE_CHANGES.en}` },
    })),
  );
  return entries;
}
