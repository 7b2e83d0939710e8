/**
 * DrawingML for native Excel charts, built from a PlannedChart and the
 * planned cells it points at. ExcelJS cannot write charts, so these parts are
 * added to the package after ExcelJS has written it (see charts.ts).
 *
 * Series refer to the sheet's cells (so the chart follows the figures when
 * Excel or LibreOffice recalculates) and carry a cache of the planned values
 * (so a viewer that does not recalculate still draws the right chart).
 * Element order follows the CT_* sequences of the chart schema; Excel
 * "repairs" a file whose order is wrong.
 */

import { plannedCell, type PlannedCell, type PlannedChart, type PlannedSheet } from '../../workbook/plan';
import { absoluteRef, parseRange, type RangePos } from './a1';
import { escapeXml } from './xml';

interface Series {
  nameRef: string;
  name: string;
  categoriesRef: string;
  categories: (string | number)[];
  valuesRef: string;
  values: (number | null)[];
  /** The number format of the series' first value cell: the axis shows what the cells show (tkr, mnkr). */
  format: string;
}

function cell(sheet: PlannedSheet, row: number, col: number): PlannedCell | null {
  return plannedCell(sheet, row, col);
}

function text(sheet: PlannedSheet, row: number, col: number): string {
  const v = cell(sheet, row, col)?.value;
  return v === null || v === undefined ? '' : String(v);
}

function num(sheet: PlannedSheet, row: number, col: number): number | null {
  const v = cell(sheet, row, col)?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The data range's first row/column are headers; the rest are series of numbers. */
export function chartSeries(sheet: PlannedSheet, chart: PlannedChart): Series[] {
  const r = parseRange(chart.dataRange);
  const byRows = chart.seriesBy === 'rows';
  const catRange: RangePos = byRows
    ? { top: r.top, bottom: r.top, left: r.left + 1, right: r.right }
    : { top: r.top + 1, bottom: r.bottom, left: r.left, right: r.left };
  const categories: (string | number)[] = [];
  for (let row = catRange.top; row <= catRange.bottom; row++) {
    for (let col = catRange.left; col <= catRange.right; col++) {
      categories.push(cell(sheet, row, col)?.value as string | number);
    }
  }
  const series: Series[] = [];
  const count = byRows ? r.bottom - r.top : r.right - r.left;
  for (let i = 1; i <= count; i++) {
    const nameRow = byRows ? r.top + i : r.top;
    const nameCol = byRows ? r.left : r.left + i;
    const valRange: RangePos = byRows
      ? { top: r.top + i, bottom: r.top + i, left: r.left + 1, right: r.right }
      : { top: r.top + 1, bottom: r.bottom, left: r.left + i, right: r.left + i };
    const values: (number | null)[] = [];
    const format = cell(sheet, valRange.top, valRange.left)?.numberFormat ?? 'General';
    for (let row = valRange.top; row <= valRange.bottom; row++) {
      for (let col = valRange.left; col <= valRange.right; col++) values.push(num(sheet, row, col));
    }
    series.push({
      nameRef: absoluteRef(sheet.name, { top: nameRow, bottom: nameRow, left: nameCol, right: nameCol }),
      name: text(sheet, nameRow, nameCol),
      categoriesRef: absoluteRef(sheet.name, catRange),
      categories: categories.map((c) => (c === null || c === undefined ? '' : c)),
      valuesRef: absoluteRef(sheet.name, valRange),
      values,
      format,
    });
  }
  return series;
}

function strRef(ref: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: (number | null)[], format: string): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function categoriesXml(s: Series): string {
  const allNumbers = s.categories.every((c) => typeof c === 'number');
  return allNumbers
    ? `<c:cat>${numRef(s.categoriesRef, s.categories as number[], 'General')}</c:cat>`
    : `<c:cat>${strRef(s.categoriesRef, s.categories.map(String))}</c:cat>`;
}

/**
 * Line series told apart without colour too (a print-out is often grey):
 * each has its own colour, dash and marker symbol. Given explicitly, since
 * LibreOffice draws a line series without a line style as markers only.
 */
const LINE_COLOURS = ['1F4E79', 'C55A11', '548235', '7F6000', '7030A0', '404040'];
const LINE_DASHES = ['solid', 'dash', 'sysDot', 'lgDashDot', 'lgDash', 'sysDash'];
const LINE_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'x', 'star'];

