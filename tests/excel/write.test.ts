/** applyWritePlan: what a user relies on when the add-in writes scenario sheets. */
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook, PAYLOAD_LIMIT_BYTES } from '../../src/hosts/emulation';
import { applyWritePlan, PENDING_NAME, readWorkbookGrid, workbookMarkers } from '../../src/hosts/officejs';
import { parseMarker } from '../../src/workbook/fingerprint';
import type { WritePlan } from '../../src/workbook/plan';
import { analystWorkbook, handPlan, handSheet, markerOf, sampleInputs, samplePlan, STAMP, text } from './plans';

function inputSheetsOf(snapshot: unknown): unknown[] {
  const inputs = new Set(sampleInputs().map((s) => s.name));
  return (snapshot as { sheets: { name: string }[] }).sheets.filter(
    (s) => inputs.has(s.name) || s.name === 'Mina anteckningar',
  );
}

/** The sample plan, built once: building it runs the engine and the writer (about a second); writes only read it. */
let samplePlanOnce: WritePlan | undefined;
function sample(): WritePlan {
  return (samplePlanOnce ??= samplePlan());
}

function allFormulas(wb: ReturnType<typeof createEmulatedWorkbook>): string[] {
  return wb
    .sheetNames()
    .flatMap((n) => [...wb.sheet(n)!.cells.values()].flatMap((c) => (c.formula ? [c.formula] : [])));
}

