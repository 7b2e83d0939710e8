/**
 * Lazy rows (src/workbook/plan.ts): the allocation block of a scenario sheet
 * is produced by the writer, not held by the plan. These tests specify that a
 * lazy sheet reads exactly as the same sheet with every row held, and that
 * what the plan says about its lazy rows without producing them (their
 * constants for the marker's digest, the extremes of their numbers for the
 * column widths, their extent) is what the produced rows show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countProduced } from './countProduced';
import { scaledSample } from '../../../bench/scaledSample';
import { runEngine } from '../../../src/engine';
import type { CostModel } from '../../../src/engine/model';
import { stockholmSample } from '../../../src/sample/stockholm';
import { constantsDigest, plannedConstants, plannedConstantsDigest } from '../../../src/workbook/contentDigest';
import { Fnv1a64, fnv1a64 } from '../../../src/workbook/fingerprint';
import {
  heldRows,
  lazyRanges,
  lazySheet,
  mapFormulas,
  plannedCell,
  sheetRowCount,
  sheetRows,
  usedExtent,
  withSheetFields,
  type LazyRows,
  type PlannedCell,
  type PlannedSheet,
} from '../../../src/workbook/plan';
import { buildWritePlan } from '../../../src/workbook/write';
import { fitNumberColumns, NumberExtremes } from '../../../src/workbook/write/columnFit';

type Row = (PlannedCell | null)[];

const num = (value: number, numberFormat = '#,##0'): PlannedCell => ({ value, numberFormat });

/** A toy lazy range: `count` rows from `first`, a formula and a number each; counts how often it is produced. */
function toyRange(first: number, count: number): LazyRows & { calls: () => number } {
  let calls = 0;
  const row = (i: number): Row => [{ value: `r${i}` }, { value: i, formula: `=B${first + i + 1}*2` }, num(i * 10)];
  return {
    first,
    count,
    width: 3,
    *produce() {
      calls += 1;
      for (let i = 0; i < count; i++) yield row(i);
    },
    constants(visit) {
      for (let i = 0; i < count; i++) {
        visit(first + i, 0, `r${i}`);
        visit(first + i, 2, i * 10);
      }
    },
    extremes: [
      [null, null, num(0)],
      [null, null, num((count - 1) * 10)],
    ],
    calls: () => calls,
  };
}

function toySheet(): { sheet: PlannedSheet; range: ReturnType<typeof toyRange> } {
  const range = toyRange(2, 3);
  const held: Row[] = [[{ value: 'Titel', style: 'title' }], [num(1), num(2)], [], [], [], [num(3)]];
  return { sheet: lazySheet({ name: 'S', kind: 'scenario', key: 'k' }, held, [range]), range };
}

