/**
 * Appends rows of text to one of the analyst's tables (the decision trail):
 * into the blank rows at the table's end first (a new table's placeholder
 * row), then growing the table with Table.rows.add (ExcelApi 1.1). Every
 * value is stored as text: the cells get format '@' before their values, so a
 * fingerprint such as "12e45678" is not read as a number, nor "=…" as a
 * formula. Two syncs: one to read where the table ends, one to write.
 */
import type { CellRef } from '../../engine/model';
import { cellAddress, parseRange } from '../../workbook/a1';
import { adapterError } from './errors';
import type { ExcelRun } from './types';

export async function appendTableRows(run: ExcelRun, tableName: string, rows: string[][]): Promise<CellRef[]> {
  if (rows.length === 0) return [];
  try {
    return await run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      const body = table.getDataBodyRange();
      body.load('address, values, columnCount');
      const sheet = table.worksheet;
      sheet.load('name');
      await context.sync();
      const width = body.columnCount;
      if (rows.some((r) => r.length !== width))
        throw new Error(`appendTableRows: rows of ${width} values expected for ${tableName}`);
      const values = body.values as unknown[][];
      let free = values.length;
      while (free > 0 && values[free - 1]!.every((v) => v === '' || v === null)) free--;
      const blankAtEnd = values.length - free;
      const grow = rows.length - blankAtEnd;
      if (grow > 0)
        table.rows.add(
          undefined,
          Array.from({ length: grow }, () => Array<string>(width).fill('')),
        );
      const local = parseRange(body.address);
      const top = local.top + free;
      const target = sheet.getRange(
        `${cellAddress(top, local.left)}:${cellAddress(top + rows.length - 1, local.right)}`,
      );
      target.numberFormat = rows.map((r) => r.map(() => '@'));
      target.values = rows;
      await context.sync();
      return rows.map((_, i) => ({ sheet: sheet.name, cell: cellAddress(top + i, local.left) }));
    });
  } catch (error) {
    throw adapterError(
      { sv: `Kunde inte lägga till rader i tabellen ${tableName}`, en: `Could not add rows to the table ${tableName}` },
      error,
    );
  }
}
