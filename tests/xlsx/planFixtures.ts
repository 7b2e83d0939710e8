/**
 * Hand-made write plans for the adapter's tests: small, every feature the
 * plan contract has, independent of the writer's current layout.
 */

import type { PlannedCell, PlannedSheet, WritePlan } from '../../src/workbook/plan';

export const v = (value: PlannedCell['value'], extra: Partial<PlannedCell> = {}): PlannedCell => ({ value, ...extra });

export function scenarioSheet(name = 'Scenario 1', key = 'scenario:alt-1'): PlannedSheet {
  return {
    name,
    kind: 'scenario',
    key,
    rows: [
      [v('Kostnadsscenario', { style: 'title' })],
      [v('Illustrativa siffror', { style: 'note' })],
      [
        v('Betalare', { style: 'header' }),
        v(2025, { style: 'header' }),
        v(2026, { style: 'header' }),
        v('Summa', { style: 'header' }),
      ],
      [
        v('=HYPERLINK("http://x")'),
        v(1000, { numberFormat: '#,##0' }),
        v(2500, { numberFormat: '#,##0' }),
        v(3500, { formula: '=SUM(B4:C4)', numberFormat: '#,##0' }),
      ],
      [
        v('+1'),
        v(300, { numberFormat: '#,##0' }),
        v(700, { numberFormat: '#,##0' }),
        v(1000, { formula: '=SUM(B5:C5)', numberFormat: '#,##0' }),
      ],
      [v('@SUM(A1)'), v(0), v(0), v('–', { formula: '=IF(B6=0,"–",1)' })],
      [
        v('Totalt', { style: 'total' }),
        v(1300, { formula: '=SUM(B4:B6)', style: 'total' }),
        v(3200, { formula: '=SUM(C4:C6)', style: 'total' }),
        v(4500, { formula: '=SUM(D4:D6)', style: 'total' }),
      ],
    ],
    columnWidths: [30, 12, 12, 14],
    freeze: { rows: 3, columns: 1 },
    tables: [{ name: 'tblScenario1', range: 'A3:D6' }],
    charts: [
      {
        kind: 'columnClustered',
        title: 'Kostnad per år',
        dataRange: 'A3:C5',
        seriesBy: 'rows',
        topLeft: 'F2',
        bottomRight: 'M16',
      },
      {
        kind: 'line',
        title: 'Kostnad per betalare',
        dataRange: 'A3:C5',
        seriesBy: 'columns',
        topLeft: 'F18',
        bottomRight: 'M32',
      },
    ],
    print: { orientation: 'landscape', fitToWidth: true, header: '&A', footer: 'Sida &P av &N' },
    tabColor: '#1F4E79',
  };
}

export function summarySheet(name = 'Sammanfattning FLG'): PlannedSheet {
  return {
    name,
    kind: 'summary',
    key: 'summary',
    rows: [
      [v('Sammanfattning', { style: 'title' })],
      [v('Totalt'), v(4500, { formula: "='Scenario 1'!D7", numberFormat: '#,##0' })],
    ],
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

export function inputSheet(): PlannedSheet {
  const longList = Array.from({ length: 40 }, (_, i) => `Ett långt alternativ nummer ${i + 1}`);
  return {
    name: 'Parametrar',
    kind: 'input',
    key: 'input:parameters',
    rows: [
      [v('Parameter', { style: 'header' }), v('Värde', { style: 'header' }), v('Val', { style: 'header' })],
      [v('Basår'), v(2025, { style: 'input' }), v('ja')],
    ],
    validations: [
      { range: 'C2:C20', list: ['ja', 'nej'] },
      { range: 'D2:D20', list: longList },
    ],
  };
}

export function plan(sheets: PlannedSheet[], activate?: string): WritePlan {
  return {
    sheets,
    stamp: { generatedAt: '2026-11-28T18:00:00.000Z', version: '0.1.0', inputFingerprint: 'abc123', language: 'sv' },
    ...(activate ? { activate } : {}),
  };
}
