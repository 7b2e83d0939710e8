/**
 * explainCell on the Stockholm sample plan: a cell of each kind the writer
 * emits is told with the right numbers (the numbers are asserted, not the
 * whole prose). Addresses are found by formula shape, not hard-coded rows.
 */
import { describe, expect, it } from 'vitest';
import { stockholmSample } from '../../../src/sample/stockholm';
import { runEngine } from '../../../src/engine';
import { buildWritePlan } from '../../../src/workbook/write';
import { cellAddress } from '../../../src/workbook/a1';
import type { PlannedSheet } from '../../../src/workbook/plan';
import { explainCell, formatNumber, gridFromPlan } from '../../../src/workbook/explain';
import { parseCell } from '../../../src/workbook/a1';

const model = stockholmSample();
const OPTIONS = { language: 'sv' as const, generatedAt: '2026-01-01T00:00:00Z', version: '1', existingSheets: [] };
const plan = buildWritePlan(model, runEngine(model), { ...OPTIONS, illustrative: true });
const grid = gridFromPlan(plan.sheets);
const scenario = plan.sheets.find((s) => s.kind === 'scenario')!;
const summary = plan.sheets.find((s) => s.kind === 'summary')!;

/** The first cell whose formula matches (and, unless `zero`, whose value is not 0). */
function find(
  sheet: PlannedSheet,
  pattern: RegExp,
  zero = false,
): { address: string; value: number | string; formula: string } {
  for (const [r, row] of sheet.rows.entries())
    for (const [c, cell] of row.entries())
      if (cell?.formula && pattern.test(cell.formula) && (zero || cell.value !== 0))
        return { address: cellAddress(r, c), value: cell.value as number | string, formula: cell.formula };
  throw new Error(`no formula like ${pattern} on ${sheet.name}`);
}

function explain(sheet: PlannedSheet, address: string, language: 'sv' | 'en' = 'sv') {
  const e = explainCell(grid, sheet.name, address, language);
  if (!e) throw new Error(`no explanation for ${sheet.name}!${address}`);
  return e;
}

const sv = (x: number, decimals = 0): string => formatNumber(x, 'sv', decimals, decimals);
const value = (address: string): unknown => {
  const { row, col } = parseCell(address);
  return grid.value(scenario.name, row, col);
};