function lineStyleXml(i: number): string {
  const colour = LINE_COLOURS[i % LINE_COLOURS.length] as string;
  const dash = LINE_DASHES[i % LINE_DASHES.length] as string;
  const symbol = LINE_SYMBOLS[i % LINE_SYMBOLS.length] as string;
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return (
    `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:prstDash val="${dash}"/><a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="${symbol}"/><c:size val="6"/><c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`
  );
}

function seriesXml(s: Series, i: number, kind: PlannedChart['kind']): string {
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.nameRef, [s.name])}</c:tx>`;
  const data = `${categoriesXml(s)}<c:val>${numRef(s.valuesRef, s.values, s.format)}</c:val>`;
  if (kind === 'line') return `<c:ser>${head}${lineStyleXml(i)}${data}<c:smooth val="0"/></c:ser>`;
  return `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
}

/** Chart text size in hundredths of a point. */
const CHART_TEXT_SIZE = 1100;

const CAT_AX = 500_000_001;
const VAL_AX = 500_000_002;

function plotXml(series: Series[], kind: PlannedChart['kind']): string {
  const sers = series.map((s, i) => seriesXml(s, i, kind)).join('');
  const axIds = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  if (kind === 'line') {
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axIds}</c:lineChart>`;
  }
  const barDir = kind === 'barClustered' ? 'bar' : 'col';
  const grouping = kind === 'columnStacked' ? 'stacked' : 'clustered';
  const overlap = kind === 'columnStacked' ? '<c:overlap val="100"/>' : '';
  return `<c:barChart><c:barDir val="${barDir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${sers}<c:gapWidth val="150"/>${overlap}${axIds}</c:barChart>`;
}

/**
 * Category and value axes. With `categoriesTopDown` (horizontal bars only) the
 * category axis runs maxMin, so the first data row is drawn at the top, and
 * the value axis crosses it at its maximum, which keeps the value axis at the
 * bottom edge: what Excel writes for "categories in reverse order" with
 * "horizontal axis crosses at maximum category".
 */
function axesXml(kind: PlannedChart['kind'], categoriesTopDown: boolean, valueFormat: string): string {
  const horizontalBars = kind === 'barClustered';
  const topDown = horizontalBars && categoriesTopDown;
  const catPos = horizontalBars ? 'l' : 'b';
  const valPos = horizontalBars ? 'b' : 'l';
  const catOrientation = topDown ? 'maxMin' : 'minMax';
  const valCrosses = topDown ? 'max' : 'autoZero';
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/><c:crosses val="${valCrosses}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

export function chartSpaceXml(sheet: PlannedSheet, chart: PlannedChart): string {
  const series = chartSeries(sheet, chart);
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:lang val="sv-SE"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(series, chart.kind)}${axesXml(chart.kind, chart.categoriesTopDown === true, series[0]?.format ?? '#,##0')}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    // Chart text at 11 pt like the cells (the default is 10): a sheet printed at 75 % still shows it at 8 pt.
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${CHART_TEXT_SIZE}"/></a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>` +
    `</c:chartSpace>`
  );
}

/** One anchored graphic frame per chart; chart i uses relationship rId{i+1} of the drawing. */
export function drawingXml(charts: PlannedChart[]): string {
  const anchors = charts
    .map((chart, i) => {
      const from = parseRange(chart.topLeft);
      const to = parseRange(chart.bottomRight);
      const marker = (tag: string, row: number, col: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from.top, from.left)}${marker('to', to.bottom + 1, to.right + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Diagram ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${anchors}</xdr:wsDr>`
  );
}
