/**
 * The .xlsx adapter writes a plan's lazy rows (the allocation block,
 * src/workbook/plan.ts) row by row into the sheet's XML: each block is
 * produced once, during the write, and the plan is still lazy afterwards
 * (nothing read `rows`, which would produce and keep every row). The file
 * holds what a plan holding every row writes, part for part.
 */
import { describe, expect, it } from 'vitest';
import { scaledSample } from '../../bench/scaledSample';
import { runEngine } from '../../src/engine';
import { applyPlanToXlsx } from '../../src/hosts/xlsx';
import { readZip } from '../../src/hosts/xlsx/zip';
import { lazyRanges, type WritePlan } from '../../src/workbook/plan';
import { buildWritePlan } from '../../src/workbook/write';
import { countProduced } from '../workbook/write/countProduced';

function plan(factor: number): WritePlan {
  const model = scaledSample(factor);
  return buildWritePlan(model, runEngine(model), {
    language: 'sv',
    generatedAt: '2026-12-07T05:00:00.000Z',
    version: '0.1.0',
    existingSheets: [],
    illustrative: true,
  });
}

describe('applyPlanToXlsx: lazy rows', () => {
  it('produces each allocation block once, while writing, leaves the plan lazy, and writes what held rows write', async () => {
    const produced = countProduced();
    try {
      const lazy = plan(3);
      const scenarios = lazy.sheets.filter((s) => s.kind === 'scenario');
      expect(produced.count).toBe(0);
      const file = await applyPlanToXlsx(null, lazy);
      expect(produced.count).toBe(scenarios.length);
      expect(scenarios.every((s) => lazyRanges(s).length === 1)).toBe(true);
      const held = await applyPlanToXlsx(null, { ...lazy, sheets: lazy.sheets.map((s) => ({ ...s })) });
      const parts = (data: Uint8Array) =>
        new Map([...readZip(data)].map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]));
      const [a, b] = [parts(file), parts(held)];
      expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
      for (const [name, text] of a) expect(text, name).toBe(b.get(name));
    } finally {
      produced.restore();
    }
  }, 60_000);
});
