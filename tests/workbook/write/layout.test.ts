import { describe, expect, it } from 'vitest';
import type { PlannedSheet } from '../../../src/workbook/plan';
import { fingerprint, parseMarker } from '../../../src/workbook/fingerprint';
import { constantsDigest, plannedConstants } from '../../../src/workbook/contentDigest';
import { buildWritePlan } from '../../../src/workbook/write';
import { numberDisplayWidth } from '../../../src/workbook/write/columnFit';
import { OPTIONS, smallModel, smallOutput } from './fixtures';
import { allCells, cellAt, rowOf, sheetByKey } from './helpers';
import { parseCell } from '../../../src/workbook/a1';

const model = smallModel();
const output = smallOutput(model);
const plan = buildWritePlan(model, output, OPTIONS);

/** Last used row/column of a sheet, 0-based. */
function extent(sheet: PlannedSheet): { rows: number; cols: number } {
  return { rows: sheet.rows.length, cols: Math.max(...sheet.rows.map((r) => r.length)) };
}

const decode = parseCell;

describe('buildWritePlan: sheets', () => {
  it('writes the decision brief, the comparison and one sheet per scenario, in that order', () => {
    expect(plan.sheets.map((s) => [s.kind, s.key, s.name])).toEqual([
      ['summary', 'summary', 'Beslutsunderlag'],
      ['comparison', 'comparison', 'Jämförelse'],
      ['scenario', 'scenario:alt1', 'Scenario Ett kontrakt'],
      ['scenario', 'scenario:alt2', "Scenario It's two a b"],
    ]);
  });

  it('activates the decision brief', () => {
    expect(plan.activate).toBe('Beslutsunderlag');
  });

  it('marks every sheet with its key, the input fingerprint, time, version and the digest of what it writes', () => {
    for (const sheet of plan.sheets) {
      expect(parseMarker(sheet.marker)).toEqual({
        key: sheet.key,
        fingerprint: fingerprint(model),
        generatedAt: OPTIONS.generatedAt,
        version: OPTIONS.version,
        contents: constantsDigest(plannedConstants(sheet)),
      });
    }
    expect(plan.stamp).toEqual({
      generatedAt: OPTIONS.generatedAt,
      version: OPTIONS.version,
      inputFingerprint: fingerprint(model),
      language: 'sv',
    });
  });

  it('names the sheets in English when asked', () => {
    const english = buildWritePlan(model, output, { ...OPTIONS, language: 'en' });
    expect(english.sheets.map((s) => s.name).slice(0, 2)).toEqual(['Decision brief', 'Comparison']);
  });

  it("does not replace a user's sheet called Jämförelse, and reports the new name", () => {
    const withUserSheet = buildWritePlan(model, output, { ...OPTIONS, existingSheets: [{ name: 'Jämförelse' }] });
    expect(sheetByKey(withUserSheet, 'comparison').name).toBe('Jämförelse (2)');
    expect(sheetByKey(withUserSheet, 'comparison').replaces).toBeUndefined();
    expect(withUserSheet.renamed).toEqual([{ key: 'comparison', wanted: 'Jämförelse', name: 'Jämförelse (2)' }]);
  });

  it('replaces its own earlier sheet under the same name', () => {
    const again = buildWritePlan(model, output, {
      ...OPTIONS,
      existingSheets: plan.sheets.map((s) => ({ name: s.name, marker: s.marker! })),
    });
    expect(again.sheets.map((s) => [s.name, s.replaces])).toEqual(plan.sheets.map((s) => [s.name, s.name]));
    expect(again.renamed).toBeUndefined();
  });

  it('still writes a brief and a comparison, without charts, when there are no scenarios', () => {
    const empty = buildWritePlan(model, { problems: [], scenarios: [] }, OPTIONS);
    expect(empty.sheets.map((s) => s.kind)).toEqual(['summary', 'comparison']);
    expect(sheetByKey(empty, 'comparison').charts).toEqual([]);
  });
});

