/**
 * The one complete check: every press of "Kontrollera" (and every CLI run)
 * reads the workbook afresh and reports all its problems in one list —
 * reading, model validation and plausibility together — each at the cell
 * that holds the value, sorted as the sheets are. Nothing is written.
 *
 * Why validation runs even when reading found errors: otherwise problems come
 * in rounds (fix eight, press again, find four more). The reader keeps every
 * row that read cleanly (ReadResult.partial) and the engine validates those.
 * Reference checks are left out then, because a row left out for a bad cell
 * would make every row naming it look like it names something unknown: the
 * reader has already checked every name against the tables it read.
 */
import { plausibilityWarnings, validateModel } from '../engine';
import type { CostModel, Problem, ProblemCode } from '../engine/model';
import { fingerprint } from '../workbook/fingerprint';
import type { WorkbookGrid } from '../workbook/grid';
import { parseCell } from '../workbook/a1';
import { readModel, withHiddenRowNotes, type BriefInputs } from '../workbook/read';
import type { Language } from '../workbook/schema/choices';
import type { WorkbookHost } from './port';
import { stalenessOf, type Staleness } from './staleness';

export interface CheckReport {
  /** The grid as read for this check (the write use case reads again: the workbook may change in between). */
  grid: WorkbookGrid;
  /** The model, or null when any problem is an error. */
  model: CostModel | null;
  /** Every problem: reading, validation and plausibility, sorted by sheet and cell. */
  problems: Problem[];
  /** fingerprint(model) of the inputs as read now, or null when they do not read. */
  inputFingerprint: string | null;
  staleness: Staleness;
  /** Input sheets the reader needs that the workbook lacks. */
  missingSheets: string[];
  /** What the decision brief shows from Beslutsgång (the trail's place, the question, decision and recommendation). */
  brief: BriefInputs;
}

/** Codes of checks that compare a row with other tables: consequences, not causes, when rows were left out. */
const REFERENCE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'unknownSolution',
  'unknownPayer',
  'unknownAllocationKey',
  'uncoveredSolution',
  'unusedSolution',
  'unusedCostLine',
  'percentKeyOutsideBase',
  'noUsers',
]);

export async function checkWorkbook(host: WorkbookHost, language: Language): Promise<CheckReport> {
  return checkGrid(await host.readGrid(), language);
}

/** The check of a grid already read (pure): what checkWorkbook reports. */
export function checkGrid(grid: WorkbookGrid, language: Language): CheckReport {
  const read = readModel(grid, { language });
  const readClean = read.model !== null;
  const checked = read.partial ? [...validateModel(read.partial), ...plausibilityWarnings(read.partial)] : [];
  const further = readClean ? checked : checked.filter((p) => !REFERENCE_CODES.has(p.code));
  // Validation and plausibility problems in hidden rows say so, as the reader's own do.
  const problems = sortByCell(grid, dedupe([...read.problems, ...withHiddenRowNotes(grid, further)]));
  const model = problems.some((p) => p.severity === 'error') ? null : read.model;
  const inputFingerprint = read.model ? fingerprint(read.model) : null;
  return {
    grid,
    model,
    problems,
    inputFingerprint,
    staleness: stalenessOf(grid, model ? inputFingerprint : null),
    brief: read.brief,
    missingSheets: [...new Set(read.problems.filter((p) => p.code === 'missingSheet' && p.at).map((p) => p.at!.sheet))],
  };
}

/** One problem per code, cell and message: the reader, the check and the engine may find the same thing. */
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.at?.sheet ?? ''}\u0000${p.at?.cell ?? ''}\u0000${p.message.sv}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Problems without a cell first (a missing sheet), then by the sheet's tab
 * position, row and column; equal places keep their order (errors were found
 * before the warnings about the same cell).
 */
function sortByCell(grid: WorkbookGrid, problems: Problem[]): Problem[] {
  const tab = new Map(grid.sheets.map((s, i) => [s.name, i]));
  const place = (p: Problem): [number, number, number] => {
    if (!p.at) return [-1, 0, 0];
    const sheet = tab.get(p.at.sheet) ?? grid.sheets.length;
    try {
      const { row, col } = parseCell(p.at.cell);
      return [sheet, row, col];
    } catch {
      return [sheet, 0, 0]; // a range or name as the place: the top of its sheet
    }
  };
  return problems
    .map((p, i) => ({ p, i, at: place(p) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.at[2] - b.at[2] || a.i - b.i)
    .map((x) => x.p);
}
