/**
 * Messages that tell the truth about the cell: what it holds (a formula that
 * was never calculated is not "empty"), where a row really is (below a gap,
 * in a hidden row), and the words the analyst sees in the sheet (headers as
 * typed, school forms and parameters in Swedish, never the model's ids).
 */
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../../src/app/check';
import type { Problem } from '../../../src/engine/model';
import { readModel } from '../../../src/workbook/read';
import { sheetOf, typedWorkbook, workbook } from './helpers';

const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}@${p.at?.sheet}!${p.at?.cell}`);

describe('a formula without a computed value (in memory: the .xlsx side is tests/xlsx/uncalculated.test.ts)', () => {
  it('in a required cell: reported as such, not as an empty cell', () => {
    const grid = workbook(typedWorkbook());
    const costs = sheetOf(grid, 'Kostnader');
    costs.values[6]![4] = null;
    costs.uncalculatedFormulas = [{ row: 6, col: 4 }];
    const { problems } = readModel(grid);
    expect(codes(problems)).toEqual(['error:uncalculatedFormula@Kostnader!E7']);
    expect(problems[0]!.message.sv).toContain('formel utan beräknat värde (kolumnen Belopp)');
    expect(problems[0]!.message.sv).not.toContain('Tom cell');
  });

  it('in a parameter’s value: at the value cell', () => {
    const grid = workbook(typedWorkbook());
    const params = sheetOf(grid, 'Parametrar');
    params.values[2]![1] = null;
    params.uncalculatedFormulas = [{ row: 2, col: 1 }];
    expect(codes(readModel(grid).problems)).toEqual(['error:uncalculatedFormula@Parametrar!B3']);
  });
});

describe('a blank gap that ends a block', () => {
  it('payers below two blank rows: warned at the first, and a reference to one says where it is instead of blaming the row', () => {
    const sheets = typedWorkbook();
    sheets.Resurser = [
      ...sheets.Resurser!.slice(0, 3),
      [],
      [],
      ['Tredje', 'UF', 'grundskola', 10, 1],
      [],
      [],
      ...sheets.Resurser!.slice(5),
      ['Tredje', 'ja', 'nej'],
    ];
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['warning:rowsNotRead@Resurser!A6', 'error:unknownPayer@Resurser!A12']);
    expect(problems[0]!.message.sv).toBe(
      'Raderna från Resurser!A6 och nedåt läses inte: tabellen Betalare och antal slutar vid de tomma raderna 4–5. Ta bort de tomma raderna om raderna hör till tabellen, annars flytta dem bort från den.',
    );
    expect(problems[1]!.message.sv).toContain('Den står i Resurser!A6, men den raden ligger efter tomma rader');
    expect(problems[1]!.message.sv).not.toContain('Rätta stavningen');
  });

  it('a required parameter below a gap: reported at its own row, not as missing', () => {
    const sheets = typedWorkbook();
    const params = sheets.Parametrar!;
    sheets.Parametrar = [...params.slice(0, 5), [], [], params[5]!];
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['warning:rowsNotRead@Parametrar!A8', 'error:emptyRequired@Parametrar!A8']);
    expect(problems[1]!.message.sv).toContain('"Kostnad per årsarbetare" står i Parametrar!A8');
  });

  it('notes below a gap that do not look like data (no known parameter; one note cell under a block of several columns) are left alone', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar!.push([], [], ['Uppdaterad 2025-01-10 av controllern']);
    sheets.Resurser!.push([], [], ['Källa: skolregistret, oktober']);
    expect(readModel(workbook(sheets)).problems).toEqual([]);
  });
});

describe('the words the analyst sees', () => {
  it('a column is named by its header as typed, the canonical header after it when they differ', () => {
    const sheets = typedWorkbook();
    sheets.Resurser![0]![3] = 'Elever';
    sheets.Resurser![1]![3] = 'många';
    const { problems } = readModel(workbook(sheets));
    expect(problems[0]!.message.sv).toBe(
      'Hittade "många" i kolumnen Elever (Elever/barn); väntade ett tal, t.ex. 1 234,5.',
    );
  });

  it('school forms in model messages are written as in the sheets (grundskola), never as ids (compulsory)', () => {
    const sheets = typedWorkbook();
    sheets.Kontrakt![1]![3] = 'grundsärskola';
    const { problems } = checkGrid(workbook(sheets), 'sv');
    const uncovered = problems.find((p) => p.code === 'uncoveredSolution');
    expect(uncovered?.message.sv).toContain('skolformen grundskola');
    expect(uncovered?.message.en).toContain('school form compulsory school');
    for (const p of problems) expect(p.message.sv).not.toMatch(/\b(compulsory|adaptedCompulsory|preschoolClass)\b/);
  });

  it('every Parametrar problem, the reader’s or the model check’s, names its cell and the parameter as in the sheet', () => {
    const sheets = typedWorkbook();
    sheets.Parametrar![2]![1] = 0; // Horisont (år) 0: refused by the model check
    const { problems } = checkGrid(workbook(sheets), 'sv');
    const horizon = problems.find((p) => p.code === 'invalidParameter');
    expect(horizon?.at).toEqual({ sheet: 'Parametrar', cell: 'B3' });
    expect(horizon?.message.sv).toContain('"Horisont (år)"');
    expect(horizon?.message.sv).not.toContain('horizonYears');
  });

  it('a date typed where a year is expected is quoted as the date the cell shows, not its serial number', () => {
    const grid = workbook(typedWorkbook());
    const params = sheetOf(grid, 'Parametrar');
    params.values[1]![1] = 45658; // 2025-01-01
    params.numberFormats = params.values.map((row) => row.map(() => 'General'));
    params.numberFormats[1]![1] = 'yyyy-mm-dd';
    const { problems } = readModel(grid);
    expect(codes(problems)).toEqual(['error:notAYear@Parametrar!B2']);
    expect(problems[0]!.message.sv).toBe(
      'Hittade datumet 2025-01-01 i värdet för Basår; väntade ett årtal 1900–2200, t.ex. 2025.',
    );
  });

  it('a problem in a hidden or filtered-out row says the row is hidden', () => {
    const grid = workbook(typedWorkbook());
    const resources = sheetOf(grid, 'Resurser');
    resources.values[1]![3] = 'många';
    resources.hiddenRows = [1];
    const { problems } = readModel(grid);
    expect(problems[0]!.message.sv).toMatch(/Raden är dold eller bortfiltrerad/);
    expect(problems[0]!.message.en).toMatch(/The row is hidden or filtered out/);
  });

  it('invisible characters are ignored in names (a pasted "Schema\\u200b" is Schema) and shown where a value is quoted', () => {
    const sheets = typedWorkbook();
    sheets.Resurser![6]![0] = 'Grundskola\u200b';
    sheets.Resurser![1]![3] = '1\u200bx';
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:notANumber@Resurser!D2']);
    expect(problems[0]!.message.sv).toContain('"1<U+200B>x"');
  });
});

describe('unicode look-alikes', () => {
  it('full-width letters are the same letters: "Ｓｃｈｅｍａ" finds Schema', () => {
    const sheets = typedWorkbook();
    sheets.Resurser![5]![1] = 'Ｓｃｈｅｍａ';
    expect(readModel(workbook(sheets)).problems).toEqual([]);
  });

  it('a name with a Cyrillic letter is another name, and the message says which letter, not "correct the spelling"', () => {
    const sheets = typedWorkbook();
    sheets.Kontrakt![1]![2] = 'Sсhema; Frånvaro'; // Cyrillic с (U+0441)
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:unknownSolution@Kontrakt!C2']);
    expect(problems[0]!.message.sv).toContain('ser ut som "Schema" i Kostnader!A2');
    expect(problems[0]!.message.sv).toContain('"с" (U+0441)');
    expect(problems[0]!.message.en).toContain('looks like "Schema" at Kostnader!A2');
  });

  it('a header with a Greek letter: the missing column is reported at that header, naming the letter', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader![5]![4] = 'Belοpp'; // Greek ο (U+03BF)
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:missingColumn@Kostnader!E6']);
    expect(problems[0]!.message.sv).toContain('ser ut som "Belopp"');
    expect(problems[0]!.message.sv).toContain('U+03BF');
  });

  it('a sheet name with a look-alike letter: the missing sheet says which sheet looks like it', () => {
    const sheets = typedWorkbook();
    sheets['Kоntrakt'] = sheets.Kontrakt!; // Cyrillic о
    delete sheets.Kontrakt;
    const { problems } = readModel(workbook(sheets));
    expect(problems[0]).toMatchObject({ code: 'missingSheet' });
    expect(problems[0]!.message.sv).toContain('Bladet "Kоntrakt" ser ut som Kontrakt');
  });
});

describe('an optional block whose header row only looks right', () => {
  it('is reported at the look-alike header, not left out in silence', () => {
    const sheets = typedWorkbook();
    // Fördelningsnycklar with "Nуckel" (Cyrillic у): the keys table would otherwise just be absent.
    sheets.Resurser!.push([], [], ['Nуckel', 'Betalare', 'Andel'], ['Halva', 'Grundskola', '50 %']);
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:missingColumn@Resurser!A11']);
    expect(problems[0]!.message.sv).toContain('"у" (U+0443)');
  });
});

describe('an optional block whose title is there but whose header row lacks a required header', () => {
  it('reports each missing column at its header row, instead of leaving the block out in silence', () => {
    const sheets = typedWorkbook();
    sheets.Kostnader!.push(
      [],
      [],
      ['Nuvarande avtal (jämförelse)'],
      ['Avtalsnamn', 'Lösningar', 'Årskostnad', 'Löper ut'],
      ['Gamla schemat', 'Schema', '1 mnkr', '2026-06-30'],
    );
    const { model, problems } = readModel(workbook(sheets));
    expect(model).toBeNull();
    expect(codes(problems)).toEqual(['error:missingColumn@Kostnader!E12']);
    expect(problems[0]!.message.sv).toContain(
      'Kolumnen "Avtal" saknas i tabellen Nuvarande avtal (jämförelse) (rubrikrad 12)',
    );
  });
});

describe('a header row below the rows searched for headers', () => {
  it('is reported at its row, saying headers are searched among the first 200 rows', () => {
    const sheets = typedWorkbook();
    const contracts = sheets.Kontrakt!;
    sheets.Kontrakt = [...Array.from({ length: 250 }, () => []), ...contracts];
    const { problems } = readModel(workbook(sheets));
    expect(codes(problems)).toEqual(['error:missingColumn@Kontrakt!A251']);
    expect(problems[0]!.message.sv).toContain('står på rad 251');
    expect(problems[0]!.message.sv).toContain('första 200 rader');
  });
});
