/**
 * Källa (issue 15 item 5): where a figure comes from travels with it. Each
 * scenario sheet's snapshot names the source of every cost line, current
 * agreement and staff row that has one, beside the figures it documents, as
 * text; a row without a source leaves the cell empty rather than guessing.
 */
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../../src/engine';
import { stockholmSample } from '../../../src/sample/stockholm';
import type { PlannedSheet } from '../../../src/workbook/plan';
import { buildWritePlan } from '../../../src/workbook/write';

const model = stockholmSample();
const plan = buildWritePlan(model, runEngine(model), {
  language: 'sv',
  generatedAt: '2026-12-07T08:00:00.000Z',
  version: 't',
  existingSheets: [],
});
const scenarios = plan.sheets.filter((s) => s.kind === 'scenario');

/** The rows under a snapshot section's header: the header's cells, then each row's cells by header. */
function section(sheet: PlannedSheet, title: string): Record<string, unknown>[] {
  const start = sheet.rows.findIndex((r) => r[0]?.value === title);
  expect(start, `section ${title} on ${sheet.name}`).toBeGreaterThan(0);
  const header = sheet.rows[start + 1]!.map((c) => c?.value);
  const rows: Record<string, unknown>[] = [];
  for (let r = start + 2; r < sheet.rows.length && (sheet.rows[r]?.length ?? 0) > 0; r++) {
    rows.push(Object.fromEntries(header.map((h, c) => [String(h), sheet.rows[r]![c]?.value ?? null])));
  }
  return rows;
}

describe('Källa on the scenario sheets', () => {
  it('names the source of every cost line in the snapshot, and leaves it empty where the input has none', () => {
    for (const sheet of scenarios) {
      const rows = section(sheet, 'Kostnadsrader');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const line = model.costLines.find(
          (l) => l.description === row.Beskrivning && row.Källa === (l.provenance ?? null),
        );
        expect(line, `${sheet.name}: ${JSON.stringify(row)}`).toBeDefined();
      }
      expect(rows.some((r) => r.Källa !== null)).toBe(true);
      expect(rows.some((r) => r.Källa === null)).toBe(true);
    }
  });

  it('names the source of each current agreement beside its annual cost', () => {
    const rows = section(scenarios[0]!, 'Nuvarande avtal (baslinje)');
    expect(rows.map((r) => r.Källa)).toEqual(model.currentAgreements.map((a) => a.provenance ?? null));
  });

  it('writes a source as text, never as a formula', () => {
    const cells = scenarios.flatMap((s) => s.rows.flat()).filter((c) => c !== null);
    const sources = new Set(model.costLines.map((l) => l.provenance).filter((p): p is string => p !== undefined));
    const written = cells.filter((c) => typeof c.value === 'string' && sources.has(c.value));
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((c) => c.formula === undefined)).toBe(true);
  });
});
