/** DrawingML of one chart: the axis settings a reader needs to draw bars in the planned order. */
import { describe, expect, it } from 'vitest';
import type { PlannedChart } from '../../src/workbook/plan';
import { chartSpaceXml } from '../../src/hosts/xlsx/chartXml';
import { scenarioSheet } from './planFixtures';

const tornado = (extra: Partial<PlannedChart> = {}): PlannedChart => ({
  kind: 'barClustered',
  title: 'Tornado',
  dataRange: 'A3:C5',
  seriesBy: 'columns',
  topLeft: 'F2',
  bottomRight: 'M16',
  ...extra,
});

/** The scaling orientation and the crossing of one axis element (catAx or valAx). */
function axis(xml: string, element: 'catAx' | 'valAx'): { orientation: string; crosses: string } {
  const body = new RegExp(`<c:${element}>([\\s\\S]*?)</c:${element}>`).exec(xml)?.[1] ?? '';
  return {
    orientation: /<c:orientation val="(\w+)"\/>/.exec(body)?.[1] ?? '',
    crosses: /<c:crosses val="(\w+)"\/>/.exec(body)?.[1] ?? '',
  };
}

describe('chartSpaceXml', () => {
  it('draws horizontal bars top down when asked: category axis maxMin, value axis crossing at the maximum category', () => {
    const xml = chartSpaceXml(scenarioSheet(), tornado({ categoriesTopDown: true }));
    expect(axis(xml, 'catAx')).toEqual({ orientation: 'maxMin', crosses: 'autoZero' });
    expect(axis(xml, 'valAx')).toEqual({ orientation: 'minMax', crosses: 'max' });
  });

  it("keeps Excel's default order otherwise: first category at the bottom", () => {
    const xml = chartSpaceXml(scenarioSheet(), tornado());
    expect(axis(xml, 'catAx')).toEqual({ orientation: 'minMax', crosses: 'autoZero' });
    expect(axis(xml, 'valAx')).toEqual({ orientation: 'minMax', crosses: 'autoZero' });
  });

  it('ignores the top-down order for column and line charts, whose categories run left to right', () => {
    for (const kind of ['columnClustered', 'line'] as const) {
      const xml = chartSpaceXml(scenarioSheet(), tornado({ kind, categoriesTopDown: true }));
      expect(axis(xml, 'catAx').orientation).toBe('minMax');
      expect(axis(xml, 'valAx').crosses).toBe('autoZero');
    }
  });
});