describe('lazySheet and sheetRows', () => {
  it('happy path: sheetRows gives held and lazy rows in order, producing the lazy ones each time it is read', () => {
    const { sheet, range } = toySheet();
    expect(range.calls()).toBe(0);
    const rows = [...sheetRows(sheet)];
    expect(rows.map((r) => r[0]?.value ?? null)).toEqual(['Titel', 1, 'r0', 'r1', 'r2', 3]);
    expect([...sheetRows(sheet)]).toEqual(rows);
    expect(range.calls()).toBe(2);
    expect(sheetRowCount(sheet)).toBe(6);
    expect(usedExtent(sheet)).toEqual({ lastRow: 5, lastCol: 2 });
    expect(plannedCell(sheet, 1, 1)?.value).toBe(2);
    expect(range.calls()).toBe(2); // a held cell is read without producing the lazy rows
  });

  it('reading rows produces them once and keeps them; sheetRows then reads the kept rows', () => {
    const { sheet, range } = toySheet();
    const rows = sheet.rows;
    expect(sheet.rows).toBe(rows);
    expect(range.calls()).toBe(1);
    expect([...sheetRows(sheet)]).toEqual(rows);
    expect(range.calls()).toBe(1);
    expect(lazyRanges(sheet)).toEqual([]);
    expect(heldRows(sheet)).toBe(rows);
  });

  it('a spread copy is a plain sheet with every row held, whatever rows it is given', () => {
    const { sheet } = toySheet();
    const copy = { ...sheet };
    expect(lazyRanges(copy)).toEqual([]);
    expect([...sheetRows(copy)]).toEqual([...sheetRows(sheet)]);
    const doubled = { ...sheet, rows: [...sheet.rows, ...sheet.rows] };
    expect([...sheetRows(doubled)]).toHaveLength(12);
  });

  it('withSheetFields keeps the rows lazy; mapFormulas maps lazy formulas as they are produced', () => {
    const { sheet, range } = toySheet();
    const marked = withSheetFields(sheet, { marker: 'm', tabColor: '#fff' });
    expect(marked).toMatchObject({ name: 'S', marker: 'm', tabColor: '#fff' });
    expect(lazyRanges(marked)).toHaveLength(1);
    const mapped = mapFormulas(marked, (f) => f.replace('B', 'C'));
    expect(range.calls()).toBe(0);
    expect([...sheetRows(mapped)].map((r) => r[1]?.formula ?? null)).toEqual([
      null,
      null,
      '=C3*2',
      '=C4*2',
      '=C5*2',
      null,
    ]);
    expect(lazyRanges(sheet)).toHaveLength(1);
    expect(mapFormulas(sheet, (f) => f)).not.toBe(sheet); // lazy rows cannot be told unchanged without producing them
    const plain: PlannedSheet = { name: 'P', kind: 'input', key: 'p', rows: [[{ value: 1, formula: '=A2' }]] };
    expect(mapFormulas(plain, (f) => f)).toBe(plain);
  });

  it('given a range that produces another number of rows than it planned: fails loudly', () => {
    const range = { ...toyRange(0, 3), count: 2 };
    const sheet = lazySheet({ name: 'S', kind: 'scenario', key: 'k' }, [[], []], [range]);
    expect(() => [...sheetRows(sheet)]).toThrow(/3 produced, 2 planned/);
  });

  it('plannedConstantsDigest of a lazy sheet is the digest of its produced constants', () => {
    const { sheet } = toySheet();
    const digest = plannedConstantsDigest(sheet);
    expect(digest).toBe(constantsDigest(plannedConstants(sheet)));
    expect(digest).toMatch(/^[0-9a-f]{8}$/);
  });
});

/** The sample with each payer's usage shares and counts changed at random, so the block's figures vary. */
const perturbedSample = fc
  .record({
    factor: fc.integer({ min: 1, max: 3 }),
    shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
    users: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ factor, shares, users }): CostModel => {
    const model = scaledSample(factor);
    return {
      ...model,
      payers: model.payers.map((p, i) => ({ ...p, counts: { ...p.counts, users: users[i % users.length]! } })),
      usage: model.usage.map((u, i) => ({ ...u, share: shares[i % shares.length]! })),
    };
  });

function plan(model: CostModel): PlannedSheet[] {
  return buildWritePlan(model, runEngine(model), {
    language: 'sv',
    generatedAt: '2026-12-07T05:00:00.000Z',
    version: '0.1.0',
    existingSheets: [],
    illustrative: true,
  }).sheets;
}

/** Every claim the plan makes about a scenario sheet's lazy rows, checked against the rows produced. */
function checkScenarioSheet(sheet: PlannedSheet): void {
  const ranges = lazyRanges(sheet);
  const marker = sheet.marker;
  const lazyRows: Row[] = [];
  let r = 0;
  for (const row of sheetRows(sheet)) {
    const range = ranges.find((l) => r >= l.first && r < l.first + l.count);
    if (range !== undefined) lazyRows.push(row);
    r += 1;
  }
  expect(lazyRows.length).toBe(ranges.reduce((n, l) => n + l.count, 0));
  // Each lazy row holds a cell, none wider than told, and none is a note, a warning or a subtitle (layout reads held rows only).
  for (const row of lazyRows) {
    expect(row.some((c) => c !== null && c !== undefined)).toBe(true);
    expect(['note', 'warning', 'subtitle']).not.toContain(row[0]?.style);
  }
  expect(Math.max(...lazyRows.map((row) => row.length))).toBe(Math.max(...ranges.map((l) => l.width)));
  const extent = usedExtent(sheet);
  // Now every row, held: the digest, the widths and the extent as they would be computed from them.
  const all = sheet.rows;
  expect(lazyRanges(sheet)).toEqual([]);
  expect(marker).toContain(`|d${constantsDigest(plannedConstants(sheet))}`);
  expect(plannedConstantsDigest(sheet)).toBe(constantsDigest(plannedConstants(sheet)));
  const widths = sheet.columnWidths ?? [];
  expect(fitNumberColumns(all, 3, widths.length, { min: 10, max: 14 })).toEqual(widths.slice(3));
  expect(usedExtent(sheet)).toEqual(extent);
}

