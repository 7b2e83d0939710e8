/** Charts: `worksheet.charts.add(type, source, seriesBy)`, a title and a position. */
import { parseRect, rectAddress } from '../excel/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import type { EmulatedRange } from './range';
import type { ChartState, SheetState } from './state';
import { strict } from './strict';

/** The chart types the add-in uses; any other type is reported as not modelled. */
const TYPES = ['Line', 'ColumnClustered', 'BarClustered', 'ColumnStacked'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

export class EmulatedChartTitle extends EmulatedObject<ChartTarget> {
  constructor(private chart: EmulatedChart) {
    super(chart._ctx, 'ChartTitle');
  }
  override _t(location: string): ChartTarget {
    return this.chart._t(location);
  }
  set text(v: string) {
    this._set('text', v, (t) => {
      t.chart.title = String(v);
    });
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading ChartTitle');
  }
}

export class EmulatedChart extends EmulatedObject<ChartTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'Chart');
  }
  get title(): EmulatedChartTitle {
    return strict(new EmulatedChartTitle(this), 'ChartTitle');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      t.chart.name = String(v);
    });
  }
  setPosition(startCell: string, endCell?: string): void {
    this._call('setPosition', [startCell, endCell], (t) => {
      if (!parseRect(startCell) || (endCell !== undefined && !parseRect(endCell))) {
        throw new EmulatedExcelError('InvalidArgument', 'Chart.setPosition');
      }
      t.chart.position = { topLeft: startCell, bottomRight: endCell ?? startCell };
    });
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading Chart');
  }
}

export class EmulatedChartCollection extends EmulatedObject<SheetState> {
  constructor(
    ctx: EmulatedContext,
    private parentId: number,
    private parentSheet: (location: string) => SheetState,
  ) {
    super(ctx, 'ChartCollection');
  }
  override _t(location: string): SheetState {
    return this.parentSheet(location);
  }
  add(type: string, sourceData: EmulatedRange, seriesBy?: string): EmulatedChart {
    const chart = strict(new EmulatedChart(this._ctx), 'Chart');
    return chart._create({ parent: this.parentId, call: 'charts.add', args: [type, sourceData._id, seriesBy] }, () => {
      if (!TYPES.includes(type)) throw notModelled(`chart type '${type}'`);
      if (seriesBy !== undefined && !SERIES_BY.includes(seriesBy)) {
        throw new EmulatedExcelError('InvalidArgument', 'ChartCollection.add', `seriesBy '${seriesBy}'`);
      }
      const sheet = this._t('ChartCollection.add');
      const source = sourceData._t('ChartCollection.add');
      const state: ChartState = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        source: `${source.sheet === sheet ? '' : `${source.sheet.name}!`}${rectAddress(source.rect)}`,
        seriesBy: seriesBy ?? 'Auto',
        title: '',
      };
      sheet.charts.push(state);
      return { sheet, chart: state };
    });
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading ChartCollection');
  }
}
