import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOCATION_CHOICES,
  BASIS_CHOICES,
  BLOCKS,
  COST_ITEM_CHOICES,
  MONEY_UNIT_CHOICES,
  PHASE_CHOICES,
  RECURRENCE_CHOICES,
  SCHOOL_FORM_CHOICES,
  SHEETS,
  TIER_CHOICES,
} from '../../../src/workbook/schema';

const doc = readFileSync(new URL('../../../docs/workbook-format.md', import.meta.url), 'utf8');

describe('docs/workbook-format.md', () => {
  it('names every sheet, table, header, alias and parameter of the schema', () => {
    const missing: string[] = [];
    const need = (text: string) => {
      if (!doc.includes(text)) missing.push(text);
    };
    for (const sheet of SHEETS) [sheet.sv, sheet.en, ...sheet.aliases].forEach(need);
    for (const block of Object.values(BLOCKS)) {
      need(block.table);
      need(block.title.sv);
      for (const c of block.columns) [c.sv, c.en, ...c.aliases].forEach(need);
      for (const f of block.fields ?? []) [f.sv, f.en, ...f.aliases].forEach(need);
    }
    expect(missing).toEqual([]);
  });

  it('names every accepted word of every vocabulary', () => {
    const sets = [
      SCHOOL_FORM_CHOICES,
      COST_ITEM_CHOICES,
      RECURRENCE_CHOICES,
      BASIS_CHOICES,
      TIER_CHOICES,
      ALLOCATION_CHOICES,
      PHASE_CHOICES,
      MONEY_UNIT_CHOICES,
    ];
    const missing = sets
      .flatMap((set) => set.options.flatMap((o) => [o.sv, o.en, ...o.aliases]))
      .filter((word) => !doc.includes(word));
    expect(missing).toEqual([]);
  });
});
