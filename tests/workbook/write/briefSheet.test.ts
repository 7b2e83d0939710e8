/**
 * The decision brief (Beslutsunderlag): what FLG reads on one page. Its words
 * and its "Behandlad i" rows are live formulas on the Beslutsgång sheet, so
 * they are checked the way a spreadsheet computes them: the sample's input
 * sheets with a decision trail typed in, the brief written over them, and
 * HyperFormula recalculating every formula against the cached values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import { fingerprint } from '../../../src/workbook/fingerprint';
import { inputSheetsPlan } from '../../../src/workbook/inputs';
import type { PlannedCell, PlannedSheet, WritePlan } from '../../../src/workbook/plan';
import { planToGrid } from '../../../src/workbook/planToGrid';
import { readModel } from '../../../src/workbook/read';
import { isoToSerial } from '../../../src/workbook/read/parseDate';
import { buildWritePlan } from '../../../src/workbook/write';
import { diffGenerations, generationSummary } from '../../../src/workbook/changes';
import { simulate } from '../../../src/engine/simulation/simulate';
import { sheetByKey } from './helpers';
import { buildHyperFormula, recalcMismatches, toHyperFormulaSheets } from './recalc';
import { parseCell } from '../../../src/workbook/a1';

const model = stockholmSample();
const output = runEngine(model);
const FP = fingerprint(model);
const OPTIONS = { language: 'sv' as const, generatedAt: '2026-12-07T08:00:00.000Z', version: '1.2.3' };

interface Entry {
  forum: string;
  date: string;
  decision: string;
  /** The fingerprint typed, '' for none. */
  basis: string;
  /** The date typed as a date (a serial) rather than as text. */
  dateAsSerial: boolean;
}

interface Words {
  question?: string;
  decisionAsked?: string;
  recommendation?: string;
}

const decode = parseCell;

/** The sample's input sheets with the trail and the brief's words typed on Beslutsgång, as an analyst would. */
function inputsWith(entries: Entry[], words: Words = {}): PlannedSheet[] {
  const inputs = inputSheetsPlan(model, { language: 'sv', illustrative: true });
  const sheet = inputs.find((s) => s.key === 'input:decisions')!;
  const put = (row: number, col: number, cell: PlannedCell | null): void => {
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const cells = sheet.rows[row]!;
    while (cells.length <= col) cells.push(null);
    cells[col] = cell;
  };
  const textTable = sheet.tables!.find((t) => t.name === 'tblBeslutstext')!;
  const textHeader = decode(textTable.range.split(':')[0]!);
  (['question', 'decisionAsked', 'recommendation'] as const).forEach((key, i) => {
    if (words[key] !== undefined) put(textHeader.row + 1, textHeader.col + i, { value: words[key], style: 'input' });
  });
  const trail = sheet.tables!.find((t) => t.name === 'tblBeslutsgang')!;
  const [from, to] = trail.range.split(':').map(decode) as [{ row: number; col: number }, { row: number; col: number }];
  entries.forEach((e, i) => {
    const row = from.row + 1 + i;
    put(row, from.col, { value: e.forum });
    put(
      row,
      from.col + 1,
      e.dateAsSerial ? { value: isoToSerial(e.date), numberFormat: 'yyyy-mm-dd' } : { value: e.date },
    );
    put(row, from.col + 2, { value: e.decision });
    put(row, from.col + 3, e.basis === '' ? null : { value: e.basis });
  });
  const lastRow = Math.max(to.row, from.row + entries.length);
  trail.range = `${trail.range.split(':')[0]}:${String.fromCharCode(65 + to.col)}${lastRow + 1}`;
  return inputs;
}

function briefOver(inputs: PlannedSheet[]): { plan: WritePlan; brief: PlannedSheet } {
  const generated = buildWritePlan(model, output, {
    ...OPTIONS,
    existingSheets: inputs.map((s) => ({ name: s.name })),
    illustrative: true,
    brief: readModel(planToGrid(inputs)).brief,
  });
  const plan = { ...generated, sheets: [...inputs, ...generated.sheets] };
  return { plan, brief: sheetByKey(plan, 'summary') };
}

/** The values a spreadsheet shows on the brief, row by row (HyperFormula). */
function shown(plan: WritePlan, brief: PlannedSheet): unknown[][] {
  const hf = buildHyperFormula(toHyperFormulaSheets(plan));
  const id = hf.getSheetId(brief.name)!;
  const values = brief.rows.map((cells, row) => cells.map((_, col) => hf.getCellValue({ sheet: id, row, col })));
  hf.destroy();
  return values;
}

function rowStarting(values: unknown[][], text: string): number {
  const row = values.findIndex((r) => r[0] === text);
  if (row < 0) throw new Error(`no row starting with ${text}`);
  return row;
}