describe('applyWritePlan', () => {
  it('writes the Stockholm sample in at most three syncs, each under 5 MB', async () => {
    const wb = analystWorkbook();
    const plan = sample();
    wb.resetStats();
    const report = await applyWritePlan(wb.run, plan);
    // Issue 14 grew the sample's plan from 56 302 to 61 430 cells; blocks cut to fill each sync and formulas
    // sent as one grid (issue 13) keep its content in one sync of about 4.5 MB.
    expect(wb.stats.syncs).toBeLessThanOrEqual(3);
    expect(report.syncs).toBe(wb.stats.syncs);
    expect(Math.max(...wb.stats.bytesPerSync)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(report.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    for (const s of plan.sheets) expect(wb.sheet(s.name)?.visibility).toBe('Visible');
    expect(wb.activeSheet()).toBe(plan.activate);
    expect(wb.sheetNames().some((n) => n.startsWith('~'))).toBe(false);
  });

  it('estimates each request from above, and within a third of what is sent', async () => {
    const wb = analystWorkbook(sample());
    wb.resetStats();
    const report = await applyWritePlan(wb.run, sample());
    const sent = wb.stats.bytesPerSync.slice(1); // the inspect sync is not estimated
    expect(report.estimatedBytesPerSync).toHaveLength(sent.length);
    report.estimatedBytesPerSync.forEach((estimate, i) => {
      expect(estimate).toBeGreaterThanOrEqual(sent[i]!);
      if (sent[i]! > 100_000) expect(estimate).toBeLessThan(sent[i]! * 1.33);
    });
  });

  it('writes every planned cell: text as text, numbers with their formats, formulas as formulas', async () => {
    const wb = analystWorkbook();
    const plan = sample();
    await applyWritePlan(wb.run, plan);
    for (const s of plan.sheets) {
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          const got = wb.cell(s.name, `${String.fromCharCode(65 + c)}${r + 1}`)!;
          if (cell.formula) expect(got.formula).toBe(cell.formula);
          else expect(got.value).toEqual(cell.value === '' ? null : cell.value);
          if (typeof cell.value === 'string' && !cell.formula) expect(got.numberFormat).toBe('@');
          else if (cell.numberFormat) expect(got.numberFormat).toBe(cell.numberFormat);
        }),
      );
    }
  });

  it('keeps text from the inputs as text, even when it looks like a formula', async () => {
    const wb = analystWorkbook();
    const sheet = handSheet('Scenario A', 'scenario:a', 1);
    sheet.rows.push([text('=HYPERLINK("http://x")'), text('+1'), text('@SUM(A1)'), text('-2')]);
    await applyWritePlan(wb.run, handPlan([sheet]));
    expect(wb.cell('Scenario A', 'A3')).toEqual({ value: '=HYPERLINK("http://x")', numberFormat: '@' });
    expect(wb.cell('Scenario A', 'B3')).toEqual({ value: '+1', numberFormat: '@' });
    expect(wb.cell('Scenario A', 'C3')).toEqual({ value: '@SUM(A1)', numberFormat: '@' });
    expect(wb.cell('Scenario A', 'D3')).toEqual({ value: '-2', numberFormat: '@' });
  });

  it('marks every sheet it writes with one hidden workbook-scoped name, and the reader finds the marker', async () => {
    const wb = analystWorkbook();
    const plan = sample();
    await applyWritePlan(wb.run, plan, { writeId: 'abc123' });
    const grid = await readWorkbookGrid(wb.run);
    const stored = workbookMarkers(wb.names(), wb.sheetNames());
    expect(stored.orphans).toEqual([]);
    expect(wb.names()).toHaveLength(plan.sheets.length);
    for (const s of plan.sheets) {
      // The plan's own marker, stored verbatim.
      expect(grid.sheets.find((g) => g.name === s.name)?.marker).toBe(s.marker);
      expect(parseMarker(s.marker)).toMatchObject({
        key: s.key,
        fingerprint: plan.stamp.inputFingerprint,
        generatedAt: plan.stamp.generatedAt,
        version: plan.stamp.version,
      });
      expect(stored.namesBySheet.get(s.name.toLowerCase())).toHaveLength(1);
      expect(wb.sheet(s.name)!.names).toEqual([]); // the pending mark is gone
    }
    for (const n of wb.names()) {
      expect(n.name).toMatch(/^Skolkostnad_abc123_\d+$/);
      expect(n.visible).toBe(false);
      expect(n.formula).toMatch(/^=IF\(FALSE,'[^']+'!\$A\$1,"skolkostnad:/);
    }
  });

  it('never touches the input sheets or the user’s own sheets', async () => {
    const wb = analystWorkbook(sample());
    const before = inputSheetsOf(wb.snapshot());
    await applyWritePlan(wb.run, sample());
    expect(inputSheetsOf(wb.snapshot())).toEqual(before);
  });

  it('replaces its own sheets found by marker, even after the user renamed them', async () => {
    const first = handPlan([handSheet('Scenario A', 'scenario:a'), handSheet('Scenario B', 'scenario:b')]);
    const wb = analystWorkbook();
    await applyWritePlan(wb.run, first);
    await wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('Scenario A').name = 'Mitt namn'), ctx.sync()));
    const report = await applyWritePlan(wb.run, first);
    expect(report.sheets).toEqual([
      { key: 'scenario:a', name: 'Scenario A', replaced: 'Mitt namn' },
      { key: 'scenario:b', name: 'Scenario B', replaced: 'Scenario B' },
    ]);
    expect(wb.sheetNames().filter((n) => n.startsWith('Scenario') || n === 'Mitt namn')).toEqual([
      'Scenario A',
      'Scenario B',
    ]);
    expect(
      wb
        .tables()
        .filter((t) => t.name.startsWith('tbl_scenario'))
        .map((t) => [t.name, t.sheet]),
    ).toEqual([
      ['tbl_scenario_a', 'Scenario A'],
      ['tbl_scenario_b', 'Scenario B'],
    ]);
  });

  it('puts a sheet that replaces one of ours in its tab, wherever the analyst moved it', async () => {
    const wb = analystWorkbook(
      handPlan([handSheet('Scenario A', 'scenario:a'), handSheet('Scenario B', 'scenario:b')]),
    );
    await wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('Scenario B').position = 0), ctx.sync()));
    const before = wb.sheetNames();
    await applyWritePlan(
      wb.run,
      handPlan([handSheet('Scenario A', 'scenario:a', 2), handSheet('Scenario B', 'scenario:b', 3)]),
    );
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.sheetNames()[0]).toBe('Scenario B');
    expect(wb.cell('Scenario B', 'A4')?.value).toBe('Rad 3'); // the new sheet, not the old one
  });

  it('puts a new sheet that replaces nothing after the last of ours, in the plan’s order; with none of ours, at the end', async () => {
    const wb = analystWorkbook(handPlan([handSheet('Scenario A', 'scenario:a')]));
    await wb.run(async (ctx) => (ctx.workbook.worksheets.add('Egna siffror'), ctx.sync()));
    await applyWritePlan(
      wb.run,
      handPlan([
        handSheet('Scenario C', 'scenario:c'),
        handSheet('Scenario A', 'scenario:a'),
        handSheet('Scenario D', 'scenario:d'),
      ]),
    );
    expect(wb.sheetNames().slice(-5)).toEqual([
      'Mina anteckningar',
      'Scenario A',
      'Scenario C',
      'Scenario D',
      'Egna siffror',
    ]);
    const fresh = analystWorkbook();
    await applyWritePlan(
      fresh.run,
      handPlan([handSheet('Scenario B', 'scenario:b'), handSheet('Scenario A', 'scenario:a')]),
    );
    expect(fresh.sheetNames().slice(-3)).toEqual(['Mina anteckningar', 'Scenario B', 'Scenario A']);
  });

  it('leaves a user’s sheet with a clashing name alone and picks another name, saying so', async () => {
    const wb = analystWorkbook();
    await wb.run(async (ctx) => {
      const own = ctx.workbook.worksheets.add('Scenario A');
      own.getRange('A1').values = [['min egen analys']];
      own.tables.add('A1:A2', true).name = 'tbl_scenario_a';
      await ctx.sync();
    });
    const report = await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    expect(wb.cell('Scenario A', 'A1')?.value).toBe('min egen analys');
    expect(report.sheets[0]!.name).toBe('Scenario A (2)');
    expect(wb.cell('Scenario A (2)', 'A1')?.value).toBe('Post');
    expect(wb.tables().find((t) => t.sheet === 'Scenario A (2)')?.name).toBe('tbl_scenario_a_2');
    expect(report.notes.map((n) => n.en).join(' ')).toMatch(/“Scenario A \(2\)” because “Scenario A” exists/);
  });

  it('keeps formulas that refer to other new sheets pointing at them after the rename', async () => {
    const a = handSheet('Scenario A', 'scenario:a');
    const summary = handSheet('Jämförelse', 'comparison');
    summary.rows[1]![1] = { value: 0, formula: "='Scenario A'!D2+'Scenario A'!D3" };
    const wb = analystWorkbook();
    await applyWritePlan(wb.run, handPlan([summary, a]));
    await applyWritePlan(wb.run, handPlan([summary, a])); // again: the old 'Scenario A' exists while the new one is built
    expect(wb.cell('Jämförelse', 'B2')?.formula).toBe("='Scenario A'!D2+'Scenario A'!D3");
    expect(allFormulas(wb).filter((f) => /#REF!|~tmp|~old/.test(f))).toEqual([]);
  });

  it('applies widths, freeze panes, tables, charts, print setup and tab colour', async () => {
    const wb = analystWorkbook();
    await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a', 3)], 'Scenario A'));
    const s = wb.sheet('Scenario A')!;
    expect(s.columnWidths.get(0)).toBeCloseTo((24 * 7 + 5) * 0.75);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
    expect(wb.tables().find((t) => t.sheet === 'Scenario A')).toEqual({
      name: 'tbl_scenario_a',
      sheet: 'Scenario A',
      address: 'A1:D4',
      showTotals: false,
    });
    expect(s.charts).toEqual([
      {
        name: 'Chart 1',
        type: 'Line',
        source: 'A1:C4',
        seriesBy: 'Rows',
        title: 'Kostnad per år',
        position: { topLeft: 'F2', bottomRight: 'M18' },
        categoryAxis: { reversePlotOrder: false, position: 'Automatic' },
      },
    ]);
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A2:D4',
      // The header row on every page; margins in points (0.3" = 21.6 pt).
      printTitleRows: '$1:$1',
      rowBreaks: [3],
      margins: { left: 21.6, right: 21.6, top: 39.6, bottom: 39.6, header: 14.4, footer: 14.4 },
      centerHeader: 'Skolkostnad',
      centerFooter: '',
    });
    expect(s.tabColor).toBe('#1F4E79');
    expect(s.cells.get(0)?.font).toEqual({ bold: true });
    expect(s.cells.get(0)?.fill).toBe('#DDEBF7');
  });

  it('wraps a long note across the columns it spans: merged, wrapped from the top, its row as tall as its lines', async () => {
    const wb = createEmulatedWorkbook();
    const hand = handSheet('Scenario A', 'scenario:a', 3);
    const note = { value: 'En lång anteckning som behöver två rader på papper.', style: 'note' as const };
    const sheet = { ...hand, rows: [...hand.rows, [], [note]], wrappedNotes: [{ row: 5, lastColumn: 3, lines: 2 }] };
    await applyWritePlan(wb.run, handPlan([sheet], 'Scenario A'));
    const s = wb.sheet('Scenario A')!;
    expect(s.merged).toEqual(['A6:D6']);
    expect([...s.rowHeights]).toEqual([[5, 30]]);
    expect(s.cells.get(5 * 16_384)).toMatchObject({
      value: note.value,
      wrapText: true,
      verticalAlignment: 'Top',
    });
  });

  it('writes drop-down lists on input sheets (the template, into a new workbook)', async () => {
    const wb = createEmulatedWorkbook();
    expect(wb.sheetNames()).toEqual(['Blad1']);
    await applyWritePlan(wb.run, { sheets: sampleInputs(), stamp: STAMP });
    const validations = sampleInputs().flatMap((s) =>
      (s.validations ?? []).map((v) => ({ sheet: s.name, address: v.range, list: v.list.join(',') })),
    );
    expect(validations.length).toBeGreaterThan(0);
    for (const v of validations)
      expect(wb.sheet(v.sheet)!.validations).toContainEqual({ address: v.address, list: v.list });
  });

  it('creates input sheets without a marker: the reader reads them and no later write replaces them', async () => {
    const wb = createEmulatedWorkbook();
    const inputs = sampleInputs();
    await applyWritePlan(wb.run, { sheets: inputs, stamp: STAMP });
    for (const s of inputs) expect(wb.sheet(s.name)!.names).toEqual([]);
    expect(wb.names()).toEqual([]);
    const grid = await readWorkbookGrid(wb.run);
    for (const s of inputs) expect(grid.sheets.find((g) => g.name === s.name)?.marker).toBeUndefined();

    const before = inputSheetsOf(wb.snapshot());
    await applyWritePlan(wb.run, sample());
    await applyWritePlan(wb.run, sample());
    expect(inputSheetsOf(wb.snapshot())).toEqual(before);

    // Writing the template again adds new sheets beside the user's, never over them.
    const again = await applyWritePlan(wb.run, { sheets: inputs.slice(0, 1), stamp: STAMP });
    expect(again.sheets[0]).toEqual({ key: inputs[0]!.key, name: `${inputs[0]!.name} (2)` });
    expect(inputSheetsOf(wb.snapshot())).toEqual(before);
  });

  it('never lets a planned input sheet replace an existing one, even one marked by an older version', async () => {
    const wb = createEmulatedWorkbook();
    const [first] = sampleInputs();
    wb.loadPlannedSheets([first!], (s) => markerOf(s.key));
    const report = await applyWritePlan(wb.run, { sheets: [first!], stamp: STAMP });
    expect(report.sheets[0]!.replaced).toBeUndefined();
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([first!.name, `${first!.name} (2)`]));
  });

  it('skips features of newer API sets with a note instead of failing', async () => {
    const wb = analystWorkbook();
    const sheet = { ...handSheet('Scenario A', 'scenario:a'), validations: [{ range: 'B2:B3', list: ['ja', 'nej'] }] };
    const report = await applyWritePlan(wb.run, handPlan([sheet]), {
      isSetSupported: (_set, version) => Number(version.split('.')[1]) <= 7,
    });
    expect(wb.sheet('Scenario A')!.pageLayout.orientation).toBe('Portrait');
    expect(wb.sheet('Scenario A')!.validations).toEqual([]);
    expect(report.notes.map((n) => n.en)).toEqual([
      'Print setup (A4, orientation, one page wide, print area, rows and columns repeated on every page, page breaks, margins) was skipped: this Excel lacks ExcelApi 1.9. (Scenario A)',
      'Drop-down lists (data validation) were skipped: this Excel lacks ExcelApi 1.8. (Scenario A)',
    ]);
  });

  it('refuses to write on an Excel older than ExcelApi 1.7, changing nothing', async () => {
    const wb = analystWorkbook();
    const before = wb.snapshot();
    await expect(applyWritePlan(wb.run, sample(), { isSetSupported: () => false })).rejects.toMatchObject({
      code: 'unsupportedExcel',
    });
    expect(wb.snapshot()).toEqual(before);
    expect(wb.stats.syncs).toBe(0);
  });

  it('removes hidden sheets left by an earlier write that could not be cleaned up', async () => {
    const wb = analystWorkbook();
    wb.loadGrid({
      sheets: [{ name: '~tmp-dead00-1', values: [['halvfärdig']], tables: [], marker: markerOf('scenario:a') }],
    });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('~tmp-dead00-1');
      ws.names.add(PENDING_NAME, '="dead00"');
      ws.visibility = 'Hidden';
      await ctx.sync();
    });
    const report = await applyWritePlan(wb.run, handPlan([handSheet('Scenario A', 'scenario:a')]));
    expect(report.removedLeftovers).toEqual(['~tmp-dead00-1']);
    expect(wb.sheetNames()).not.toContain('~tmp-dead00-1');
    expect(workbookMarkers(wb.names(), wb.sheetNames()).orphans).toEqual([]); // its marker went with it
    expect(wb.names()).toHaveLength(1);
  });

  it('refuses a marker longer than Excel takes in a formula before changing anything', async () => {
    const wb = analystWorkbook();
    const before = wb.snapshot();
    wb.resetStats();
    const sheet = handSheet('Scenario A', `scenario:${'x'.repeat(300)}`);
    await expect(applyWritePlan(wb.run, handPlan([sheet]))).rejects.toMatchObject({
      code: 'markerTooLong',
      text: { en: expect.stringMatching(/Nothing was written/) },
    });
    expect(wb.stats.syncs).toBe(0);
    expect(wb.snapshot()).toEqual(before);
  });

  it('prints a wide sheet two pages wide with its first column repeated (setPrintTitleColumns)', async () => {
    const wb = createEmulatedWorkbook();
    const sheet = handSheet('Scenario A', 'scenario:a', 3);
    const wide = { ...sheet, print: { ...sheet.print!, pagesWide: 2, titleColumns: { first: 0, last: 1 } } };
    await applyWritePlan(wb.run, handPlan([wide], 'Scenario A'));
    const s = wb.sheet('Scenario A')!;
    expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 2, verticalFitToPages: 0 });
    expect(s.pageLayout.printTitleColumns).toBe('$A:$B');
  });
});
