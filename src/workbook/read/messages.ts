/**
 * Every problem the reader reports, with its Swedish and English message, in
 * one place. A message says what was found and what was expected, and for
 * anything missing how to add it; the cell is in `at`.
 */
import type { CellRef, Problem, ProblemCode } from '../../engine/model';
import type { CellValue } from '../grid';
import type { Language } from '../schema/choices';
import { lookalikeCharacters } from '../schema/normalise';
import { serialToIso } from './parseDate';
import { HEADER_SEARCH_ROWS } from './sheetCells';
import type { BlockSpec, ColumnSpec, FieldSpec, SheetSpec, Texts } from '../schema/types';
import type { NameHint } from './names';

function problem(
  code: ProblemCode,
  at: CellRef | undefined,
  sv: string,
  en: string,
  severity: Problem['severity'] = 'error',
): Problem {
  return at ? { code, severity, at, message: { sv, en } } : { code, severity, message: { sv, en } };
}

/** Longer texts are cut in messages: a pasted paragraph would bury the message itself. */
const QUOTE_LENGTH = 40;

/**
 * A typed text in quotes, as the cell shows it: cut after 40 characters, and
 * characters the eye cannot see (zero-width spaces, control characters) shown
 * as <U+200B>, so "Schema" and "Schema\u200b" do not look like the same name.
 */
export function quote(text: string): string {
  const chars = [...text];
  const cut = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH - 1).join('')}…` : text;
  const visible = cut.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be made visible
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200f\u2060\ufeff]/g,
    (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
  return `"${visible}"`;
}

/** A number format that shows a date ('yyyy-mm-dd', 'd/m/yy', 'mmm-yy'), not a number or a time alone. */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const code = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /[dy]/.test(code) || /m{3,}/.test(code);
}

/**
 * How a found value is quoted in a message: as the cell shows it. A serial
 * number in a date-formatted cell is the date the analyst sees ("2025-01-01"),
 * not 45658.
 */
export function shown(value: CellValue, format?: string): Texts {
  if (typeof value === 'number' && isDateFormat(format)) {
    const iso = serialToIso(value);
    if (iso) return { sv: `datumet ${iso}`, en: `the date ${iso}` };
  }
  if (value === null) return { sv: 'en tom cell', en: 'an empty cell' };
  if (typeof value === 'boolean') return value ? { sv: 'SANT', en: 'TRUE' } : { sv: 'FALSKT', en: 'FALSE' };
  if (typeof value === 'object') return { sv: value.error, en: value.error };
  // A number as Excel shows it in each language: 1,5 in Swedish, 1.5 in English.
  if (typeof value === 'number') return { sv: quote(String(value).replace('.', ',')), en: quote(String(value)) };
  const quoted = quote(value);
  return { sv: quoted, en: quoted };
}

const headerList = (columns: readonly ColumnSpec[], language: Language): string =>
  columns.map((c) => `"${c[language]}"`).join(', ');

/**
 * A sheet is missing. `at` names the sheet as the writer would create it in
 * the user's language, at A1: the task pane lists missing sheets from it and
 * offers to create them.
 */
export function missingSheet(
  sheet: SheetSpec,
  missing: readonly BlockSpec[],
  language: Language,
  lookalike?: string,
): Problem {
  const tables = (l: Language) => missing.map((b) => `${b.title[l]} (${b.table})`).join(', ');
  const looks: Texts = lookalike
    ? {
        sv: ` Bladet ${quote(lookalike)} ser ut som ${sheet.sv} men innehåller ${lookalikeCharacters(lookalike).join(', ')}, en bokstav från ett annat alfabet; byt namn på det med vanliga bokstäver.`,
        en: ` The sheet ${quote(lookalike)} looks like ${sheet.en} but holds ${lookalikeCharacters(lookalike).join(', ')}, a letter from another alphabet; rename it in plain letters.`,
      }
    : { sv: '', en: '' };
  return problem(
    'missingSheet',
    { sheet: sheet[language], cell: 'A1' },
    `Bladet "${sheet.sv}" saknas (det ska innehålla ${tables('sv')}). Lägg till ett blad med namnet ${sheet.sv}, eller skapa indatabladen från aktivitetsfönstret.${looks.sv}`,
    `The sheet "${sheet.en}" (or "${sheet.sv}") is missing (it should hold ${tables('en')}). Add a sheet with that name, or create the input sheets from the task pane.${looks.en}`,
  );
}

export function missingBlock(block: BlockSpec, sheetName: string, farAt?: CellRef): Problem {
  const required = block.columns.filter((c) => c.required);
  if (farAt)
    return problem(
      'missingColumn',
      farAt,
      `Rubrikraden för tabellen ${block.title.sv} står på rad ${farAt.cell.replace(/^[A-Z]+/, '')}, men en rubrikrad hittas bara bland bladets första ${HEADER_SEARCH_ROWS} rader. Flytta upp tabellen, eller gör den till en Excel-tabell med namnet ${block.table}.`,
      `The header row of the table ${block.title.en} is on row ${farAt.cell.replace(/^[A-Z]+/, '')}, but header rows are only searched among the sheet's first ${HEADER_SEARCH_ROWS} rows. Move the table up, or make it an Excel table named ${block.table}.`,
    );
  return problem(
    'missingColumn',
    { sheet: sheetName, cell: 'A1' },
    `Hittade varken tabellen ${block.table} eller en rubrikrad med ${headerList(required, 'sv')} bland de första ${HEADER_SEARCH_ROWS} raderna på bladet ${sheetName}. Lägg till tabellen "${block.title.sv}" med de rubrikerna.`,
    `Found neither the table ${block.table} nor a header row with ${headerList(required, 'en')} among the first ${HEADER_SEARCH_ROWS} rows of the sheet ${sheetName}. Add the table "${block.title.en}" with those headers.`,
  );
}

