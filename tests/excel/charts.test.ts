/**
 * applyWritePlan's charts: a tornado (PlannedChart.categoriesTopDown) is drawn
 * with its first data row at the top and the value axis at the bottom, as the
 * .xlsx writer draws it (src/hosts/xlsx/chartXml.ts), on the Känslighet sheet and
 * on any planned bar chart.
 */
import { describe, expect, it } from 'vitest';
import { applyWritePlan } from '../../src/hosts/officejs';
import { simulate } from '../../src/engine/simulation/simulate';
import { createEmulatedWorkbook } from '../../src/hosts/emulation';
import { stockholmSample } from '../../src/sample/stockholm';
import type { PlannedChart, PlannedSheet } from '../../src/workbook/plan';
import { sensitivitySheetPlan } from '../../src/workbook/sensitivity/sheet';
import { handPlan, handSheet } from './plans';

const DEFAULT_AXIS = { reversePlotOrder: false, position: 'Automatic' };
const TOP_DOWN_AXIS = { reversePlotOrder: true, position: 'Maximum' };

function tornado(overrides: Partial<PlannedChart> = {}): PlannedChart {
  return {
    kind: 'barClustered',
    title: 'Vad flyttar totalen mest',
    dataRange: 'A1:C6',
    seriesBy: 'columns',
    topLeft: 'F2',
    bottomRight: 'M18',
    categoriesTopDown: true,
    ...overrides,
  };
}

function sheetWith(charts: PlannedChart[]): PlannedSheet {
  return { ...handSheet('Känslighet', 'sensitivity'), charts };
}

async function categoryAxes(sheet: PlannedSheet, isSetSupported?: (set: string, version: string) => boolean) {
  const wb = createEmulatedWorkbook();
  const report = await applyWritePlan(wb.run, handPlan([sheet]), isSetSupported ? { isSetSupported } : {});
  return { axes: wb.sheet(sheet.name)!.charts.map((c) => c.categoryAxis), report, wb };
}

describe('applyWritePlan: bar charts drawn top down', () => {
  it('reverses the category axis and crosses it at its maximum, so the first row is the top bar above the value axis', async () => {
    const { axes, report } = await categoryAxes(sheetWith([tornado()]));
    expect(axes).toEqual([TOP_DOWN_AXIS]);
    expect(report.notes).toEqual([]);
  });

  it('leaves other charts as Excel draws them: bars not asked to, and kinds without a category axis to reverse', async () => {
    const { axes } = await categoryAxes(
      sheetWith([
        tornado({ categoriesTopDown: false }),
        tornado({ categoriesTopDown: undefined }),
        tornado({ kind: 'columnClustered' }),
        tornado({ kind: 'line' }),
      ]),
    );
    expect(axes).toEqual([DEFAULT_AXIS, DEFAULT_AXIS, DEFAULT_AXIS, DEFAULT_AXIS]);
  });

  it('without ExcelApi 1.8 still draws the bars top down, with the value axis at the top, and says so', async () => {
    const { axes, report } = await categoryAxes(
      sheetWith([tornado(), tornado()]),
      (_set, version) => version === '1.7',
    );
    expect(axes).toEqual([
      { reversePlotOrder: true, position: 'Automatic' },
      { reversePlotOrder: true, position: 'Automatic' },
    ]);
    expect(report.notes.map((n) => n.en)).toContain(
      'The bar charts show the largest bar at the top, but their value axis is at the top edge: this Excel lacks ExcelApi 1.8. (Känslighet)',
    );
  });

  it('counts the axis settings in the request estimate, which stays above what is sent', async () => {
    const many = sheetWith(Array.from({ length: 40 }, (_, i) => tornado({ title: `Tornado ${i + 1}` })));
    const plain = sheetWith(many.charts!.map((c) => ({ ...c, categoriesTopDown: false })));
    const withAxes = await categoryAxes(many);
    const without = await categoryAxes(plain);
    const sent = withAxes.wb.stats.bytesPerSync.slice(1);
    withAxes.report.estimatedBytesPerSync.forEach((estimate, i) => expect(estimate).toBeGreaterThanOrEqual(sent[i]!));
    // The build sync: 40 charts × (two proxies + two sets), each bounded by 280 bytes (requestSize.ts), plus the arguments.
    const extra = withAxes.report.estimatedBytesPerSync[0]! - without.report.estimatedBytesPerSync[0]!;
    expect(extra).toBeGreaterThanOrEqual(40 * 4 * 280);
  });

  it('draws every tornado of the Känslighet sheet top down, and its S-curve as planned', async () => {
    const model = stockholmSample();
    const sheet = sensitivitySheetPlan(model, simulate(model, { iterations: 200, seed: 7 }), { language: 'sv' });
    const wb = createEmulatedWorkbook();
    await applyWritePlan(wb.run, handPlan([sheet]));
    const written = wb.sheet(sheet.name)!.charts;
    expect(written).toHaveLength(sheet.charts!.length);
    sheet.charts!.forEach((planned, i) => {
      expect(written[i]!.categoryAxis).toEqual(planned.categoriesTopDown ? TOP_DOWN_AXIS : DEFAULT_AXIS);
    });
    expect(sheet.charts!.filter((c) => c.categoriesTopDown).length).toBeGreaterThan(0);
  });
});
