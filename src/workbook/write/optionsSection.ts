/**
 * The comparison sheet's totals with and without option years
 * (Parameters.countOptions): the way Parametrar counts them is a formula
 * referring to the scenario sheet; the other way is the engine's second
 * computation (ScenarioResult.optionsOtherWay), a value, or "–" when that way
 * leaves a used solution without a contract for some years.
 */
import type { ScenarioResult } from '../../engine/model';
import { label, unitLabel } from '../labels';
import { numberCell, textCell } from './cells';
import { refCell } from './crossRefs';
import { moneyFormat } from './formats';
import { kr, type SheetContext } from './layout';
import type { ScenarioAnchors } from './scenarioSheet';

export function writeOptionsSection(
  ctx: SheetContext,
  scenarios: readonly ScenarioAnchors[],
  results: readonly ScenarioResult[],
  names: readonly string[],
  countOptions: boolean,
): void {
  const { b, language } = ctx;
  const money = moneyFormat(ctx.unit);
  const na = label(language, 'notApplicable');
  b.put(b.row(), 0, textCell(label(language, 'sectionOptions', { unit: unitLabel(language, ctx.unit) }), 'subtitle'));
  b.put(b.row(), 0, textCell(label(language, countOptions ? 'optionsNoteCounted' : 'optionsNoteNotCounted'), 'note'));
  const header = b.row();
  (['alternative', 'totalWithOptions', 'npvWithOptions', 'totalWithoutOptions', 'npvWithoutOptions'] as const).forEach(
    (key, i) => b.put(header, i, textCell(label(language, key), 'header')),
  );
  scenarios.forEach((s, k) => {
    const row = b.row();
    b.put(row, 0, textCell(names[k] ?? '', 'label'));
    const other = results[k]?.optionsOtherWay ?? null;
    const own = countOptions ? 1 : 3;
    const otherCol = countOptions ? 3 : 1;
    b.put(row, own, refCell(s.sheetName, s.total, money, 'total'));
    b.put(row, own + 1, refCell(s.sheetName, s.npv, money, 'total'));
    if (other === null) {
      b.put(row, otherCol, textCell(na, 'label'));
      b.put(row, otherCol + 1, textCell(na, 'label'));
    } else {
      b.put(row, otherCol, numberCell(kr(other.total), money));
      b.put(row, otherCol + 1, numberCell(kr(other.npv), money));
    }
  });
  b.skip();
}