export function missingColumn(
  block: BlockSpec,
  column: ColumnSpec,
  at: CellRef,
  headerRow: number,
  lookalike?: { header: string; at: CellRef },
): Problem {
  if (lookalike) {
    const chars = lookalikeCharacters(lookalike.header).join(', ');
    return problem(
      'missingColumn',
      lookalike.at,
      `Rubriken ${quote(lookalike.header)} ser ut som "${column.sv}" men innehåller ${chars}, en bokstav från ett annat alfabet som bara liknar den latinska, så kolumnen ${column.sv} saknas i tabellen ${block.title.sv}. Skriv om rubriken med vanliga bokstäver.`,
      `The header ${quote(lookalike.header)} looks like "${column.en}" but holds ${chars}, a letter from another alphabet that only looks Latin, so the column ${column.en} is missing from the table ${block.title.en}. Retype the header in plain letters.`,
    );
  }
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
    `Kolumnen "${column.sv}" saknas i tabellen ${block.title.sv} på bladet ${at.sheet}: arbetsboken är gjord före kolumnen fanns och läses som om varje rad hade "${blank.sv}". Lägg till kolumnen om det inte stämmer.`,
    `The column "${column.en}" (${column.sv}) is missing from the table ${block.title.en} on the sheet ${at.sheet}: the workbook predates it and is read as if every row said "${blank.en}" (${blank.sv}). Add the column if that is not right.`,
    'warning',
  );
}

/** A Parametrar row added later is missing: the workbook still reads, with the row's blank meaning. */
export function missingNewField(block: BlockSpec, field: FieldSpec, at: CellRef): Problem {
  const blank = field.blank ?? { sv: 'tom', en: 'blank' };
  return problem(
    'missingNewColumn',
    at,
    `Parametern "${field.sv}" saknas i tabellen ${block.title.sv} på bladet ${at.sheet}: arbetsboken är gjord före parametern fanns och läses med värdet "${blank.sv}". Lägg till en rad med ${field.sv} om det inte stämmer.`,
    `The parameter "${field.en}" (${field.sv}) is missing from the table ${block.title.en} on the sheet ${at.sheet}: the workbook predates it and is read with the value "${blank.en}" (${blank.sv}). Add a row for ${field.sv} if that is not right.`,
    'warning',
  );
}