describe('buildWritePlan: scenario sheet', () => {
  const sheet = sheetByKey(plan, 'scenario:alt1');
  const scenario = output.scenarios[0]!;

  it('starts with the title, the alternative, the stamp and the parameters used', () => {
    expect(cellAt(sheet, 'A1')?.value).toBe('Kostnadsscenario: Ett kontrakt');
    expect(cellAt(sheet, 'B2')?.value).toBe('Ett kontrakt');
    const texts = sheet.rows.slice(0, 8).flatMap((r) => r.map((c) => c?.value));
    expect(texts).toEqual(
      expect.arrayContaining([OPTIONS.generatedAt, OPTIONS.version, fingerprint(model), 2024, 0.025, 'tkr']),
    );
  });

  it('has one cost row per contract × solution × item and a sum that equals the engine total', () => {
    const sumRow = rowOf(sheet, 'Summa kostnader');
    const header = rowOf(sheet, 'Kostnader per kontrakt, lösning och kostnadspost (tkr)') + 1;
    expect(sumRow - header - 1).toBe(5);
    expect(sheet.rows[sumRow]!.slice(3, 6).map((c) => c?.value)).toEqual(scenario.totalByYear.map((o) => o / 100));
    expect(sheet.rows[sumRow]![6]!.value).toBe(scenario.total / 100);
    expect(sheet.rows[sumRow]![7]!.value).toBe(scenario.npv / 100);
  });

  it('shows the allocation per payer and year as the engine computed it', () => {
    const first = rowOf(sheet, 'Fördelning per betalare (tkr)') + 2;
    model.payers.forEach((payer, i) => {
      const values = sheet.rows[first + i]!.slice(3, 6).map((c) => c?.value);
      const engine = scenario.payerYears.filter((p) => p.payerId === payer.id).map((p) => p.amount / 100);
      expect(values).toEqual(engine);
    });
  });

  it('reconciles total with allocated plus unallocated, with a difference row of zeros', () => {
    const diff = rowOf(sheet, 'Differens (ska vara 0)');
    expect(sheet.rows[diff]!.slice(3, 7).map((c) => c?.value)).toEqual([0, 0, 0, 0]);
    expect(sheet.rows[rowOf(sheet, 'Ej fördelat')]![4]!.value).toBe(1); // 1 kr of contract management left unallocated
  });

  it('marks the snapshot inputs with the input style', () => {
    const payerRow = rowOf(sheet, 'Utbildningsförvaltningen – grundskola');
    expect(sheet.rows[payerRow]!.slice(0, 8).every((c) => c?.style === 'input')).toBe(true);
  });

  it('freezes the title row and the three label columns', () => {
    expect(sheet.freeze).toEqual({ rows: 1, columns: 3 });
  });

  it('prints landscape, one page wide, with the sheet name, page numbers, the date and the inputs it shows', () => {
    expect(sheet.print).toMatchObject({
      orientation: 'landscape',
      fitToWidth: true,
      header: '&A',
      footer: `Sida &P av &N – skapad ${OPTIONS.generatedAt.slice(0, 10)}, indata ${fingerprint(model).slice(0, 8)}`,
    });
  });

  it('prints the header block on every page, then the results from the allocation to the baseline', () => {
    const [from, to] = sheet.print!.area!.split(':').map(decode) as [
      { row: number; col: number },
      { row: number; col: number },
    ];
    expect(from).toEqual({ row: rowOf(sheet, 'Fördelning per betalare (tkr)'), col: 0 });
    expect(to.row).toBe(
      rowOf(sheet, 'Referens: nuvarande avtal oförändrade – inte möjligt enligt LOU efter avtalets slut'),
    );
    expect(to.col).toBeGreaterThanOrEqual(7); // through Nuvärde
    // Title, alternative, stamp, notes and parameters; the formula note (about cells on screen) is not repeated.
    expect(sheet.print!.titleRows).toEqual({ first: 0, last: rowOf(sheet, 'Diskonteringsränta') });
  });

  it('leaves the snapshot, the cost lines and the helpers off the paper', () => {
    const [from, to] = sheet.print!.area!.split(':').map(decode) as [
      { row: number; col: number },
      { row: number; col: number },
    ];
    for (const title of [
      'Indata som scenariot använde (ögonblicksbild)',
      'Kostnader per kontrakt, lösning och kostnadspost (tkr)',
      'Beräkningsunderlag (hjälpceller för formlerna ovan)',
    ]) {
      const row = rowOf(sheet, title);
      expect(row < from.row || row > to.row, title).toBe(true);
    }
  });

  it('fits the number columns to their figures (a page-wide print stays readable), and cuts no number', () => {
    const widths = sheet.columnWidths!;
    expect(widths.slice(0, 3)).toEqual([26, 22, 20]);
    expect(Math.max(...widths.slice(3, 8))).toBeLessThan(14);
    sheet.rows.forEach((row) =>
      row.forEach((cell, col) => {
        if (typeof cell?.value !== 'number' || col < 3) return;
        expect(numberDisplayWidth(cell.value, cell.numberFormat)).toBeLessThanOrEqual(widths[col]! - 1);
      }),
    );
  });

  it('wraps its long notes across the printed width instead of running on past it', () => {
    const width = decode(sheet.print!.area!.split(':')[1]!).col;
    const notes = sheet.wrappedNotes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(sheet.rows[note.row]![0]!.style).toMatch(/^(note|warning)$/);
      expect(sheet.rows[note.row]!.slice(1).every((c) => c === null || c === undefined)).toBe(true);
      expect(note.lastColumn).toBe(width);
      expect(note.lines).toBeGreaterThan(1);
    }
  });

  it('gives every used column a width', () => {
    expect(sheet.columnWidths!.length).toBeGreaterThanOrEqual(extent(sheet).cols);
  });
});

