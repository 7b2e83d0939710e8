/**
 * The emulation must fail where Excel fails: these cases specify the proxy
 * semantics the adapter is tested against.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulatedWorkbook, EmulatedExcelError, PAYLOAD_LIMIT_BYTES } from '../../src/hosts/emulation';

function book() {
  return createEmulatedWorkbook([
    {
      name: 'Kostnader',
      values: [
        ['Post', 'Belopp'],
        ['Licens', 100],
        ['Drift', 200],
      ],
      tables: [],
    },
    { name: 'Resurser', values: [['Betalare']], tables: [] },
  ]);
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe('property reads', () => {
  it('throws PropertyNotLoaded with Excel’s message when read before load and sync', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kostnader').getRange('A1:B3');
      expect(() => range.values).toThrow(
        /The property 'values' is not available. Before reading the property's value, call the load method/,
      );
      range.load('values');
      expect(() => range.values).toThrow(EmulatedExcelError); // loaded but not synced
      await ctx.sync();
      expect(range.values).toEqual([
        ['Post', 'Belopp'],
        ['Licens', 100],
        ['Drift', 200],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/); // not in the load list
    });
  });

  it('reports error code PropertyNotLoaded and where', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      try {
        void ws.name;
        expect.unreachable();
      } catch (e) {
        expect((e as EmulatedExcelError).code).toBe('PropertyNotLoaded');
        expect((e as EmulatedExcelError).debugInfo.errorLocation).toBe('Worksheet.name');
      }
    });
  });

  it('takes a load’s snapshot at its place in the batch', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('Kostnader').getRange('B2');
      cell.load('values');
      cell.values = [[999]];
      await ctx.sync();
      expect(cell.values).toEqual([[100]]);
    });
    expect(wb.cell('Kostnader', 'B2')?.value).toBe(999);
  });
});

describe('getItem and getItemOrNullObject', () => {
  it('fails at sync with ItemNotFound for a missing sheet, after applying the operations before it', async () => {
    const wb = book();
    const code = await codeOf(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Kostnader').getRange('C1').values = [['före']];
        ctx.workbook.worksheets.getItem('Saknas').getRange('A1').values = [['x']];
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
    expect(wb.cell('Kostnader', 'C1')?.value).toBe('före');
  });

  it('gives a null object that says so after the sync, and fails when used', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject('saknas');
      expect(() => ws.isNullObject).toThrow(EmulatedExcelError);
      await ctx.sync();
      expect(ws.isNullObject).toBe(true);
      const found = ctx.workbook.worksheets.getItemOrNullObject('KOSTNADER'); // names ignore case
      await ctx.sync();
      expect(found.isNullObject).toBe(false);
    });
    const code = await codeOf(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItemOrNullObject('saknas').getRange('A1').load('values');
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemNotFound');
  });
});

describe('writing arrays', () => {
  it.each([
    ['values', [[1, 2]]],
    ['formulas', [['=1', '=2'], ['=3']]],
    ['numberFormat', [['0'], ['0'], ['0']]],
  ])('rejects %s whose shape does not match the range with InvalidArgument', async (prop, data) => {
    const wb = book();
    const code = await codeOf(
      wb.run(async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Kostnader').getRange('A1:B2');
        (range as unknown as Record<string, unknown>)[prop] = data;
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('turns text starting with = into a formula unless the cell is formatted as text', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Resurser');
      ws.getRange('A2:D2').values = [['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '12']];
      ws.getRange('A3:D3').numberFormat = [['@', '@', '@', '@']];
      ws.getRange('A3:D3').values = [['=HYPERLINK("http://x")', '+1', '@SUM(A1)', '12']];
      await ctx.sync();
    });
    expect(wb.cell('Resurser', 'A2')).toMatchObject({ formula: '=HYPERLINK("http://x")' });
    expect(wb.cell('Resurser', 'B2')).toMatchObject({ formula: '=+1' });
    expect(wb.cell('Resurser', 'C2')).toMatchObject({ formula: '=@SUM(A1)' });
    expect(wb.cell('Resurser', 'D2')).toMatchObject({ value: 12 });
    expect(wb.cell('Resurser', 'A3')).toEqual({ value: '=HYPERLINK("http://x")', numberFormat: '@' });
    expect(wb.cell('Resurser', 'B3')).toEqual({ value: '+1', numberFormat: '@' });
    expect(wb.cell('Resurser', 'C3')).toEqual({ value: '@SUM(A1)', numberFormat: '@' });
    expect(wb.cell('Resurser', 'D3')).toEqual({ value: '12', numberFormat: '@' });
  });

  it('leaves a cell unchanged where a formulas array has null, as Excel documents', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Resurser').getRange('A5:C5');
      range.numberFormat = [['@', '0', 'General']];
      range.values = [['=text', 7, 14]];
      range.formulas = [[null, null, '=B5*2']];
      await ctx.sync();
    });
    expect(wb.cell('Resurser', 'A5')).toEqual({ value: '=text', numberFormat: '@' });
    expect(wb.cell('Resurser', 'B5')).toEqual({ value: 7, numberFormat: '0' });
    expect(wb.cell('Resurser', 'C5')).toMatchObject({ formula: '=B5*2', value: 14 });
  });

  it('keeps any text exactly as written in cells formatted as text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        async (rows) => {
          const wb = book();
          const address = `A1:C${rows.length}`;
          const read = await wb.run(async (ctx) => {
            const range = ctx.workbook.worksheets.getItem('Resurser').getRange(address);
            range.numberFormat = rows.map((r) => r.map(() => '@'));
            range.values = rows;
            range.load('values,formulas');
            await ctx.sync();
            return { values: range.values, formulas: range.formulas };
          });
          expect(read.values).toEqual(rows);
          expect(read.formulas).toEqual(rows);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('sheet names', () => {
  it.each([
    ['a name longer than 31 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['a forbidden character', 'Kostnader/2025', 'InvalidArgument'],
    ['an apostrophe first', "'Blad", 'InvalidArgument'],
    ['the reserved name History', 'history', 'InvalidArgument'],
    ['an existing name in another case', 'KOSTNADER', 'ItemAlreadyExists'],
  ])('refuses %s', async (_what, name, code) => {
    const wb = book();
    expect(await codeOf(wb.run(async (ctx) => (ctx.workbook.worksheets.add(name), ctx.sync())))).toBe(code);
    expect(
      await codeOf(wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('Resurser').name = name), ctx.sync()))),
    ).toBe(code);
    expect(wb.sheetNames()).toEqual(['Kostnader', 'Resurser']);
  });

  it('rewrites formulas on rename and turns them into #REF! on delete, as Excel does', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Resurser').getRange('B1').formulas = [["=Kostnader!B2+'Kostnader'!B3"]];
      ctx.workbook.worksheets.getItem('Kostnader').name = 'Kostnader 2';
      await ctx.sync();
    });
    expect(wb.cell('Resurser', 'B1')?.formula).toBe("='Kostnader 2'!B2+'Kostnader 2'!B3");
    await wb.run(async (ctx) => (ctx.workbook.worksheets.getItem('Kostnader 2').delete(), ctx.sync()));
    expect(wb.cell('Resurser', 'B1')?.formula).toBe('=#REF!B2+#REF!B3');
  });

  it('refuses to delete or hide the last visible sheet', async () => {
    const wb = createEmulatedWorkbook([{ name: 'Ensam', values: [], tables: [] }]);
    expect(await codeOf(wb.run(async (ctx) => (ctx.workbook.worksheets.getItem('Ensam').delete(), ctx.sync())))).toBe(
      'InvalidOperation',
    );
    expect(
      await codeOf(
        wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('Ensam').visibility = 'Hidden'), ctx.sync())),
      ),
    ).toBe('InvalidOperation');
  });
});

describe('defined names', () => {
  const MARKER = `=IF(FALSE,'Kostnader'!$A$1,"skolkostnad:x")`;

  it('adds, finds (ignoring case) and lists workbook-scoped names, apart from the sheets’ names', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.names.add('Skolkostnad_a_1', MARKER).visible = false;
      ctx.workbook.worksheets.getItem('Kostnader').names.add('Skolkostnad_a_1', '="sheet-scoped"');
      const found = ctx.workbook.names.getItem('SKOLKOSTNAD_A_1').load('name,formula,visible,scope');
      const missing = ctx.workbook.names.getItemOrNullObject('Saknas');
      const all = ctx.workbook.names.load('items/name,items/formula');
      await ctx.sync();
      expect([found.name, found.formula, found.visible, found.scope]).toEqual([
        'Skolkostnad_a_1',
        MARKER,
        false,
        'Workbook',
      ]);
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((n): [string, unknown] => [n.name, n.formula])).toEqual([['Skolkostnad_a_1', MARKER]]);
    });
    expect(wb.names()).toEqual([{ name: 'Skolkostnad_a_1', formula: MARKER, visible: false, comment: '' }]);
    expect(wb.sheet('Kostnader')!.names.map((n) => n.formula)).toEqual(['="sheet-scoped"']);
  });

  it.each([
    ['a name taken in another case', 'skolkostnad_A_1', MARKER, 'ItemAlreadyExists'],
    ['a name that is a cell reference', 'AB12', MARKER, 'InvalidArgument'],
    ['a name with a space', 'Skol kostnad', MARKER, 'InvalidArgument'],
    ['a formula without "="', 'Ny', 'IF(FALSE,\'Kostnader\'!$A$1,"x")', 'InvalidArgument'],
    ['a text literal over 255 characters', 'Ny', `=IF(FALSE,Kostnader!$A$1,"${'x'.repeat(256)}")`, 'InvalidArgument'],
  ])('refuses %s', async (_what, name, formula, code) => {
    const wb = book();
    await wb.run(async (ctx) => (ctx.workbook.names.add('Skolkostnad_a_1', MARKER), ctx.sync()));
    expect(await codeOf(wb.run(async (ctx) => (ctx.workbook.names.add(name, formula), ctx.sync())))).toBe(code);
    expect(wb.names().map((n) => n.name)).toEqual(['Skolkostnad_a_1']);
  });

  it('fails loudly on a name referring to a sheet that does not exist (Excel would link another file)', async () => {
    const wb = book();
    await expect(
      wb.run(async (ctx) => (ctx.workbook.names.add('Ny', '=IF(FALSE,\'Saknas\'!$A$1,"x")'), ctx.sync())),
    ).rejects.toThrow(/not modelled/);
  });

  it('follows a sheet through a rename, and turns into #REF! when the sheet is deleted, as Excel does', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.names.add('Skolkostnad_a_1', MARKER);
      ctx.workbook.worksheets.getItem('Resurser').names.add('Kvar', '=Kostnader!$B$2');
      ctx.workbook.worksheets.getItem('Kostnader').name = 'Alt 1';
      await ctx.sync();
    });
    expect(wb.names()[0]!.formula).toBe(`=IF(FALSE,'Alt 1'!$A$1,"skolkostnad:x")`);
    expect(wb.sheet('Resurser')!.names[0]!.formula).toBe("='Alt 1'!$B$2");
    await wb.run(async (ctx) => (ctx.workbook.worksheets.getItem('Alt 1').delete(), ctx.sync()));
    expect(wb.names()[0]!.formula).toBe(`=IF(FALSE,#REF!$A$1,"skolkostnad:x")`);
    expect(wb.sheet('Resurser')!.names[0]!.formula).toBe('=#REF!$B$2');
  });

  it('deletes a name, and a sheet’s names go with the sheet', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.names.add('Skolkostnad_a_1', MARKER);
      ctx.workbook.worksheets.getItem('Resurser').names.add('Egen', '="x"');
      await ctx.sync();
      ctx.workbook.names.getItem('Skolkostnad_a_1').delete();
      const gone = ctx.workbook.worksheets.getItem('Resurser').names.getItem('Egen');
      ctx.workbook.worksheets.getItem('Resurser').delete();
      gone.load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(wb.names()).toEqual([]);
  });

  it('gives the value of a text constant, and refuses to guess the value of other formulas', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.names.add('Text', '="a""b"');
      ctx.workbook.names.add('Skolkostnad_a_1', MARKER);
      await ctx.sync();
      const text = ctx.workbook.names.getItem('Text').load('value,type');
      await ctx.sync();
      expect([text.value, text.type]).toEqual(['a"b', 'String']);
      ctx.workbook.names.getItem('Skolkostnad_a_1').load('value');
      await expect(ctx.sync()).rejects.toThrow(/not modelled/);
    });
  });
});

describe('Worksheet.copy', () => {
  it('copies cells, tables (renamed) and sheet-scoped names, but not the workbook-scoped names', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      ws.tables.add('A1:B3', true).name = 'tblEgen';
      ws.names.add('Lokal', '="x"');
      ctx.workbook.names.add('Skolkostnad_a_1', MARKER_OF('Kostnader'));
      await ctx.sync();
      ws.copy().load('name');
      await ctx.sync();
    });
    expect(wb.sheetNames()).toEqual(['Kostnader', 'Kostnader (2)', 'Resurser']);
    expect(wb.cell('Kostnader (2)', 'B2')?.value).toBe(100);
    expect(wb.tables().map((t) => [t.name, t.sheet])).toEqual([
      ['tblEgen', 'Kostnader'],
      ['tblEgen2', 'Kostnader (2)'],
    ]);
    expect(wb.sheet('Kostnader (2)')!.names.map((n) => n.name)).toEqual(['Lokal']);
    expect(wb.names().map((n) => n.formula)).toEqual([MARKER_OF('Kostnader')]);
  });
});

const MARKER_OF = (sheet: string): string => `=IF(FALSE,'${sheet}'!$A$1,"skolkostnad:x")`;

describe('tables', () => {
  it('refuses overlapping tables and duplicate names (keeping what the batch did before the failure)', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kostnader').tables.add('A1:B3', true).name = 'tblKostnader';
      await ctx.sync();
    });
    expect(
      await codeOf(
        wb.run(async (ctx) => (ctx.workbook.worksheets.getItem('Kostnader').tables.add('B2:C4', true), ctx.sync())),
      ),
    ).toBe('InvalidArgument');
    expect(
      await codeOf(
        wb.run(
          async (ctx) => (
            (ctx.workbook.worksheets.getItem('Resurser').tables.add('A1:A2', true).name = 'TBLKOSTNADER'),
            ctx.sync()
          ),
        ),
      ),
    ).toBe('ItemAlreadyExists');
    // A batch is not a transaction: the table was added before its renaming failed.
    expect(wb.tables()).toEqual([
      { name: 'tblKostnader', sheet: 'Kostnader', address: 'A1:B3', showTotals: false },
      { name: 'Table2', sheet: 'Resurser', address: 'A1:A2', showTotals: false },
    ]);
  });
});

describe('request size and counters', () => {
  it('counts syncs and the bytes of each request', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      await ctx.sync(); // an empty request: '[]'
      ctx.workbook.worksheets.getItem('Kostnader').getRange('A1').values = [['åäö']];
      await ctx.sync();
    });
    expect(wb.stats.syncs).toBe(2);
    expect(wb.stats.bytesPerSync[0]).toBe(2);
    expect(wb.stats.bytesPerSync[1]).toBeGreaterThan(60);
  });

  it('refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it', async () => {
    const wb = book();
    const big = 'x'.repeat(1000);
    const rows = Math.ceil(PAYLOAD_LIMIT_BYTES / 1000) + 10;
    const code = await codeOf(
      wb.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('Resurser');
        ws.getRange('A1').values = [['först']];
        ws.getRange(`B1:B${rows}`).values = Array.from({ length: rows }, () => [big]);
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(wb.cell('Resurser', 'A1')?.value).toBe('Betalare');
    expect(wb.stats.bytesPerSync[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });
});

describe('failAtSync', () => {
  it('applies the given prefix of the batch, then fails, and publishes no loaded values', async () => {
    const wb = book();
    wb.failAtSync({ atSync: 1, applied: 1 });
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader'); // operation 1: resolve the sheet
      ws.getRange('A1').values = [['ändrad']]; // operations 2–3
      ws.load('name');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      expect(() => ws.name).toThrow(EmulatedExcelError);
    });
    expect(wb.cell('Kostnader', 'A1')?.value).toBe('Post');
  });
});

describe('Worksheet.position', () => {
  const three = () => createEmulatedWorkbook(['A', 'B', 'C'].map((name) => ({ name, values: [[name]], tables: [] })));

  it('is loadable, and moves the sheet when set, the others keeping their order', async () => {
    const wb = three();
    const position = await wb.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('C');
      c.position = 0;
      c.load('position');
      await ctx.sync();
      return c.position;
    });
    expect(position).toBe(0);
    expect(wb.sheetNames()).toEqual(['C', 'A', 'B']);
    await wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('C').position = 2), ctx.sync()));
    expect(wb.sheetNames()).toEqual(['A', 'B', 'C']);
  });

  it('counts hidden sheets', async () => {
    const wb = three();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').visibility = 'Hidden';
      ctx.workbook.worksheets.getItem('C').position = 1;
      await ctx.sync();
    });
    expect(wb.sheetNames()).toEqual(['A', 'C', 'B']);
  });

  it.each([[-1], [3], [1.5]])('refuses %s at the sync with InvalidArgument, moving nothing', async (position) => {
    const wb = three();
    const set = wb.run(async (ctx) => ((ctx.workbook.worksheets.getItem('A').position = position), ctx.sync()));
    expect(await codeOf(set)).toBe('InvalidArgument');
    expect(wb.sheetNames()).toEqual(['A', 'B', 'C']);
  });
});

describe('Chart.axes.categoryAxis', () => {
  it('starts as Excel draws a new chart, and loads what was set', async () => {
    const wb = book();
    const loaded = await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      const chart = ws.charts.add('BarClustered', ws.getRange('A1:B3'), 'Columns');
      const before = chart.axes.categoryAxis.load('reversePlotOrder,position');
      const axis = chart.axes.categoryAxis;
      axis.reversePlotOrder = true;
      axis.position = 'Maximum';
      const after = chart.axes.categoryAxis.load('reversePlotOrder,position');
      await ctx.sync();
      return [before.reversePlotOrder, before.position, after.reversePlotOrder, after.position];
    });
    expect(loaded).toEqual([false, 'Automatic', true, 'Maximum']);
    expect(wb.sheet('Kostnader')!.charts[0]!.categoryAxis).toEqual({ reversePlotOrder: true, position: 'Maximum' });
  });

  it('throws PropertyNotLoaded when read before load and sync', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      const axis = ws.charts.add('BarClustered', ws.getRange('A1:B3'), 'Columns').axes.categoryAxis;
      expect(() => axis.reversePlotOrder).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => axis.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
    });
  });

  it.each([
    ['a position Excel does not have', { position: 'Top' }],
    ['a plot order that is not a boolean', { reversePlotOrder: 'yes' }],
  ])('refuses %s at the sync with InvalidArgument', async (_what, values) => {
    const wb = book();
    const set = wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      const axis = ws.charts.add('BarClustered', ws.getRange('A1:B3'), 'Columns').axes.categoryAxis;
      Object.assign(axis, values);
      await ctx.sync();
    });
    expect(await codeOf(set)).toBe('InvalidArgument');
    // The chart was added before the refused set (Excel applies a batch up to its failure); its axis is unchanged.
    expect(wb.sheet('Kostnader')!.charts[0]!.categoryAxis).toEqual({ reversePlotOrder: false, position: 'Automatic' });
  });

  it('fails loudly on what it does not model: a custom crossing point, the value axis', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      const chart = ws.charts.add('BarClustered', ws.getRange('A1:B3'), 'Columns');
      expect(() => {
        chart.axes.categoryAxis.position = 'Custom';
      }).toThrow("Excel emulation: ChartAxis.position 'Custom' (setPositionAt) is not modelled");
      expect(() => chart.axes.valueAxis).toThrow('Excel emulation: ChartAxes.valueAxis is not modelled');
      await ctx.sync();
    });
  });
});

describe('page layout (ExcelApi 1.9)', () => {
  it('keeps A4, the rows repeated on every page and the margins in points', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('Kostnader').pageLayout;
      layout.paperSize = 'A4';
      layout.setPrintTitleRows('$1:$3');
      layout.leftMargin = 21.6;
      layout.footerMargin = 14.4;
      ctx.workbook.worksheets.getItem('Kostnader').horizontalPageBreaks.add('A12');
      await ctx.sync();
    });
    expect(wb.sheet('Kostnader')!.pageLayout).toMatchObject({
      paperSize: 'A4',
      printTitleRows: '$1:$3',
      rowBreaks: [11],
      margins: { left: 21.6, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 14.4 },
    });
  });

  it.each([
    ['title rows that are not whole rows', (l: Excel.PageLayout) => l.setPrintTitleRows('A1:B3')],
    ['title rows of another sheet', (l: Excel.PageLayout) => l.setPrintTitleRows("'Annat blad'!$1:$2")],
    ['a negative margin', (l: Excel.PageLayout) => void (l.topMargin = -1)],
    [
      'a page break above the first row',
      (_l: Excel.PageLayout, ws: Excel.Worksheet) => ws.horizontalPageBreaks.add('A1'),
    ],
  ])('refuses %s with InvalidArgument', async (_what, act) => {
    const wb = book();
    const run = wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      act(ws.pageLayout, ws);
      await ctx.sync();
    });
    expect(await codeOf(run)).toBe('InvalidArgument');
  });

  it('fails loudly on a paper size or title-row form it does not model', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem('Kostnader').pageLayout;
      expect(() => {
        layout.paperSize = 'B5';
      }).toThrow("Excel emulation: PageLayout.paperSize 'B5' is not modelled");
      expect(() => layout.setPrintTitleRows(ctx.workbook.worksheets.getItem('Kostnader').getRange('A1:D2'))).toThrow(
        'Excel emulation: PageLayout.setPrintTitleRows with a Range is not modelled',
      );
      expect(() => layout.printGridlines).toThrow('Excel emulation: PageLayout.printGridlines is not modelled');
    });
  });
});

describe('merged and wrapped cells (ExcelApi 1.2)', () => {
  it('merges a range, keeping the top-left value, and clearing it unmerges', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      ws.getRange('A20:C20').values = [['kvar', 'bort', 'bort']];
      const range = ws.getRange('A20:C20');
      range.merge(false);
      range.format.wrapText = true;
      range.format.rowHeight = 30;
      await ctx.sync();
    });
    const sheet = wb.sheet('Kostnader')!;
    expect(sheet.merged).toEqual(['A20:C20']);
    expect(sheet.cells.get(19 * 16_384)).toMatchObject({ value: 'kvar', wrapText: true });
    expect(sheet.cells.get(19 * 16_384 + 1)?.value ?? null).toBeNull();
    expect(sheet.rowHeights.get(19)).toBe(30);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Kostnader').getRange('A1:Z30').clear();
      await ctx.sync();
    });
    expect(wb.sheet('Kostnader')!.merged).toEqual([]);
  });

  it('refuses to merge over part of a merged area, and fails loudly on merging across', async () => {
    const wb = book();
    const twice = wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Kostnader');
      ws.getRange('A20:C20').merge(false);
      ws.getRange('B20:D20').merge(false);
      await ctx.sync();
    });
    expect(await codeOf(twice)).toBe('InvalidOperation');
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kostnader').getRange('A30:C31');
      expect(() => range.merge(true)).toThrow('Excel emulation: Range.merge(true) (across) is not modelled');
    });
  });
});

describe('anything not modelled', () => {
  it('throws loudly instead of pretending', async () => {
    const wb = book();
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Kostnader').getRange('A1:B2') as unknown as Record<
        string,
        unknown
      >;
      expect(() => range.unmerge).toThrow('Excel emulation: Range.unmerge is not modelled');
      expect(() => {
        range.hyperlink = { address: 'http://x' };
      }).toThrow('Excel emulation: setting Range.hyperlink is not modelled');
      const rows = ctx.workbook.worksheets.getItem('Kostnader').tables.add('A1:B3', true) as unknown as Record<
        string,
        unknown
      >;
      expect(() => rows.columns).toThrow('Excel emulation: Table.columns is not modelled');
      const added = (rows.rows as { add: (index: number, values: string[][]) => unknown }).add;
      expect(() => added.call(rows.rows, 0, [['a', 'b']])).toThrow(
        'Excel emulation: TableRowCollection.add at an index is not modelled',
      );
    });
  });
});

describe('hidden rows', () => {
  it('leaves hidden rows out of the visible view', async () => {
    const wb = createEmulatedWorkbook([
      { name: 'Blad', values: [['a'], ['b'], ['c'], ['d']], hiddenRows: [1, 2], tables: [] },
    ]);
    const addresses = await wb.run(async (ctx) => {
      const view = ctx.workbook.worksheets.getItem('Blad').getUsedRange(true).getVisibleView().load('cellAddresses');
      await ctx.sync();
      return view.cellAddresses;
    });
    expect(addresses).toEqual([['A1'], ['A4']]);
  });
});

describe('run', () => {
  it('syncs what is still queued when the batch resolves, as Excel.run does', async () => {
    const wb = createEmulatedWorkbook([{ name: 'Blad', values: [], tables: [] }]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad').getRange('A1').values = [['sent']];
    });
    expect(wb.stats.syncs).toBe(1);
    expect(wb.cell('Blad', 'A1')?.value).toBe('sent');
  });

  it('refuses a proxy used after its run ended, with InvalidObjectPath', async () => {
    const wb = createEmulatedWorkbook([{ name: 'Blad', values: [['x']], tables: [] }]);
    const range = await wb.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad').getRange('A1').load('values');
      await ctx.sync();
      return r;
    });
    expect(range.values).toEqual([['x']]); // loaded values stay readable
    expect(() => {
      range.values = [['y']];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });
});
