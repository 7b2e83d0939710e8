import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine/simulation/simulate';
import type { SimulationResult } from '../../../src/engine/simulation/types';
import type { PlannedCell, PlannedSheet } from '../../../src/workbook/plan';
import { SENSITIVITY_LABELS } from '../../../src/workbook/sensitivity/labels';
import { SENSITIVITY_KEY, sensitivitySheetPlan } from '../../../src/workbook/sensitivity/sheet';
import { placeholders } from '../../../src/workbook/labels';
import { moneyFormat } from '../../../src/workbook/write/formats';
import { stockholmSample } from '../../../src/sample/stockholm';
import { parseCell } from '../../../src/workbook/a1';

const model = stockholmSample();
let result: SimulationResult;
let sv: PlannedSheet;
let en: PlannedSheet;

beforeAll(() => {
  result = simulate(model, { iterations: 500, seed: 99 });
  sv = sensitivitySheetPlan(model, result, { language: 'sv', illustrative: true });
  en = sensitivitySheetPlan(model, result, { language: 'en' });
});

/** 0-based row of the first cell in column A whose text is `text`. */
const rowOf = (sheet: PlannedSheet, text: string, from = 0): number =>
  sheet.rows.findIndex((r, i) => i >= from && r[0]?.value === text);

const cell = (sheet: PlannedSheet, row: number, col: number): PlannedCell | null => sheet.rows[row]?.[col] ?? null;

/** 'K12' → { row: 11, col: 10 }. */
const pos = parseCell;

