/**
 * Whatever a hostile workbook holds, every problem the reader reports points
 * at a real cell, and a message that quotes what it found quotes what that
 * cell holds. Workbooks: the hand-typed sample with random cells overwritten
 * by hostile values (text in number columns, numbers as text with odd spaces
 * and separators, error values, huge numbers, invisible characters, very long
 * text), formulas without a computed value, hidden rows, blank gaps, and
 * input sheets present twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/engine/model';
import { parseCell } from '../../../src/workbook/a1';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../../src/workbook/grid';
import { checkGrid } from '../../../src/app/check';
import { readModel } from '../../../src/workbook/read';
import { isBlank } from '../../../src/workbook/read/parseText';
import { typedWorkbook, workbook } from './helpers';

const SHEETS = ['Kostnader', 'Kontrakt', 'Resurser', 'Parametrar'] as const;

const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    'många',
    '1 234,50',
    '1\u00a0234,5 kr',
    '12,5 %',
    '−12',
    '-0',
    '1,500',
    '2024-02-30',
    '1 augusti 2024',
    'ja',
    'x',
    '',
    '   ',
    '\u200b',
    'Schema\u200b',
    'alla',
    'Schema',
    'grundskola',
    'compulsory',
    'Lösning',
    'Betalare',
    'Belopp',
    'Ｓｃｈｅｍａ',
    'Sсhema', // Cyrillic с
    '=SUM(A1:A3)',
    'x'.repeat(300),
    1e20,
    -5,
    0,
    2.5,
    true,
    false,
    null,
    { error: '#REF!' },
    { error: '#N/A' },
  ),
  fc.string({ maxLength: 50 }),
  fc.double({ noNaN: true }),
  fc.integer(),
);

type Mutation =
  | { kind: 'set'; sheet: number; row: number; col: number; value: CellValue }
  | { kind: 'uncalculated'; sheet: number; row: number; col: number }
  | { kind: 'hide'; sheet: number; row: number }
  | { kind: 'gap'; sheet: number; row: number }
  | { kind: 'twice'; sheet: number; name: string }
  | { kind: 'merge'; sheet: number; row: number; col: number; rows: number; cols: number };

const place = { sheet: fc.nat(SHEETS.length - 1), row: fc.nat(12), col: fc.nat(8) };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), ...place, value: hostileValue }) },
  fc.record({ kind: fc.constant('uncalculated' as const), ...place }),
  fc.record({ kind: fc.constant('hide' as const), sheet: place.sheet, row: place.row }),
  fc.record({ kind: fc.constant('gap' as const), sheet: place.sheet, row: place.row }),
  fc.record({ kind: fc.constant('merge' as const), ...place, rows: fc.nat(2), cols: fc.nat(2) }),
  fc.record({
    kind: fc.constant('twice' as const),
    sheet: place.sheet,
    name: fc.constantFrom('Costs', 'Contracts', 'Resources', 'Parameters', 'KOSTNADER ', 'Inställningar'),
  }),
);

function hostileWorkbook(mutations: Mutation[]): WorkbookGrid {
  const grid = workbook(typedWorkbook());
  const sheet = (i: number): SheetGrid => grid.sheets.find((s) => s.name === SHEETS[i])!;
  for (const m of mutations) {
    const s = sheet(m.sheet);
    if (m.kind === 'set' || m.kind === 'uncalculated') {
      while (s.values.length <= m.row) s.values.push([]);
      const row = s.values[m.row]!;
      while (row.length <= m.col) row.push(null);
      row[m.col] = m.kind === 'set' ? m.value : null;
      s.uncalculatedFormulas = (s.uncalculatedFormulas ?? []).filter((c) => c.row !== m.row || c.col !== m.col);
      if (m.kind === 'uncalculated') s.uncalculatedFormulas.push({ row: m.row, col: m.col });
    } else if (m.kind === 'merge') {
      // As Excel stores it: the value in the top-left cell, the others empty.
      const area = { top: m.row, left: m.col, bottom: m.row + m.rows, right: m.col + m.cols };
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++)
          if (r !== area.top || c !== area.left) s.values[r]?.splice(c, 1, null);
      s.mergedAreas = [...(s.mergedAreas ?? []), area];
    } else if (m.kind === 'hide') s.hiddenRows = [...new Set([...(s.hiddenRows ?? []), m.row])];
    else if (m.kind === 'gap') {
      s.values.splice(m.row, 0, [], []);
      s.uncalculatedFormulas = s.uncalculatedFormulas?.map((c) => (c.row >= m.row ? { ...c, row: c.row + 2 } : c));
      s.hiddenRows = s.hiddenRows?.map((r) => (r >= m.row ? r + 2 : r));
    } else if (!grid.sheets.some((x) => x.name === m.name)) {
      grid.sheets.push({ name: m.name, values: s.values.map((r) => [...r]), tables: [] });
    }
  }
  return grid;
}

/** The text a message quotes first ("Hittade "x" i …"), with <U+200B> turned back into the character and a cut "…" dropped. */
function firstQuote(message: string): string | undefined {
  const m = /^(?:Hittade (?:[a-zåäö ]+ )?)?"((?:[^"]|"(?! i | läses|, som))*)"/.exec(message);
  if (!m) return undefined;
  return m[1]!
    .replace(/…$/, '')
    .replace(/<U\+([0-9A-F]{4})>/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function cellOf(grid: WorkbookGrid, p: Problem): { sheet: SheetGrid; row: number; col: number } {
  const sheet = grid.sheets.find((s) => s.name === p.at!.sheet);
  expect(sheet, `${p.code} at a sheet the workbook has: ${p.at!.sheet}`).toBeDefined();
  const { row, col } = parseCell(p.at!.cell);
  expect(row).toBeLessThan(1_048_576);
  expect(col).toBeLessThan(16_384);
  return { sheet: sheet!, row, col };
}

/** A message without the analyst's own text (quoted as typed, or any list item of it) and Excel's table names. */
function withoutTyped(grid: WorkbookGrid, message: string): string {
  const typed = grid.sheets
    .flatMap((s) => [s.name, ...s.values.flat()])
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => [v, ...v.split(/[;,\n]/)].map((t) => t.trim()))
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length);
  let own = message.replace(/\btbl\w+/g, '');
  for (const t of typed) own = own.split(t).join('');
  return own;
}