const entry = (forum: string, date: string, basis = FP): Entry => ({
  forum,
  date,
  decision: `Beslut i ${forum}`,
  basis,
  dateAsSerial: false,
});

describe('the decision brief', () => {
  it('is one landscape page: titled with the question, the decision asked for below it', () => {
    const { plan, brief } = briefOver(inputsWith([]));
    expect(brief.name).toBe('Beslutsunderlag');
    expect(brief.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, fitToHeight: true });
    const values = shown(plan, brief);
    expect(values[0]![0]).toBe('Hur många kontrakt ska vi upphandla?');
    expect(values[1]!.slice(0, 2)).toEqual([
      'Beslut som begärs',
      'Val av kontraktsalternativ för upphandlingen av skolsystemen.',
    ]);
  });

  it('shows the analyst’s words from Beslutsgång by formula, so an edit there shows without generating again', () => {
    const words = { question: 'Ska vi ha ett eller fyra avtal?', recommendation: 'Alternativ 1: ett kontrakt.' };
    const { plan, brief } = briefOver(inputsWith([], words));
    expect(brief.rows[0]![0]!.formula).toMatch(/^=IF\('Beslutsgång'!\$?A\$?\d+="",/);
    const values = shown(plan, brief);
    expect(values[0]![0]).toBe(words.question);
    const recommendation = rowStarting(values, 'Rekommendation');
    expect(values[recommendation]![1]).toBe(words.recommendation);
    expect(recalcMismatches(plan).mismatches).toEqual([]);
  });

  it('lists the latest rows of the trail newest first, and says which saw this version', () => {
    const trail = [
      entry('Objektstyrgrupp', '2026-10-01', 'aaaaaaaa00'),
      entry('Portföljstyrgrupp', '2026-11-05', ''),
      entry('FVG', '2026-11-20'),
      { ...entry('Utbildningsnämnden', '2026-12-03'), dateAsSerial: true },
      entry('Utbildningsnämnden (återremiss)', '2026-12-10', FP.slice(0, 8)),
    ];
    const { plan, brief } = briefOver(inputsWith(trail));
    const values = shown(plan, brief);
    const header = rowStarting(values, 'Forum');
    const rows = values.slice(header + 1, header + 5);
    expect(rows.map((r) => r[0])).toEqual([
      'Utbildningsnämnden (återremiss)',
      'Utbildningsnämnden',
      'FVG',
      'Portföljstyrgrupp',
    ]);
    expect(rows.map((r) => r[8])).toEqual(['denna version', 'denna version', 'denna version', 'okänt']);
    expect(rows[0]![1]).toBe('2026-12-10');
    expect(rows[1]![1]).toBe(isoToSerial('2026-12-03'));
    expect(rows[0]![2]).toBe('Beslut i Utbildningsnämnden (återremiss)');
    expect(recalcMismatches(plan).mismatches).toEqual([]);
  });

  it('says when no forum has seen the figures yet, and when the workbook has no trail at all', () => {
    const { plan, brief } = briefOver(inputsWith([]));
    const values = shown(plan, brief);
    expect(values[rowStarting(values, 'Forum') + 1]![0]).toBe('(inget forum ännu)');
    const without = buildWritePlan(model, output, { ...OPTIONS, existingSheets: [] });
    const texts = sheetByKey(without, 'summary')
      .rows.flat()
      .map((c) => c?.value);
    expect(texts).toContain(
      'Arbetsboken har ingen beslutsgång: "Lägg till i beslutsgången" i tillägget skapar bladet Beslutsgång.',
    );
    expect(texts).toContain('Hur många kontrakt ska vi upphandla?');
  });

  it('caches every formula with what a spreadsheet computes, for any trail (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && !/^[=+\-@']/.test(s));
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((d) => new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10));
    const anEntry = fc.record({
      forum: text,
      date: day,
      decision: text,
      basis: fc.constantFrom('', FP, FP.slice(0, 8), 'ffffffff11'),
      dateAsSerial: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 7 }), (trail) => {
        const { plan, brief } = briefOver(inputsWith(trail));
        // The inputs and the brief only (the scenario sheets are slow to recalculate): the trail's formulas.
        const small = { ...plan, sheets: plan.sheets.filter((s) => s === brief || s.kind === 'input') };
        const trailFormulas = recalcMismatches(small).mismatches.filter((m) => m.formula.includes('Beslutsgång'));
        expect(trailFormulas).toEqual([]);
        const values = shown(small, brief);
        const first = values[rowStarting(values, 'Forum') + 1]![0];
        expect(first).toBe(trail.length === 0 ? '(inget forum ännu)' : trail.at(-1)!.forum);
      }),
      { numRuns: 15 },
    );
  });

  it('names the cheapest alternative in words, and refers every scenario figure to its scenario sheet', () => {
    const { brief } = briefOver(inputsWith([]));
    const cells = brief.rows.flat().filter((c): c is PlannedCell => c !== null);
    expect(cells.map((c) => c.value)).toContain('lägst total och nuvärde');
    const cheapest = output.scenarios.reduce((a, b) => (b.total < a.total ? b : a));
    const total = cells.find((c) => c.value === cheapest.total / 100 && c.formula !== undefined);
    expect(total?.formula).toMatch(/^='Scenario [^']+'!N\d+$/);
  });

  it('counts the cost lines that name a source', () => {
    const { brief } = briefOver(inputsWith([]));
    const withSource = model.costLines.filter((l) => (l.provenance ?? '') !== '').length;
    expect(brief.rows.flat().map((c) => c?.value)).toContain(
      `${withSource} av ${model.costLines.length} kostnadsrader har en källa`,
    );
  });

  it('draws cost per year in the unit its title names, from its own table outside the print area', () => {
    const { plan, brief } = briefOver(inputsWith([]));
    const chart = brief.charts![0]!;
    expect(chart.title).toBe('Kostnad per år och alternativ (tkr)');
    const [from] = chart.dataRange.split(':').map(decode);
    expect(from!.col).toBeGreaterThan(8);
    const values = shown(plan, brief);
    const first = output.scenarios[0]!;
    expect(values[from!.row + 1]![from!.col + 1]).toBeCloseTo(first.totalByYear[0]! / 100 / 1000, 9);
  });

  it('says in a few lines what changed since the previous version: each total’s difference and the rows', () => {
    const first = buildWritePlan(model, output, { ...OPTIONS, existingSheets: [] });
    const says = (plan: WritePlan): unknown[] =>
      sheetByKey(plan, 'summary')
        .rows.flat()
        .map((c) => c?.value);
    expect(says(first)).toContain('Första genereringen – inget att jämföra med.');

    const before = generationSummary(model, output, { fingerprint: 'abcdef0123', generatedAt: '2026-11-01T10:00:00Z' });
    const changed = {
      ...model,
      costLines: model.costLines.map((l, i) =>
        i < 4 && l.amount > 0
          ? {
              ...l,
              amount: l.amount + 100_00,
              ...(l.range ? { range: { min: l.range.min, max: l.range.max + 100_00 } } : {}),
            }
          : l,
      ),
    };
    const out = runEngine(changed);
    const after = generationSummary(changed, out, {
      fingerprint: fingerprint(changed),
      generatedAt: OPTIONS.generatedAt,
    });
    const changes = diffGenerations(before, after);
    const second = buildWritePlan(changed, out, { ...OPTIONS, existingSheets: [], changes });
    const lines = says(second).filter((v): v is string => typeof v === 'string');
    expect(lines).toContain('Jämfört med genereringen 2026-11-01 (indata abcdef01).');
    const totals = lines.find((l) => l.startsWith('Totalt: '))!;
    for (const a of changes.alternatives) expect(totals).toContain(a.name);
    const rows = lines.find((l) => /ändrade indatarader/.test(l))!;
    expect(rows).toMatch(/^4 ändrade indatarader: .*; och 1 till \(bladet Jämförelse\)\.$/);
    expect(rows).toContain(model.costLines[0]!.id);
  });

  it('after a sensitivity run says in plain words how often the likeliest cheapest wins, and names the three strongest inputs', () => {
    const result = simulate(model, { iterations: 300, seed: 11 });
    const plan = buildWritePlan(model, output, { ...OPTIONS, existingSheets: [], sensitivity: result });
    const lines = sheetByKey(plan, 'summary')
      .rows.flat()
      .map((c) => c?.value)
      .filter((v): v is string => typeof v === 'string');
    const best = result.cheapest.total.indexOf(Math.max(...result.cheapest.total));
    const name = output.scenarios[best]!.name;
    expect(lines).toContain(
      `${name} är billigast i ${Math.round(result.cheapest.total[best]! * 100)} av 100 simuleringar.`,
    );
    expect(lines).toContain('300 simuleringar, frö 11 (bladet Känslighet).');
    const drivers = lines.filter((l) => /^[123]\. .*: [−+]?[\d \u00a0]+ tkr till [−+]?[\d \u00a0]+ tkr \(/.test(l));
    expect(drivers).toHaveLength(3);
    const widest = Math.max(...result.scenarios.flatMap((s) => s.tornado.map((b) => b.swing)));
    const top = result.scenarios.flatMap((s) => s.tornado).find((b) => b.swing === widest)!;
    expect(drivers[0]).toContain(top.lineId);
  });
});