export function missingField(block: BlockSpec, field: FieldSpec, at: CellRef, belowGap = false): Problem {
  if (belowGap)
    return problem(
      'emptyRequired',
      at,
      `Parametern "${field.sv}" står i ${ref(at)}, men den raden ligger efter tomma rader där tabellen ${block.title.sv} slutar och läses inte. Ta bort de tomma raderna ovanför den.`,
      `The parameter "${field.en}" is in ${ref(at)}, but that row comes after blank rows where the table ${block.title.en} ends and is not read. Delete the blank rows above it.`,
    );
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

export function invalidValue(
  code: ProblemCode,
  at: CellRef,
  value: CellValue,
  what: Texts,
  expected: Texts,
  format?: string,
): Problem {
  const found = shown(value, format);
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
    `${capital(kind.sv)} ${quote(name)} finns redan i ${ref(first)}; namn måste vara unika (stora och små bokstäver, mellanslag och accenter räknas lika).`,
    `The ${kind.en} ${quote(name)} already appears in ${ref(first)}; names must be unique (ignoring case, spacing and accents).`,
  );
}

export function nameTooLong(at: CellRef, name: string, kind: Texts, length: number, limit: number): Problem {
  return problem(
    'nameTooLong',
    at,
    `${capital(kind.sv)} ${quote(name)} har ett för långt namn för Excel: i bladets märkning blir det ${length} tecken, högst ${limit} får plats (mellanslag och tecken som å, ä, ö tar 3–6 tecken var). Korta namnet.`,
    `The ${kind.en} ${quote(name)} has too long a name for Excel: in the sheet's marker it takes ${length} characters, at most ${limit} fit (spaces and characters such as å, ä, ö take 3–6 each). Shorten the name.`,
  );
}

export function unknownName(
  code: ProblemCode,
  at: CellRef,
  name: string,
  kind: Texts,
  where: Texts,
  severity: Problem['severity'] = 'error',
  hint: NameHint = {},
): Problem {
  const { unreadAt, lookalike } = hint;
  // The name is there but not read, or a look-alike is there: say so, instead of "correct the spelling".
  const more: Texts = unreadAt
    ? {
        sv: ` Den står i ${ref(unreadAt)}, men den raden ligger efter tomma rader där tabellen slutar och läses inte.`,
        en: ` It is in ${ref(unreadAt)}, but that row comes after blank rows where the table ends and is not read.`,
      }
    : lookalike
      ? lookalikeHint(name, lookalike)
      : { sv: ' Rätta stavningen eller lägg till den där.', en: ' Correct the spelling or add it there.' };
  return problem(
    code,
    at,
    `Hittade ${kind.sv} ${quote(name)}, som inte finns i ${where.sv}.${more.sv}`,
    `Found the ${kind.en} ${quote(name)}, which is not in ${where.en}.${more.en}`,
    severity,
  );
}