describe('buildWritePlan: comparison and summary', () => {
  const comparison = sheetByKey(plan, 'comparison');
  const summary = sheetByKey(plan, 'summary');

  it('puts two native charts on the comparison sheet, over its own tables', () => {
    expect(comparison.charts!.map((c) => [c.kind, c.seriesBy])).toEqual([
      ['line', 'rows'],
      ['barClustered', 'columns'],
    ]);
    const size = extent(comparison);
    for (const chart of comparison.charts!) {
      const [from, to] = chart.dataRange.split(':').map(decode) as [
        { row: number; col: number },
        { row: number; col: number },
      ];
      expect(to.row).toBeLessThan(size.rows);
      expect(to.col).toBeLessThan(size.cols);
      expect(cellAt(comparison, chart.dataRange.split(':')[0]!)?.style).toBe('header');
      expect(from.row).toBeLessThan(to.row);
    }
  });

  it("writes the chart tables' years as text so Excel takes them as categories", () => {
    const header = comparison.charts![0]!.dataRange.split(':')[0]!;
    const row = decode(header).row;
    expect(comparison.rows[row]!.slice(1, 4).map((c) => c?.value)).toEqual(['2024', '2025', '2026']);
  });

  it('shows per alternative contracts, total, NPV and difference from the baseline on the brief', () => {
    const row = rowOf(summary, 'Ett kontrakt');
    const s = output.scenarios[0]!;
    expect(summary.rows[row]!.slice(1, 5).map((c) => c?.value)).toEqual([
      1,
      s.total / 100,
      s.npv / 100,
      s.baseline.differenceTotal / 100,
    ]);
  });

  it('prints the brief landscape on one A4 page, every row of it, its chart data left out', () => {
    const size = extent(summary);
    expect(summary.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, fitToHeight: true });
    const [from, to] = summary.print!.area!.split(':').map(decode);
    expect(from).toEqual({ row: 0, col: 0 });
    expect(to!.row).toBe(size.rows - 1);
    expect(to!.col).toBe(8);
  });

  it('says "Illustrativa siffror" on every sheet only when asked to', () => {
    const shows = (p: typeof plan, sheet: PlannedSheet): boolean =>
      allCells(p).some((c) => c.sheet.name === sheet.name && String(c.cell.value).startsWith('Illustrativa siffror'));
    const illustrative = buildWritePlan(model, output, { ...OPTIONS, illustrative: true });
    expect(illustrative.sheets.every((s) => shows(illustrative, s))).toBe(true);
    expect(plan.sheets.some((s) => shows(plan, s))).toBe(false);
  });
});
