/**
 * The decision trail (Beslutsgång): which forum saw the figures, when, what it
 * decided, and which generation it saw. It is the analyst's record, not an
 * input of the cost model: a problem in it is a warning (it changes no
 * figure, so it never stops a generation), shown at its cell like any other.
 */
import type { CellRef } from '../../../engine/model';
import type { CellValue } from '../../grid';
import { cellOf, openBlock, type ReadContext } from './context';
import type { ColumnKey } from '../../schema/format';

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

/**
 * Where the trail's columns are, for the brief's formulas: the sheet, the
 * first row below the header (0-based) and each column (0-based); absent
 * when the workbook has no trail.
 */
export interface DecisionTrailPlace {
  sheet: string;
  firstRow: number;
  columns: { forum: number; date: number; decision: number; basis?: number };
  /** Rows from firstRow the brief's formulas look at: room for the trail to grow (at least 200). */
  rows: number;
  /**
   * The cells of those columns (forum, date, decision, basis: null without a
   * basis column) from firstRow down to the last row within `rows` holding
   * any of them, as stored: the brief's formulas are cached with what they
   * give on these cells.
   */
  values: CellValue[][];
}

/** The least number of rows the brief's trail formulas cover. */
export const TRAIL_ROWS = 200;

/** One of the brief's words: the text as read (null: blank or absent, the brief says its default), and its cell. */
export interface BriefWord {
  value: string | null;
  /** The analyst's cell, also when blank; absent when the workbook has no such cell. */
  at?: CellRef;
}

export interface BriefText {
  question: BriefWord;
  decisionAsked: BriefWord;
  recommendation: BriefWord;
}

/** What the decision brief shows from the Beslutsgång sheet besides the trail's rows. */
export interface BriefInputs {
  /** Where the trail is, for the brief's live formulas; absent without a trail table. */
  trailAt?: DecisionTrailPlace;
  text: BriefText;
}

/** The trail's place and the brief's words (problems as warnings, like the trail's). */
export function readBriefInputs(ctx: ReadContext): BriefInputs {
  const record: BriefInputs = { text: readBriefText(ctx) };
  const block = ctx.located.blocks.decisionTrail;
  const col = (key: ColumnKey<'decisionTrail'>): number | undefined => block?.columns.get(key);
  const [forum, date, decision, basis] = [col('forum'), col('date'), col('decision'), col('basis')];
  if (block && forum !== undefined && date !== undefined && decision !== undefined) {
    const firstRow = block.headerRow + 1;
    const cell = (row: number, col: number | undefined): CellValue =>
      col === undefined ? null : (block.sheet.values[row]?.[col] ?? null);
    const line = (row: number): CellValue[] => [
      cell(row, forum),
      cell(row, date),
      cell(row, decision),
      cell(row, basis),
    ];
    // Everything stored below the header in these columns (a row typed after a gap counts in the formulas too).
    let last = firstRow - 1;
    for (let row = firstRow; row < block.sheet.values.length; row++) if (line(row).some((v) => v !== null)) last = row;
    const rows = Math.max(TRAIL_ROWS, last - firstRow + 1 + 50);
    const values: CellValue[][] = [];
    for (let row = firstRow; row <= last; row++) values.push(line(row));
    record.trailAt = {
      sheet: block.sheet.name,
      firstRow,
      rows,
      columns: basis === undefined ? { forum, date, decision } : { forum, date, decision, basis },
      values,
    };
  }
  return record;
}

/**
 * The first row of the brief's text block. A cell that is present is named
 * (at) even when blank, so the brief's formula shows what the analyst types
 * there later.
 */
function readBriefText(ctx: ReadContext): BriefText {
  const words: BriefText = {
    question: { value: null },
    decisionAsked: { value: null },
    recommendation: { value: null },
  };
  const local: ReadContext = { ...ctx, problems: [] };
  const rows = openBlock(local, 'briefText') ?? [];
  const block = ctx.located.blocks.briefText;
  // The first data row, or the row just below the header when the table is empty (where a word would go).
  const first = rows[0];
  if (block) {
    const row = block.dataRows[0] ?? block.headerRow + 1;
    for (const key of ['question', 'decisionAsked', 'recommendation'] as const) {
      const c = block.columns.get(key);
      if (c === undefined) continue;
      const value = first?.text(key);
      words[key] = {
        value: typeof value === 'string' && value.trim() !== '' ? value : null,
        at: cellOf(block, row, c),
      };
    }
  }
  pushAsWarnings(ctx, local);
  return words;
}

function pushAsWarnings(ctx: ReadContext, local: ReadContext): void {
  ctx.problems.push(
    ...local.problems.map((p) => ({
      ...p,
      severity: 'warning' as const,
      message: { sv: `${p.message.sv} ${NO_FIGURE_CHANGES.sv}`, en: `${p.message.en} ${NO_FIGURE_CHANGES.en}` },
    })),
  );
}

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
  pushAsWarnings(ctx, local);
  return entries;
}
