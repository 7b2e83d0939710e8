/**
 * The workbook of the browser preview: the in-memory Excel emulation loaded
 * with the Stockholm sample's input sheets, as the analyst's own sheets (no
 * marker). `?workbook=empty` starts from an empty workbook (to try "create
 * input sheets"); `?workbook=error` types a word into the first payer's pupil
 * count (to try the input check and "go to cell").
 */
import { createEmulatedWorkbook, type EmulatedWorkbook } from '../../hosts/emulation';
import { stockholmSample } from '../../sample/stockholm';
import { inputSheetsPlan } from '../../workbook/inputs';
import type { PlannedSheet } from '../../workbook/plan';
import { BLOCKS, normaliseKey } from '../../workbook/schema';
import { columnLetters } from '../../workbook/a1';

export type PreviewStart = 'sample' | 'empty' | 'error';

export function previewStartOf(search: string): PreviewStart {
  const wanted = new URLSearchParams(search).get('workbook');
  return wanted === 'empty' || wanted === 'error' ? wanted : 'sample';
}

/** The word typed into a count by `?workbook=error`: text where a number belongs. */
export const BROKEN_VALUE = 'många';

export function createPreviewWorkbook(start: PreviewStart): EmulatedWorkbook {
  const workbook = createEmulatedWorkbook();
  if (start === 'empty') return workbook;
  const sheets = inputSheetsPlan(stockholmSample(), { language: 'sv', illustrative: true });
  if (start === 'error') breakFirstPupilCount(sheets);
  workbook.loadPlannedSheets(sheets);
  return workbook;
}

/** Where the first payer's pupil count sits in the planned input sheets. */
function firstPupilCount(sheets: PlannedSheet[]): { sheet: PlannedSheet; row: number; column: number } | null {
  const pupils = BLOCKS.payers.columns.find((c) => c.key === 'pupils')!;
  const headers = new Set([pupils.sv, pupils.en, ...pupils.aliases].map(normaliseKey));
  for (const sheet of sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const c = sheet.rows[r]!.findIndex(
        (cell) => typeof cell?.value === 'string' && headers.has(normaliseKey(cell.value)),
      );
      if (c >= 0 && sheet.rows[r + 1]?.[c]) return { sheet, row: r + 1, column: c };
    }
  }
  return null;
}

/** The cell `?workbook=error` breaks, e.g. { sheet: 'Resurser', cell: 'D6' } (the browser tests look for it). */
export function brokenCell(sheets: PlannedSheet[]): { sheet: string; cell: string } | null {
  const at = firstPupilCount(sheets);
  return at && { sheet: at.sheet.name, cell: `${columnLetters(at.column)}${at.row + 1}` };
}

function breakFirstPupilCount(sheets: PlannedSheet[]): void {
  const at = firstPupilCount(sheets);
  if (!at) throw new Error('preview: the sample has no pupil count to break');
  at.sheet.rows[at.row]![at.column] = { value: BROKEN_VALUE, numberFormat: '@' };
}
