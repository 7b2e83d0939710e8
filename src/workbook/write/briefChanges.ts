/**
 * "Ändringar sedan förra versionen" in a few lines: what the decision brief
 * shows, and what the command line and the task pane say after a write. The
 * comparison sheet has the whole section (changesSection.ts).
 */
import type { DisplayUnit } from '../../engine/model';
import type { GenerationChanges } from '../changes';
import { label, unitLabel, type Language } from '../labels';
import { amountText, briefLabel } from './briefLabels';
import { changeLineText, uncomparedText } from './changesSection';

/** Changed input rows named; the rest are counted and found on the comparison sheet. */
const CHANGED_ROWS_SHOWN = 3;

/**
 * One line when there is nothing to compare with (the first generation, or a
 * predecessor unknown); otherwise what it was compared with, each
 * alternative's total difference, and the first changed input rows.
 */
export function changesInBrief(
  changes: GenerationChanges,
  language: Language,
  unit: DisplayUnit,
  comparisonSheet: string,
): string[] {
  if (changes.kind !== 'compared') return [uncomparedText(changes, language)];
  const unitText = unitLabel(language, unit);
  const lines = [
    label(language, 'changesComparedWith', {
      date: changes.previous.generatedAt.slice(0, 10),
      fingerprint: changes.previous.fingerprint.slice(0, 8),
    }),
  ];
  const totals = changes.alternatives.map((a) =>
    a.difference === null
      ? `${a.name}: ${label(language, a.previous === null ? 'changesNewAlternative' : 'changesRemovedAlternative')}`
      : `${a.name} ${amountText(language, a.difference.total, unit, unitText, true)}`,
  );
  lines.push(briefLabel(language, 'changesTotals', { list: totals.join(' · ') }));
  if (changes.rows.length === 0) return [...lines, label(language, 'changesNoRows')];
  const shown = changes.rows.slice(0, CHANGED_ROWS_SHOWN).map((r) => changeLineText(r, language));
  const more = changes.rows.length - shown.length;
  lines.push(
    briefLabel(language, more > 0 ? 'changesRowsMore' : 'changesRows', {
      count: String(changes.rows.length),
      list: shown.join('; '),
      more: String(more),
      sheet: comparisonSheet,
    }),
  );
  return lines;
}