describe('explainCell', () => {
  it('tells a per-pupil licence entry as price × quantity × index × months/12 = amount', () => {
    const cell = find(scenario, /^=ROUND\(ROUND\(\$E\$30\*100,0\)\*D\d+\*E\$70\*E\d+\/100,0\)$/);
    const e = explain(scenario, cell.address);
    const [, qty, months] = /\*(D\d+)\*E\$70\*(E\d+)\//.exec(cell.formula)!;
    expect(e.title).toContain('Schema · Licens');
    expect(e.title).toContain('2024');
    expect(e.text).toContain(`${sv(value('E30') as number)} kr ×`);
    expect(e.text).toContain(`${sv(value(qty!) as number)} (antal elev)`);
    expect(e.text).toContain(`index ${sv(value('E70') as number, 4)}`);
    expect(e.text).toContain(`${sv((value(months!) as number) * 12)}/12`);
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr (avrundat till hela kronor)`);
    expect(e.inputs.map((i) => i.ref)).toEqual(expect.arrayContaining(['E30', qty, 'E70', months]));
  });

  it('tells a tiered licence from the tier cost in kronor, without a price', () => {
    const cell = find(scenario, /^=ROUND\(E\d+\*E\$70\*E\d+\/100,0\)$/);
    const tier = /^=ROUND\((E\d+)\*/.exec(cell.formula)![1]!;
    const e = explain(scenario, cell.address);
    expect(e.text).toContain(`${sv((value(tier) as number) / 100)} kr (kostnad enligt pristrappan) × index`);
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells a yearly total as the sum of the horizon years', () => {
    const cell = find(scenario, /^=SUM\(D\d+:M\d+\)$/);
    const e = explain(scenario, cell.address);
    expect(e.text).toContain('summan av 10 år (2023–2032)');
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells a cost per pupil as cost ÷ pupils, rounded to öre', () => {
    const cell = find(scenario, /^=IF\(D18=0,"–",ROUND\(D\d+\*100\/D18,0\)\/100\)$/);
    const e = explain(scenario, cell.address);
    const costRef = /ROUND\((D\d+)\*100/.exec(cell.formula)![1]!;
    expect(e.title).toContain('Förskola (SDF)');
    expect(e.text).toContain(`${sv(value(costRef) as number)} kr ÷ ${sv(value('D18') as number)}`);
    expect(e.text).toContain(`= ${sv(cell.value as number, 2)} kr (avrundat till hela ören)`);
  });

  it('tells an average per year with the number of years', () => {
    const cell = find(scenario, /^=IF\(D18=0,"–",ROUND\(N\d+\*100\/\(D18\*COUNT/);
    expect(explain(scenario, cell.address).text).toMatch(/× 10 år\) = [\d ]+,\d\d kr/);
  });

  it('tells the present value as discounted amounts', () => {
    const cell = find(scenario, /^=ROUND\(SUMPRODUCT\(/);
    const e = explain(scenario, cell.address);
    expect(e.text).toContain('diskonteringsfaktor');
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells an allocation as shares by the allocation key, largest remainder', () => {
    const cell = find(scenario, /^=SUMIFS\(\$J\$/);
    const e = explain(scenario, cell.address);
    expect(e.text).toContain('största-rest-metoden');
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells the unallocated row as what no payer could take, not as a payer share', () => {
    const cell = find(scenario, /^=SUMIFS\(\$N\$/, true);
    const e = explain(scenario, cell.address);
    expect(e.title).toMatch(/^Ej fördelat, 20\d\d$/);
    expect(e.text).toContain('inte kunde fördelas');
  });

  it('tells one payer share in the helper block with the amount it is a share of', () => {
    const cell = find(scenario, /^=IF\(\$L\$\d+>0,G\d+\+IF\(/);
    const e = explain(scenario, cell.address);
    const row = Number(/G(\d+)/.exec(cell.formula)![1]);
    const amountRow = Number(/\$L\$(\d+)/.exec(cell.formula)![1]);
    expect(e.text).toContain(`andel av ${sv(value(`K${amountRow}`) as number)} kr`);
    expect(e.text).toContain(`heltalsdelen ${sv(value(`G${row}`) as number)} kr`);
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells a baseline year as a sum of indexed agreement costs', () => {
    const cell = find(scenario, /^=ROUND\(ROUND\(\$C\$55\*100,0\)\*D\$70\/100,0\)\+/);
    const e = explain(scenario, cell.address);
    expect(e.text).toContain(`(${sv(value('C55') as number)} kr × index 1,0000) +`);
    expect(e.text).toContain(`= ${sv(cell.value as number)} kr`);
  });

  it('tells a figure on the decision brief as taken from a scenario sheet cell', () => {
    const cell = find(summary, /^='Scenario [^']*'!N\d+$/);
    const e = explain(summary, cell.address);
    const target = /!(N\d+)$/.exec(cell.formula)![1]!;
    expect(e.title).toContain('Totalt');
    expect(e.text).toContain(`hämtat från bladet ”${scenario.name}” cell ${target}`);
    expect(e.text).toContain(sv(cell.value as number));
  });

  it('names a value in the header block by the label right before it', () => {
    const cell = find(summary, /^='Scenario [^']*'!D8$/);
    const e = explain(summary, cell.address);
    expect(e.title).toContain('Kontrakt');
    expect(e.text).toContain('cell D8 (Antal kontrakt) = 1');
  });

  it('falls back to the formula with values and labels for any other shape', () => {
    const e = explain(scenario, 'E70');
    expect(e.text).toBe(`Indexfaktor, 2024: = 1 [Indexfaktor, 2023] × (1 + 0,04 [Indexsats in i året, 2024]) = 1,04`);
  });

  it('speaks English when asked', () => {
    const cell = find(scenario, /^=SUM\(D\d+:M\d+\)$/);
    expect(explain(scenario, cell.address, 'en').text).toContain(
      `the sum of 10 years (2023–2032) = ${formatNumber(cell.value as number, 'en')} kr`,
    );
  });

  it('gives no explanation for a constant', () => {
    expect(explainCell(grid, scenario.name, 'E30', 'sv')).toBeUndefined();
  });

  it('never shows NaN or undefined on any formula cell of the sample', () => {
    for (const sheet of plan.sheets)
      for (const [r, row] of sheet.rows.entries())
        for (const [c, cell] of row.entries()) {
          if (!cell?.formula) continue;
          const text = explainCell(grid, sheet.name, cellAddress(r, c), 'sv')!.text;
          expect(text).not.toMatch(/NaN|undefined|\{\w+\}/);
        }
  });
});