describe('sensitivitySheetPlan', () => {
  it('plans the sheet "Känslighet" of kind sensitivity, "Sensitivity" in English', () => {
    expect(sv).toMatchObject({ name: 'Känslighet', kind: 'sensitivity', key: SENSITIVITY_KEY });
    expect(en.name).toBe('Sensitivity');
  });

  it('states the seed, the iterations and the distribution, so the result can be reproduced', () => {
    const seedRow = rowOf(sv, 'Slumpfrö');
    expect(cell(sv, seedRow, 1)?.value).toBe(99);
    expect(cell(sv, seedRow, 2)?.value).toBe('Iterationer');
    expect(cell(sv, seedRow, 3)?.value).toBe(500);
    expect(cell(sv, seedRow + 1, 1)?.value).toBe('PERT (min, troligt, max)');
  });

  it('shows the illustrative warning when asked', () => {
    expect(
      sv.rows.some((r) => r[0]?.style === 'warning' && String(r[0].value).startsWith('Illustrativa siffror')),
    ).toBe(true);
    expect(en.rows.some((r) => String(r[0]?.value ?? '').startsWith('Illustrative'))).toBe(false);
  });

  it('writes likely, mean, P10, P50, P90 and the standard error of P50 per alternative in kronor, in the display unit', () => {
    const header = rowOf(sv, 'Alternativ');
    expect(sv.rows[header]!.map((c) => c?.value)).toEqual([
      'Alternativ',
      'Troligt värde',
      'Medelvärde',
      'P10',
      'P50',
      'P90',
      'Medelfel P50',
    ]);
    result.scenarios.forEach((s, k) => {
      const row = sv.rows[header + 1 + k]!;
      expect(row.map((c) => c?.value)).toEqual([
        s.name,
        s.likely.total / 100,
        s.total.mean / 100,
        s.total.p10 / 100,
        s.total.p50 / 100,
        s.total.p90 / 100,
        s.total.p50StandardError / 100,
      ]);
      for (const c of row.slice(1)) expect(c?.numberFormat).toBe(moneyFormat(model.parameters.displayUnit));
    });
  });

  it('writes the cheaper-than matrix as shares, with a dash on the diagonal', () => {
    const title = rowOf(sv, SENSITIVITY_LABELS.sv.sectionCheaper);
    const header = title + 1;
    result.scenarios.forEach((s, i) => {
      const row = sv.rows[header + 1 + i]!;
      expect(row[0]?.value).toBe(s.name);
      result.scenarios.forEach((_, j) => {
        const c = row[1 + j]!;
        if (i === j) expect(c.value).toBe('–');
        else expect(c).toEqual({ value: result.cheaperThan.total[i]![j], numberFormat: '0%' });
      });
    });
  });

  it('draws an S-curve line chart and one tornado bar chart per alternative, on their own tables', () => {
    const kinds = sv.charts!.map((c) => c.kind);
    expect(kinds).toEqual(['line', ...result.scenarios.map(() => 'barClustered')]);
    const tornado = sv.charts![1]!;
    const [from, to] = tornado.dataRange.split(':').map(pos);
    expect(sv.rows[from!.row]!.slice(0, 3).map((c) => c?.value)).toEqual([
      'Kostnadsrad',
      'Vid min (skillnad)',
      'Vid max (skillnad)',
    ]);
    const bars = result.scenarios[0]!.tornado.slice(0, 10);
    expect(to!.row - from!.row).toBe(bars.length);
    expect(sv.rows[from!.row + 1]![1]!.value).toBe(bars[0]!.deltaLow / 100);
  });

  it('asks for the tornado bars top down, so the widest bar (the first row) is drawn at the top', () => {
    expect(sv.charts!.slice(1).every((c) => c.categoriesTopDown === true)).toBe(true);
    expect(sv.charts![0]!.categoriesTopDown).toBeUndefined();
  });

  it('places every chart over empty cells', () => {
    for (const chart of sv.charts!) {
      const a = pos(chart.topLeft);
      const z = pos(chart.bottomRight);
      for (let r = a.row; r <= z.row; r++) {
        for (let c = a.col; c <= z.col; c++) expect(cell(sv, r, c)).toBeNull();
      }
    }
  });

  it('keeps the tornado to the top N lines', () => {
    const sheet = sensitivitySheetPlan(model, result, { language: 'sv', tornadoTop: 3 });
    for (const chart of sheet.charts!.slice(1)) {
      const [from, to] = chart.dataRange.split(':').map(pos);
      expect(to!.row - from!.row).toBe(3);
    }
  });

  it('says so when the run was cancelled or did not reach its precision target', () => {
    const partial = { ...result, cancelled: true, convergence: { ...result.convergence, reached: false } };
    const sheet = sensitivitySheetPlan(model, partial, { language: 'en' });
    const warnings = sheet.rows.filter((r) => r[0]?.style === 'warning').map((r) => String(r[0]!.value));
    expect(warnings.some((w) => w.startsWith('Cancelled'))).toBe(true);
    expect(warnings.some((w) => w.includes('not reached'))).toBe(true);
  });

  it('writes a note and no tables or charts when there are no scenarios (a model with errors)', () => {
    const sheet = sensitivitySheetPlan(model, { ...result, scenarios: [] }, { language: 'sv' });
    expect(sheet.charts).toEqual([]);
    expect(sheet.rows.some((r) => r[0]?.value === SENSITIVITY_LABELS.sv.noScenarios)).toBe(true);
  });

  it('stores the marker and the sheet it replaces as given', () => {
    const sheet = sensitivitySheetPlan(model, result, {
      language: 'sv',
      marker: 'skolkostnad:sensitivity|x|y|z',
      replaces: 'Känslighet',
    });
    expect(sheet.marker).toBe('skolkostnad:sensitivity|x|y|z');
    expect(sheet.replaces).toBe('Känslighet');
  });

  it('writes the likely value, mean, P10, P50 and P90 of the cost per user and year per payer, in kr with two decimals', () => {
    const header = rowOf(sv, 'Betalare');
    expect(sv.rows[header]!.slice(0, 6).map((c) => c?.value)).toEqual([
      'Betalare',
      'Troligt värde',
      'Medelvärde',
      'P10',
      'P50',
      'P90',
    ]);
    result.scenarios.forEach((s, k) => expect(cell(sv, header - 1, 1 + 5 * k)?.value).toBe(s.name));
    const payers = result.scenarios[0]!.payers;
    payers.forEach((payer, p) => {
      const row = sv.rows[header + 1 + p]!;
      expect(row[0]?.value).toBe(payer.name);
      result.scenarios.forEach((s, k) => {
        const perUser = s.payers[p]!.perUserPerYear!;
        expect(row.slice(1 + 5 * k, 6 + 5 * k).map((c) => c?.value)).toEqual([
          s.payers[p]!.likely.perUserPerYear! / 100,
          perUser.mean / 100,
          perUser.p10 / 100,
          perUser.p50 / 100,
          perUser.p90 / 100,
        ]);
        for (const c of row.slice(1 + 5 * k, 6 + 5 * k)) expect(c?.numberFormat).toBe('#,##0.00');
      });
    });
  });

  it('writes a dash in every per-user column of a payer without users, never 0', () => {
    const scenarios = result.scenarios.map((s) => ({
      ...s,
      payers: s.payers.map((p, i) =>
        i === 0 ? { ...p, users: 0, perUserPerYear: null, likely: { ...p.likely, perUserPerYear: null } } : p,
      ),
    }));
    const sheet = sensitivitySheetPlan(model, { ...result, scenarios }, { language: 'sv' });
    const row = sheet.rows[rowOf(sheet, 'Betalare') + 1]!;
    expect(row.slice(1, 1 + 5 * scenarios.length).map((c) => c?.value)).toEqual(
      Array.from({ length: 5 * scenarios.length }, () => '–'),
    );
  });

  it('names each reference-class preset the run used, its citation and its cost lines, and says they are starting points', () => {
    const choice = {
      all: 'swedish-state-projects',
      byLine: { [model.costLines[0]!.id]: 'it-projects-black-swans' },
    } as const;
    const withPresets = simulate(model, { iterations: 200, seed: 99, referenceClasses: choice });
    const sheet = sensitivitySheetPlan(model, withPresets, { language: 'sv' });
    const title = rowOf(sheet, 'Referensklasser: osäkerhet hämtad från jämförbara projekt');
    expect(title).toBeGreaterThan(0);
    expect(String(cell(sheet, title + 1, 0)?.value)).toMatch(/^Startvärden .* ersätt dem med egna siffror/);
    expect(cell(sheet, title + 1, 0)?.style).toBe('warning');
    expect(sheet.rows[title + 2]!.slice(0, 3).map((c) => c?.value)).toEqual([
      'Referensklass',
      'Kostnadsrader',
      'Källa',
    ]);
    const drawn = withPresets.inputs.length;
    expect(sheet.rows[title + 3]!.slice(0, 3).map((c) => c?.value)).toEqual([
      'IT-projekt (Flyvbjerg & Budzier 2011: medel +27 %, var sjätte +200 %)',
      1,
      expect.stringMatching(/^Flyvbjerg, B\. & Budzier, A\. \(2011\)\. Why Your IT Project May Be Riskier/),
    ]);
    expect(sheet.rows[title + 4]!.slice(0, 3).map((c) => c?.value)).toEqual([
      'Svenska statliga projekt (Riksrevisionen 2011:5: medel +30 %)',
      drawn - 1,
      expect.stringMatching(/RiR 2011:5/),
    ]);
    const english = sensitivitySheetPlan(model, withPresets, { language: 'en' });
    expect(rowOf(english, 'Reference classes: uncertainty taken from comparable projects')).toBeGreaterThan(0);
  });

  it('writes no reference-class section when no line used a preset', () => {
    expect(rowOf(sv, 'Referensklasser: osäkerhet hämtad från jämförbara projekt')).toBe(-1);
  });

  it('writes every figure as a value, never a formula: Excel cannot recompute a simulation', () => {
    for (const row of sv.rows) for (const c of row) expect(c?.formula).toBeUndefined();
  });
});

describe('SENSITIVITY_LABELS', () => {
  it('has the same keys and placeholders in Swedish and English', () => {
    expect(Object.keys(SENSITIVITY_LABELS.en).sort()).toEqual(Object.keys(SENSITIVITY_LABELS.sv).sort());
    for (const key of Object.keys(SENSITIVITY_LABELS.sv) as (keyof typeof SENSITIVITY_LABELS.sv)[]) {
      expect(placeholders(SENSITIVITY_LABELS.en[key]).sort()).toEqual(placeholders(SENSITIVITY_LABELS.sv[key]).sort());
    }
  });
});