describe('buildWritePlan: lazy allocation blocks', () => {
  it('the scenario sheets of the sample and of 4× its payers hold their allocation blocks as lazy rows', () => {
    for (const model of [stockholmSample(), scaledSample(4)]) {
      const scenarios = plan(model).filter((s) => s.kind === 'scenario');
      expect(scenarios.length).toBeGreaterThan(0);
      for (const sheet of scenarios) {
        expect(lazyRanges(sheet).length).toBe(1);
        checkScenarioSheet(sheet);
      }
    }
  }, 60_000);

  it('over samples with random usage: the digest, the widths and the extent are those of the produced rows', () => {
    fc.assert(
      fc.property(perturbedSample, (model) => {
        for (const sheet of plan(model).filter((s) => s.kind === 'scenario')) checkScenarioSheet(sheet);
      }),
      { numRuns: 8 },
    );
  }, 120_000);

  it('building the plan never produces the lazy rows: the block is produced only when its rows are read', () => {
    const produced = countProduced();
    try {
      const sheets = plan(scaledSample(2)).filter((s) => s.kind === 'scenario');
      expect(produced.count).toBe(0);
      expect(sheets.every((s) => lazyRanges(s).length === 1)).toBe(true);
      for (const sheet of sheets) expect([...sheetRows(sheet)].length).toBe(sheetRowCount(sheet));
      expect(produced.count).toBe(sheets.length);
    } finally {
      produced.restore();
    }
  });
});

describe('Fnv1a64', () => {
  /** The hash over TextEncoder's bytes of each piece, as fnv1a64 computed it before it was fed piece by piece. */
  function reference(...pieces: string[]): string {
    let hi = 0xcbf29ce4;
    let lo = 0x84222325;
    const bytes = pieces.flatMap((piece) => [...new TextEncoder().encode(piece)]);
    for (const byte of bytes) {
      lo = (lo ^ byte) >>> 0;
      const p = lo * 0x1b3;
      hi = (hi * 0x1b3 + Math.floor(p / 0x100000000) + ((lo << 8) >>> 0)) >>> 0;
      lo = p >>> 0;
    }
    return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  }

  it('hashes any text as its UTF-8 bytes, lone surrogates as U+FFFD, whole or in pieces (a pair split between pieces is two lone ones)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constant('\ud800'),
        fc.constant('\udc00'),
        fc.constant('€'),
        fc.constant('😀'),
        fc.constant('å'),
        fc.constant('a'),
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ unit: 'binary' }))), (pieces) => {
        const whole = pieces.join('');
        expect(fnv1a64(whole)).toBe(reference(whole));
        const fed = new Fnv1a64();
        for (const piece of pieces) fed.text(piece);
        expect(fed.digest()).toBe(reference(...pieces));
      }),
    );
  });

  it('hashes an integer as String writes it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(new Fnv1a64().integer(n).digest()).toBe(reference(String(n)));
      }),
    );
    expect(new Fnv1a64().integer(-0).digest()).toBe(reference('0'));
  });
});

describe('NumberExtremes', () => {
  it('its rows fit the columns as every number added would', () => {
    const cell = fc.record({
      col: fc.integer({ min: 0, max: 5 }),
      value: fc.oneof(fc.double({ min: -1e12, max: 1e12 }), fc.integer(), fc.constant(Number.NaN)),
      format: fc.constantFrom('#,##0', '#,##0.00', '0.0%', '#,##0,', undefined),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), (cells) => {
        const extremes = new NumberExtremes();
        const rows: Row[] = cells.map(({ col, value, format }) => {
          extremes.add(col, value, format);
          const row: Row = new Array<PlannedCell | null>(col).fill(null);
          row.push(format === undefined ? { value } : { value, numberFormat: format });
          return row;
        });
        const bounds = { min: 6, max: 14 };
        expect(fitNumberColumns(extremes.rows(), 1, 6, bounds)).toEqual(fitNumberColumns(rows, 1, 6, bounds));
      }),
    );
  });
});
