/**
 * Every problem the reader reports, with its Swedish and English message, in
 * one place. A message says what was found and what was expected, and for
 * anything missing how to add it; the cell is in `at`.
 */
import type { CellRef, Problem, ProblemCode } from '../../engine/model';
import type { CellValue } from '../grid';
import type { Language } from '../schema/choices';
import type { BlockSpec, ColumnSpec, FieldSpec, SheetSpec, Texts } from '../schema/types';

function problem(
  code: ProblemCode,
  at: CellRef | undefined,
  sv: string,
  en: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return at ? { code, severity, at, message: { sv, en } } : { code, severity, message: { sv, en } };
}

/** How a found value is quoted in a message. */
export function shown(value: CellValue): Texts {
  if (value === null) return { sv: 'en tom cell', en: 'an empty cell' };
  if (typeof value === 'boolean') return value ? { sv: 'SANT', en: 'TRUE' } : { sv: 'FALSKT', en: 'FALSE' };
  if (typeof value === 'object') return { sv: value.error, en: value.error };
  const text = String(value);
  const quoted = `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
  return { sv: quoted, en: quoted };
}

const headerList = (columns: readonly ColumnSpec[], language: Language): string =>
  columns.map((c) => `"${c[language]}"`).join(', ');

/**
 * A sheet is missing. `at` names the sheet as the writer would create it in
 * the user's language, at A1: the task pane lists missing sheets from it and
 * offers to create them.
 */
export function missingSheet(sheet: SheetSpec, missing: readonly BlockSpec[], language: Language): Problem {
  const tables = (l: Language) => missing.map((b) => `${b.title[l]} (${b.table})`).join(', ');
  return problem(
    'missingSheet',
    { sheet: sheet[language], cell: 'A1' },
    `Bladet "${sheet.sv}" saknas (det ska innehålla ${tables('sv')}). Lägg till ett blad med namnet ${sheet.sv}, eller skapa indatabladen från aktivitetsfönstret.`,
    `The sheet "${sheet.en}" (or "${sheet.sv}") is missing (it should hold ${tables('en')}). Add a sheet with that name, or create the input sheets from the task pane.`,
  );
}

export function missingBlock(block: BlockSpec, sheetName: string): Problem {
  const required = block.columns.filter((c) => c.required);
  return problem(
    'missingColumn',
    { sheet: sheetName, cell: 'A1' },
    `Hittade varken tabellen ${block.table} eller en rubrikrad med ${headerList(required, 'sv')} på bladet ${sheetName}. Lägg till tabellen "${block.title.sv}" med de rubrikerna.`,
    `Found neither the table ${block.table} nor a header row with ${headerList(required, 'en')} on the sheet ${sheetName}. Add the table "${block.title.en}" with those headers.`,
  );
}

export function missingColumn(block: BlockSpec, column: ColumnSpec, at: CellRef, headerRow: number): Problem {
  return problem(
    'missingColumn',
    at,
    `Kolumnen "${column.sv}" saknas i tabellen ${block.title.sv} (rubrikrad ${headerRow + 1}). Lägg till en kolumn med rubriken ${column.sv}.`,
    `The column "${column.en}" is missing from the table ${block.title.en} (header row ${headerRow + 1}). Add a column headed ${column.en} (or ${column.sv}).`,
  );
}

/** A column added later is missing: the workbook still reads, with the column's blank meaning. */
export function missingNewColumn(block: BlockSpec, column: ColumnSpec, at: CellRef): Problem {
  const blank = column.blank ?? { sv: 'tom', en: 'blank' };
  return problem(
    'missingNewColumn',
    at,
    `Kolumnen "${column.sv}" saknas i tabellen ${block.title.sv}: arbetsboken är gjord före kolumnen fanns och läses som om varje rad hade "${blank.sv}". Lägg till kolumnen om det inte stämmer.`,
    `The column "${column.en}" (${column.sv}) is missing from the table ${block.title.en}: the workbook predates it and is read as if every row said "${blank.en}" (${blank.sv}). Add the column if that is not right.`,
    'warning',
  );
}

export function missingField(block: BlockSpec, field: FieldSpec, at: CellRef): Problem {
  return problem(
    'emptyRequired',
    at,
    `Parametern "${field.sv}" saknas i tabellen ${block.title.sv}. Lägg till en rad med ${field.sv} i kolumnen Parameter och värdet bredvid.`,
    `The parameter "${field.en}" is missing from the table ${block.title.en}. Add a row with ${field.en} in the Parameter column and its value beside it.`,
  );
}

export function errorValue(at: CellRef, value: { error: string }, what: Texts): Problem {
  return problem(
    'errorValue',
    at,
    `Cellen innehåller felvärdet ${value.error} (${what.sv}). Rätta formeln eller skriv in ett värde.`,
    `The cell holds the error value ${value.error} (${what.en}). Fix the formula or type a value.`,
  );
}

export function invalidValue(code: ProblemCode, at: CellRef, value: CellValue, what: Texts, expected: Texts): Problem {
  const found = shown(value);
  return problem(
    code,
    at,
    `Hittade ${found.sv} i ${what.sv}; väntade ${expected.sv}.`,
    `Found ${found.en} in ${what.en}; expected ${expected.en}.`,
  );
}

export function emptyRequired(at: CellRef, what: Texts, expected: Texts): Problem {
  return problem(
    'emptyRequired',
    at,
    `Tom cell i ${what.sv}; fyll i ${expected.sv}.`,
    `Empty cell in ${what.en}; fill in ${expected.en}.`,
  );
}

export function emptyTable(block: BlockSpec, at: CellRef): Problem {
  return problem(
    'emptyTable',
    at,
    `Tabellen ${block.title.sv} har inga rader. Lägg till minst en rad under rubrikerna.`,
    `The table ${block.title.en} has no rows. Add at least one row below its headers.`,
  );
}

export function duplicateName(at: CellRef, name: string, kind: Texts, first: CellRef): Problem {
  return problem(
    'duplicateName',
    at,
    `${capital(kind.sv)} "${name}" finns redan i ${first.sheet}!${first.cell}; namn måste vara unika (stora och små bokstäver räknas lika).`,
    `The ${kind.en} "${name}" already appears in ${first.sheet}!${first.cell}; names must be unique (ignoring case).`,
  );
}

export function unknownName(
  code: ProblemCode,
  at: CellRef,
  name: string,
  kind: Texts,
  where: Texts,
  severity: Problem['severity'] = 'error',
): Problem {
  return problem(
    code,
    at,
    `Hittade ${kind.sv} "${name}", som inte finns i ${where.sv}. Rätta stavningen eller lägg till den där.`,
    `Found the ${kind.en} "${name}", which is not in ${where.en}. Correct the spelling or add it there.`,
    severity,
  );
}

export function tiersWithoutBands(at: CellRef, lineId: string): Problem {
  return problem(
    'emptyRequired',
    at,
    `Kostnadsraden "${lineId}" har en trappa men inga prisband. Lägg till rader med Kostnadsrad = ${lineId} i tabellen Prisstegar, eller töm Trappa.`,
    `The cost line "${lineId}" has tiers but no price bands. Add rows with Cost line = ${lineId} to the Price tiers table, or clear Tiers.`,
  );
}

export function bandsWithoutTiers(at: CellRef, lineId: string): Problem {
  return problem(
    'unknownChoice',
    at,
    `Prisbandet hör till kostnadsraden "${lineId}", som saknar trappa. Skriv stegvis eller volym i radens kolumn Trappa.`,
    `The price band belongs to the cost line "${lineId}", which has no tiers. Write graduated or volume in its Tiers column.`,
  );
}

export function tiersNeedDriver(at: CellRef): Problem {
  return problem(
    'unknownChoice',
    at,
    'En trappa kräver en prismodell per något (per elev, per användare …), inte fast.',
    'Tiers need a per-unit pricing basis (per pupil, per user …), not fixed.',
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