/** "Looks like "Schema" in Kostnader!A2 but one of them holds "с" (U+0441), a letter from another alphabet." */
function lookalikeHint(name: string, lookalike: { id: string; at: CellRef }): Texts {
  const chars = [...lookalikeCharacters(name), ...lookalikeCharacters(lookalike.id)].join(', ');
  return {
    sv: ` Den ser ut som ${quote(lookalike.id)} i ${ref(lookalike.at)}, men en av dem innehåller ${chars}, en bokstav från ett annat alfabet som bara liknar den latinska. Skriv om namnet med vanliga bokstäver.`,
    en: ` It looks like ${quote(lookalike.id)} at ${ref(lookalike.at)}, but one of them holds ${chars}, a letter from another alphabet that only looks Latin. Retype the name in plain letters.`,
  };
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

/** 'Kostnader!D7', the sheet quoted as Excel does when its name has spaces or punctuation. */
export function ref(at: CellRef): string {
  const sheet = /^[\p{L}\p{N}_]+$/u.test(at.sheet) ? at.sheet : `'${at.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${at.cell}`;
}

/**
 * Two sheets match one input sheet ("Kostnader" and "Costs", or "Kostnader"
 * and "Kostnader " with a trailing space). Refused: reading either would be a
 * guess. The problem sits at A1 of the sheet that is not read.
 */
export function ambiguousSheet(sheet: SheetSpec, read: string, other: string): Problem {
  return problem(
    'ambiguousSheet',
    { sheet: other, cell: 'A1' },
    `Två blad kan vara indatabladet ${sheet.sv}: ${quote(read)} och ${quote(other)}. Det går inte att veta vilket som gäller, så inget beräknas. Byt namn på eller ta bort det ena (kontrollen nedan läser ${quote(read)}).`,
    `Two sheets can be the input sheet ${sheet.en}: ${quote(read)} and ${quote(other)}. Which one holds the inputs cannot be known, so nothing is computed. Rename or delete one of them (the check below reads ${quote(read)}).`,
  );
}

/**
 * A block is found twice: two tables with its name, or its table moved to
 * another sheet while its own sheet still has a header row for it.
 */
export function ambiguousTable(block: BlockSpec, read: CellRef, other: CellRef): Problem {
  return problem(
    'ambiguousTable',
    other,
    `Tabellen ${block.title.sv} (${block.table}) finns två gånger: i ${ref(read)} och här i ${ref(other)}. Det går inte att veta vilken som gäller, så inget beräknas. Ta bort eller byt namn på den ena (kontrollen nedan läser ${ref(read)}).`,
    `The table ${block.title.en} (${block.table}) appears twice: at ${ref(read)} and here at ${ref(other)}. Which one holds the inputs cannot be known, so nothing is computed. Delete or rename one of them (the check below reads ${ref(read)}).`,
  );
}

/** One column header twice in a block's header row: refused, both cells named. */
export function duplicateColumn(block: BlockSpec, header: string, first: CellRef, second: CellRef): Problem {
  return problem(
    'duplicateColumn',
    second,
    `Rubriken ${quote(header)} i ${ref(second)} betyder samma kolumn som rubriken i ${ref(first)} (tabellen ${block.title.sv}). Det går inte att veta vilken kolumn som gäller; ta bort eller byt namn på den ena (kontrollen nedan läser kolumn ${first.cell.replace(/\d+$/, '')}).`,
    `The header ${quote(header)} at ${ref(second)} means the same column as the header at ${ref(first)} (table ${block.title.en}). Which column holds the values cannot be known; delete or rename one of them (the check below reads column ${first.cell.replace(/\d+$/, '')}).`,
  );
}

/**
 * A cell merged into another: it shows the merged value, but holds nothing
 * (Excel keeps the value in the top-left cell only). Taking it for blank
 * would be a guess, and so would copying the value to every row.
 */
export function mergedCell(at: CellRef, area: string, topLeft: string, value: CellValue, what: Texts): Problem {
  const v = shown(value);
  return problem(
    'mergedCell',
    at,
    `Cellen ingår i den sammanfogade cellen ${area} (${what.sv}), vars värde ${v.sv} bara står i ${topLeft}: varje rad behöver ett eget värde. Dela upp cellerna (Start → Sammanfoga och centrera → Dela upp celler) och skriv värdet i varje cell.`,
    `The cell is part of the merged cell ${area} (${what.en}), whose value ${v.en} is in ${topLeft} only: each row needs its own value. Unmerge the cells (Home → Merge & Center → Unmerge Cells) and type the value in each cell.`,
  );
}

/** A formula the file holds without its computed value: not blank, unknown. */
export function uncalculatedFormula(at: CellRef, what: Texts): Problem {
  return problem(
    'uncalculatedFormula',
    at,
    `Cellen innehåller en formel utan beräknat värde (${what.sv}); filen sparades av ett program som inte räknar ut formler. Öppna filen i Excel och spara den, så sparas värdena.`,
    `The cell holds a formula without a computed value (${what.en}); the file was saved by a program that does not calculate formulas. Open and save the file in Excel, which stores the values.`,
  );
}

/**
 * Rows that look like data below where a block ends are not read: after a gap
 * of blank rows (a block found by its header row), or right below a table's
 * last row. A warning at the first such row, naming where the block ended.
 */
export function rowsNotRead(
  block: BlockSpec,
  at: CellRef,
  end: { kind: 'gap'; first: number; last: number } | { kind: 'table'; lastRow: number },
): Problem {
  const rows = (r: number) => r + 1;
  const where: Texts =
    end.kind === 'gap'
      ? {
          sv: `tabellen ${block.title.sv} slutar vid de tomma raderna ${rows(end.first)}–${rows(end.last)}. Ta bort de tomma raderna om raderna hör till tabellen, annars flytta dem bort från den`,
          en: `the table ${block.title.en} ends at the blank rows ${rows(end.first)}–${rows(end.last)}. Delete the blank rows if these rows belong to the table, else move them away from it`,
        }
      : {
          sv: `Excel-tabellen ${block.table} slutar på rad ${rows(end.lastRow)}. Utöka tabellen (dra i dess nedre högra hörn) om raderna hör till den, annars lämna en tom rad emellan`,
          en: `the Excel table ${block.table} ends at row ${rows(end.lastRow)}. Extend the table (drag its lower right corner) if these rows belong to it, else leave a blank row in between`,
        };
  return problem(
    'rowsNotRead',
    at,
    `Raderna från ${ref(at)} och nedåt läses inte: ${where.sv}.`,
    `The rows from ${ref(at)} down are not read: ${where.en}.`,
    'warning',
  );
}

/**
 * "1,234" or "1.500": one separator followed by exactly three digits reads as
 * a decimal (the Swedish rule), but may have meant a thousands separator.
 */
export function ambiguousNumber(at: CellRef, text: string, read: number, what: Texts): Problem {
  const sv = String(read).replace('.', ',');
  const thousands = text.replace(/[.,]/, '');
  return problem(
    'ambiguousNumber',
    at,
    `${quote(text)} i ${what.sv} läses som ${sv} (decimaltal). Menade du ${thousands}? Skriv i så fall talet utan skiljetecken, eller med mellanslag: ${Number(
      thousands,
    )
      .toLocaleString('sv-SE')
      .replace(/\u00a0/g, ' ')}.`,
    `${quote(text)} in ${what.en} reads as ${String(read)} (a decimal: comma and dot are both decimal separators here). Did you mean ${thousands}? Then type it without a separator, or with a space: ${Number(
      thousands,
    )
      .toLocaleString('sv-SE')
      .replace(/\u00a0/g, ' ')}.`,
    'warning',
  );
}

/** A value read by a rule that may not be what was meant (ParseResult.doubt): a warning at the cell. */
export function doubtfulValue(at: CellRef, value: CellValue, what: Texts, doubt: Texts): Problem {
  const v = shown(value);
  return problem(
    'ambiguousNumber',
    at,
    `${v.sv} i ${what.sv} ${doubt.sv}`,
    `${v.en} in ${what.en} ${doubt.en}`,
    'warning',
  );
}

/** Appended to a problem in a hidden row: the cell it points at cannot be seen until the row is shown. */
export const HIDDEN_ROW_NOTE: Texts = {
  sv: '(Raden är dold eller bortfiltrerad: visa den för att se cellen.)',
  en: '(The row is hidden or filtered out: unhide it to see the cell.)',
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
