/**
 * The sheet plan, cell for cell, equals the plan recorded before the plan
 * builder was made cheap per cell (issue 13): every sheet's cells (value,
 * formula, number format, style, where empty), widths, freeze panes, tables,
 * charts, print setup and marker, as a SHA-256 per sheet in planGolden.json.
 * A change that moves one cell, changes one character of a formula or one
 * cached value fails here and names the sheet.
 *
 * The digests were recorded with UPDATE_PLAN_GOLDEN=1 from the code at
 * commit 106bd7c (before the change: tokens resolved by a regular expression,
 * the helper area copied cell by cell, ranks counted pair by pair) with its
 * ALLOCATION_HELPER_LIMIT set to today's 1 000 000, so the 16× and 64× cases
 * compare whole allocation blocks. Regenerate them only for a change of the
 * plan's content that is meant, and say so in the commit. Regenerated once
 * since, for the markers' new content digest (contentDigest.ts, 32-bit
 * words): every sheet's fields and rows with the marker's `|d` part left out
 * hashed the same before and after that change, at 1×, 16× and 64×.
 */

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scaledSample } from '../../../bench/scaledSample';
import { runEngine } from '../../../src/engine';
import type { Language } from '../../../src/workbook/labels';
import { sheetRows, type PlannedCell, type PlannedSheet } from '../../../src/workbook/plan';
import { buildWritePlan } from '../../../src/workbook/write';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'planGolden.json');

interface SheetDigest {
  key: string;
  name: string;
  rows: number;
  cells: number;
  formulas: number;
  sha256: string;
}

/** One cell as a fixed-order array, so the digest does not depend on how the object was built. */
function cellData(cell: PlannedCell | null | undefined): unknown {
  if (cell === null || cell === undefined) return null;
  return [cell.value, cell.formula ?? null, cell.numberFormat ?? null, cell.style ?? null];
}

function digest(sheet: PlannedSheet): SheetDigest {
  const hash = createHash('sha256');
  // Every field but the rows, read without reading `rows` (which would produce and keep lazy rows).
  const rest = Object.fromEntries(
    Object.entries(Object.getOwnPropertyDescriptors(sheet)).flatMap(([k, d]) =>
      k === 'rows' ? [] : [[k, d.value as unknown]],
    ),
  );
  hash.update(JSON.stringify(rest, Object.keys(rest).sort()));
  let cells = 0;
  let formulas = 0;
  let rows = 0;
  // The rows as a writer reads them (sheetRows: lazy rows produced as they come).
  for (const row of sheetRows(sheet)) {
    rows += 1;
    // Holes and trailing nulls count: an adapter sees the row as it is.
    hash.update(JSON.stringify(Array.from(row, cellData)));
    hash.update('\n');
    for (const cell of row) {
      if (cell === null || cell === undefined) continue;
      cells += 1;
      if (cell.formula !== undefined) formulas += 1;
    }
  }
  return { key: sheet.key, name: sheet.name, rows, cells, formulas, sha256: hash.digest('hex') };
}

const CASES: { name: string; factor: number; language: Language }[] = [
  { name: 'sample, sv', factor: 1, language: 'sv' },
  { name: 'sample, en', factor: 1, language: 'en' },
  { name: 'sample with 16× the payers, sv', factor: 16, language: 'sv' },
  // Live formulas at 64×: 610 000–810 000 helper cells per scenario sheet, under the limit.
  { name: 'sample with 64× the payers, sv', factor: 64, language: 'sv' },
];

function planDigests(factor: number, language: Language): SheetDigest[] {
  const model = scaledSample(factor);
  const output = runEngine(model);
  const plan = buildWritePlan(model, output, {
    language,
    generatedAt: '2026-12-07T05:00:00.000Z',
    version: '0.1.0',
    existingSheets: [],
    illustrative: true,
  });
  return plan.sheets.map(digest);
}

describe('buildWritePlan: the plan equals the recorded one, cell for cell', () => {
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, SheetDigest[]>;
  const update = process.env.UPDATE_PLAN_GOLDEN === '1';
  const fresh: Record<string, SheetDigest[]> = {};

  for (const c of CASES) {
    it(
      c.name,
      () => {
        const digests = planDigests(c.factor, c.language);
        fresh[c.name] = digests;
        if (update) {
          writeFileSync(GOLDEN, `${JSON.stringify({ ...golden, ...fresh }, null, 2)}\n`);
          return;
        }
        expect(golden[c.name]).toBeDefined();
        // Sheet by sheet, so a failure names the sheet and shows its counts.
        expect(digests).toEqual(golden[c.name]);
      },
      60_000,
    );
  }
});
