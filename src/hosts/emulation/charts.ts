/**
 * Charts: `worksheet.charts.add(type, source, seriesBy)`, a title, a position,
 * a name, delete, the collection's items with their names, and of the axes
 * only the category axis's plot order and crossing point (what a tornado
 * needs: src/hosts/officejs/write/units.ts; what rewriting a sheet in place needs:
 * applyWritePlan.ts).
 */
import { parseRect, rectAddress } from '../../workbook/a1';
import type { EmulatedContext } from './context';
import { EmulatedObject, loadItems, pick } from './clientObject';
import { EmulatedExcelError, notModelled } from './errors';
import type { EmulatedRange } from './range';
import type { AxisPosition, ChartState, SheetState } from './state';
import { strict } from './strict';

/** The chart types the add-in uses; any other type is reported as not modelled. */
const TYPES = ['Line', 'ColumnClustered', 'BarClustered', 'ColumnStacked'];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const AXIS_POSITIONS: AxisPosition[] = ['Automatic', 'Maximum', 'Minimum'];

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

/**
 * The category axis (Chart.axes.categoryAxis). Setting an invalid value fails
 * at the sync with InvalidArgument, as Excel validates there; 'Custom' needs
 * setPositionAt, which is not modelled, so setting it fails at once.
 */
export class EmulatedChartAxis extends EmulatedObject<ChartTarget> {
  constructor(private chart: EmulatedChart) {
    super(chart._ctx, 'ChartAxis');
  }
  override _t(location: string): ChartTarget {
    return this.chart._t(location);
  }
  get reversePlotOrder(): boolean {
    return this._get('reversePlotOrder');
  }
  set reversePlotOrder(v: boolean) {
    this._set('reversePlotOrder', v, (t) => {
      if (typeof v !== 'boolean') throw new EmulatedExcelError('InvalidArgument', 'ChartAxis.reversePlotOrder');
      t.chart.categoryAxis.reversePlotOrder = v;
    });
  }
  get position(): AxisPosition {
    return this._get('position');
  }
  set position(v: AxisPosition) {
    if ((v as string) === 'Custom') throw notModelled("ChartAxis.position 'Custom' (setPositionAt)");
    this._set('position', v, (t) => {
      if (!AXIS_POSITIONS.includes(v)) throw new EmulatedExcelError('InvalidArgument', 'ChartAxis.position', `'${v}'`);
      t.chart.categoryAxis.position = v;
    });
  }
  _snapshot(t: ChartTarget, props: string[]): Record<string, unknown> {
    return pick('ChartAxis', props, {
      reversePlotOrder: () => t.chart.categoryAxis.reversePlotOrder,
      position: () => t.chart.categoryAxis.position,
    });
  }
}

/** Chart.axes: only the category axis is modelled (valueAxis, getItem … fail as not modelled). */
export class EmulatedChartAxes extends EmulatedObject<ChartTarget> {
  constructor(private chart: EmulatedChart) {
    super(chart._ctx, 'ChartAxes');
  }
  override _t(location: string): ChartTarget {
    return this.chart._t(location);
  }
  get categoryAxis(): EmulatedChartAxis {
    return strict(new EmulatedChartAxis(this.chart), 'ChartAxis');
  }
  _snapshot(): Record<string, unknown> {
    throw notModelled('loading ChartAxes');
  }
}

export class EmulatedChart extends EmulatedObject<ChartTarget> {
  constructor(ctx: EmulatedContext) {
    super(ctx, 'Chart');
  }
  get title(): EmulatedChartTitle {
    return strict(new EmulatedChartTitle(this), 'ChartTitle');
  }
  get axes(): EmulatedChartAxes {
    return strict(new EmulatedChartAxes(this), 'ChartAxes');
  }
  set name(v: string) {
    this._set('name', v, (t) => {
      t.chart.name = String(v);
    });
  }
  get name(): string {
    return this._get('name');
  }
  delete(): void {
    this._call('delete', [], (t) => {
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
  override _checkAlive(t: ChartTarget, location: string): void {
    if (!t.sheet.charts.includes(t.chart))
      throw new EmulatedExcelError('ItemNotFound', location, 'the chart was deleted');
  }
  setPosition(startCell: string, endCell?: string): void {
    this._call('setPosition', [startCell, endCell], (t) => {
      if (!parseRect(startCell) || (endCell !== undefined && !parseRect(endCell))) {
        throw new EmulatedExcelError('InvalidArgument', 'Chart.setPosition');
      }
      t.chart.position = { topLeft: startCell, bottomRight: endCell ?? startCell };
    });
  }
  _snapshot(t: ChartTarget, props: string[]): Record<string, unknown> {
    return pick('Chart', props, { name: () => t.chart.name });
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
        // Excel's defaults for a new chart.
        categoryAxis: { reversePlotOrder: false, position: 'Automatic' },
      };
      sheet.charts.push(state);
      return { sheet, chart: state };
    });
  }
  /** The charts as of this moment in the sync (a chart added later in the same batch is not among them). */
  get items(): EmulatedChart[] {
    return this._get('items');
  }
  _snapshot(sheet: SheetState, props: string[]): Record<string, unknown> {
    return loadItems('ChartCollection', props, [...sheet.charts], (chart) =>
      strict(new EmulatedChart(this._ctx), 'Chart')._createResolved({ sheet, chart }),
    );
  }
}