/** Codes whose message starts by quoting what the cell holds. */
const QUOTING = new Set(['notANumber', 'notAnInteger', 'notAYear', 'notADate', 'notABoolean', 'notAPercentage']);

describe('every problem of a hostile workbook', () => {
  it('points at a cell of a sheet the workbook has, and quotes what that cell holds', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const grid = hostileWorkbook(mutations);
        const { problems } = readModel(grid);
        for (const p of problems) {
          expect(p.at, `${p.code} has a cell`).toBeDefined();
          expect(p.message.sv.length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
          if (p.code === 'missingSheet') continue; // at A1 of the sheet to create
          const { sheet, row, col } = cellOf(grid, p);
          const value = sheet.values[row]?.[col] ?? null;
          const uncalculated = sheet.uncalculatedFormulas?.some((c) => c.row === row && c.col === col) ?? false;
          if (p.code === 'uncalculatedFormula') expect(uncalculated).toBe(true);
          if (p.code === 'mergedCell')
            expect(
              sheet.mergedAreas?.some(
                (a) =>
                  row >= a.top && row <= a.bottom && col >= a.left && col <= a.right && (row > a.top || col > a.left),
              ),
            ).toBe(true);
          if (p.code === 'errorValue') expect(p.message.sv).toContain((value as { error: string }).error);
          if (p.message.sv.startsWith('Tom cell')) expect(isBlank(value) && !uncalculated).toBe(true);
          if (QUOTING.has(p.code) && typeof value === 'boolean')
            expect(p.message.sv).toContain(value ? 'SANT' : 'FALSKT');
          else if (QUOTING.has(p.code) || p.code === 'ambiguousNumber') {
            const quoted = firstQuote(p.message.sv);
            expect(quoted, p.message.sv).toBeDefined();
            // Numbers are quoted as Swedish Excel shows them (1,5).
            const held =
              typeof value === 'string'
                ? value.trim()
                : typeof value === 'number'
                  ? String(value).replace('.', ',')
                  : JSON.stringify(value);
            expect(held).toContain(quoted!.trim());
          }
          if (sheet.hiddenRows?.includes(row)) expect(p.message.sv).toContain('Raden är dold');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never names a field, school form or parameter by its model id in a Swedish message', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const grid = hostileWorkbook(mutations);
        for (const p of readModel(grid).problems) {
          const own = withoutTyped(grid, p.message.sv);
          expect(own, p.message.sv).not.toMatch(/\b[a-z]+[A-Z]\w*\b/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('every problem of the complete check (reading, model validation, plausibility) of a hostile workbook', () => {
  it('has a cell, and names no model id in Swedish', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const grid = hostileWorkbook(mutations);
        for (const p of checkGrid(grid, 'sv').problems) {
          expect(p.at, `${p.code}: ${p.message.sv}`).toBeDefined();
          expect(withoutTyped(grid, p.message.sv), p.message.sv).not.toMatch(/\b[a-z]+[A-Z]\w*\b/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
