/**
 * The section "Ändringar sedan förra versionen" on a generated sheet: per
 * alternative the previous and the new total and their difference, then the
 * input rows added, removed or changed since the previous generation, by
 * sheet, table and row id ("Kostnader (Kostnadsrader), rad L07: ändrad
 * (Belopp)"), at most `maxRows` of them and "och N till". The first
 * generation, and one whose predecessor is unknown, say so in one line.
 *
 * Written on the comparison sheet and on the decision brief: it renders onto
 * any SheetContext, from the diff the use case computed
 * (src/workbook/changes.ts). Every figure is a constant: the previous total
 * is gone from the workbook, and new − previous is computed in öre, exactly.
 */
import type { ComparedChanges, GenerationChanges, RowChange, UnknownReason } from '../changes';
import { label, unitLabel, type Language, type LabelKey } from '../labels';
import { BLOCKS, SHEETS } from '../schema/format';
import { numberCell, textCell } from './cells';
import { moneyFormat } from './formats';
import { kr, type SheetContext } from './layout';

export interface ChangesSectionOptions {
  /** Changed input rows listed at most; the rest are counted ("och 12 till"). Default 25. */
  maxRows?: number;
}

const REASONS: Record<UnknownReason, LabelKey> = {
  noComparison: 'changesReasonNoComparison',
  missing: 'changesReasonMissing',
  damaged: 'changesReasonDamaged',
  otherFormat: 'changesReasonOtherFormat',
  unreadable: 'changesReasonUnreadable',
};

const KINDS: Record<RowChange['kind'], LabelKey> = {
  added: 'changeAdded',
  removed: 'changeRemoved',
  changed: 'changeChanged',
};

/** The one line that stands for the section when there is nothing to compare with: first generation, or predecessor unknown. */
export function uncomparedText(changes: Exclude<GenerationChanges, ComparedChanges>, language: Language): string {
  if (changes.kind === 'first') return label(language, 'changesFirst');
  const reason = label(language, REASONS[changes.reason]);
  return changes.previousGeneratedAt === undefined
    ? label(language, 'changesUnknown', { reason })
    : label(language, 'changesUnknownDated', { reason, date: changes.previousGeneratedAt });
}

/** Writes the section at the builder's next row, starting with its subtitle. */
export function writeChangesSection(
  ctx: SheetContext,
  changes: GenerationChanges,
  options: ChangesSectionOptions = {},
): void {
  const { b, language } = ctx;
  b.put(b.row(), 0, textCell(label(language, 'sectionChanges'), 'subtitle'));
  if (changes.kind !== 'compared') {
    b.put(b.row(), 0, textCell(uncomparedText(changes, language), 'note'));
    return;
  }
  b.put(
    b.row(),
    0,
    textCell(
      label(language, 'changesComparedWith', {
        date: changes.previous.generatedAt,
        fingerprint: changes.previous.fingerprint.slice(0, 8),
      }),
      'note',
    ),
  );
  writeTotals(ctx, changes);
  b.skip();
  writeRows(ctx, changes.rows, options.maxRows ?? 25);
}

function writeTotals(ctx: SheetContext, changes: ComparedChanges): void {
  const { b, language } = ctx;
  const unit = unitLabel(language, ctx.unit);
  const money = moneyFormat(ctx.unit);
  const header = b.row();
  b.put(header, 0, textCell(label(language, 'alternative'), 'header'));
  (['changesPreviousTotal', 'changesNewTotal', 'changesDifference'] as const).forEach((key, i) =>
    b.put(header, 1 + i, textCell(label(language, key, { unit }), 'header')),
  );
  b.put(header, 4, textCell(label(language, 'changesRemark'), 'header'));
  const figure = (ore: number | undefined, style?: 'total') =>
    ore === undefined ? textCell(label(language, 'notApplicable')) : numberCell(kr(ore), money, style);
  for (const a of changes.alternatives) {
    const row = b.row();
    b.put(row, 0, textCell(a.name, 'label'));
    b.put(row, 1, figure(a.previous?.total));
    b.put(row, 2, figure(a.next?.total));
    b.put(row, 3, figure(a.difference?.total, 'total'));
    if (a.previous === null) b.put(row, 4, textCell(label(language, 'changesNewAlternative')));
    else if (a.next === null) b.put(row, 4, textCell(label(language, 'changesRemovedAlternative')));
  }
}

function writeRows(ctx: SheetContext, rows: RowChange[], maxRows: number): void {
  const { b, language } = ctx;
  if (rows.length === 0) {
    b.put(b.row(), 0, textCell(label(language, 'changesNoRows'), 'label'));
    return;
  }
  b.put(b.row(), 0, textCell(label(language, 'changesRowsTitle', { count: String(rows.length) }), 'label'));
  const header = b.row();
  (['changesSheet', 'changesTable', 'changesRow', 'changesKind', 'changesFields'] as const).forEach((key, i) =>
    b.put(header, i, textCell(label(language, key), 'header')),
  );
  const shown = rows.slice(0, Math.max(0, maxRows));
  for (const change of shown) {
    const row = b.row();
    const where = rowPlace(change, language);
    b.put(row, 0, textCell(where.sheet));
    b.put(row, 1, textCell(where.table));
    b.put(row, 2, textCell(where.row));
    b.put(row, 3, textCell(label(language, KINDS[change.kind])));
    const fields = fieldsText(change, language);
    if (fields !== '') b.put(row, 4, textCell(fields));
  }
  if (rows.length > shown.length)
    b.put(b.row(), 0, textCell(label(language, 'changesMore', { count: String(rows.length - shown.length) }), 'note'));
}

/** One changed row as a line of text: "Kostnader (Kostnadsrader), rad L07: ändrad (Belopp)". */
export function changeLineText(change: RowChange, language: Language): string {
  const where = rowPlace(change, language);
  const sheet = where.table === where.sheet ? where.sheet : `${where.sheet} (${where.table})`;
  const kind = label(language, KINDS[change.kind]);
  const fields = fieldsText(change, language);
  return fields === ''
    ? label(language, 'changeLine', { sheet, row: where.row, change: kind })
    : label(language, 'changeLineFields', { sheet, row: where.row, change: kind, fields });
}

/** The sheet and table a row is on, in the language's words, and the row as a reader finds it. */
export function rowPlace(change: RowChange, language: Language): { sheet: string; table: string; row: string } {
  const block = BLOCKS[change.table];
  const sheet = SHEETS.find((s) => s.key === block.sheet)?.[language] ?? block.sheet;
  const row =
    change.table === 'parameters'
      ? (block.fields?.find((f) => f.key === change.id)?.[language] ?? change.id)
      : change.id;
  return { sheet, table: block.title[language], row };
}

/**
 * The changed fields by their column headers. A parameter has one value:
 * nothing to add. A usage field is a solution and an allocation key's a
 * payer: their names are the columns.
 */
function fieldsText(change: RowChange, language: Language): string {
  if (change.table === 'parameters' || change.table === 'indexRates') return '';
  if (change.table === 'usage' || change.table === 'percentKeys') return change.fields.join(', ');
  const columns = BLOCKS[change.table].columns;
  return change.fields.map((key) => columns.find((c) => c.key === key)?.[language] ?? key).join(', ');
}
