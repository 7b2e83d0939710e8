/**
 * The section "Ändringar sedan förra versionen" as a reader sees it, on the
 * comparison sheet and (through the same function) on the decision brief:
 * the totals in the sheet's unit with their exact difference, the changed
 * rows by sheet, table, row and column header, a long list cut with "och N
 * till", and one line when there is nothing to compare with.
 */
import { describe, expect, it } from 'vitest';
import type { ComparedChanges, RowChange } from '../../../src/workbook/changes';
import type { Language } from '../../../src/workbook/labels';
import { GridBuilder } from '../../../src/workbook/write/cells';
import { changeLineText, writeChangesSection } from '../../../src/workbook/write/changesSection';
import type { SheetContext } from '../../../src/workbook/write/layout';

function rendered(changes: Parameters<typeof writeChangesSection>[1], language: Language = 'sv', maxRows?: number) {
  const ctx: SheetContext = { b: new GridBuilder(), language, unit: 'tkr', years: [2025] };
  writeChangesSection(ctx, changes, maxRows === undefined ? {} : { maxRows });
  return ctx.b.finish().map((row) => row.map((c) => c?.value ?? null));
}

const compared = (rows: RowChange[]): ComparedChanges => ({
  kind: 'compared',
  previous: { fingerprint: '0123456789abcdef', generatedAt: '2026-12-01T08:00:00Z' },
  alternatives: [
    {
      id: 'A',
      name: 'Ett kontrakt',
      previous: { total: 100_000_00, npv: 90_000_00 },
      next: { total: 125_000_00, npv: 110_000_00 },
      difference: { total: 25_000_00, npv: 20_000_00 },
    },
    { id: 'B', name: 'Nytt', previous: null, next: { total: 5_00, npv: 4_00 }, difference: null },
    { id: 'C', name: 'Borta', previous: { total: 7_00, npv: 6_00 }, next: null, difference: null },
  ],
  rows,
});

const L07: RowChange = { table: 'costLines', id: 'L07', kind: 'changed', fields: ['amount', 'firstYear'] };

describe('writeChangesSection', () => {
  it('shows each alternative’s previous and new total and the difference in kronor, and the new and the removed', () => {
    const values = rendered(compared([L07]));
    expect(values[0]).toEqual(['Ändringar sedan förra versionen']);
    expect(values[1]).toEqual(['Jämfört med genereringen 2026-12-01T08:00:00Z (indata 01234567).']);
    expect(values[2]).toEqual(['Alternativ', 'Förra totalen (tkr)', 'Ny total (tkr)', 'Skillnad (tkr)', 'Anmärkning']);
    expect(values[3]).toEqual(['Ett kontrakt', 100_000, 125_000, 25_000]);
    expect(values[4]).toEqual(['Nytt', '–', 5, '–', 'nytt alternativ']);
    expect(values[5]).toEqual(['Borta', 7, '–', '–', 'alternativet finns inte längre']);
  });

  it('lists a changed row by sheet, table, id and the headers of the columns that changed', () => {
    const values = rendered(compared([L07]));
    expect(values).toContainEqual(['Ändrade indatarader: 1']);
    expect(values).toContainEqual(['Blad', 'Tabell', 'Rad', 'Ändring', 'Fält']);
    expect(values).toContainEqual(['Kostnader', 'Kostnadsrader', 'L07', 'ändrad', 'Belopp, Från år']);
  });

  it('lists at most maxRows rows and counts the rest', () => {
    const many = Array.from({ length: 30 }, (_, i): RowChange => ({
      table: 'payers',
      id: `P${i}`,
      kind: 'added',
      fields: [],
    }));
    const values = rendered(compared(many), 'sv', 10);
    expect(values.filter((r) => r[1] === 'Betalare och antal')).toHaveLength(10);
    expect(values.at(-1)).toEqual(['och 20 till']);
    expect(rendered(compared(many)).filter((r) => r[1] === 'Betalare och antal')).toHaveLength(25);
  });

  it('says so in one line when no input row changed', () => {
    expect(rendered(compared([]))).toContainEqual(['Inga indatarader har ändrats.']);
  });

  it('says first generation, or why the previous version is unknown, and nothing else', () => {
    expect(rendered({ kind: 'first' })).toEqual([
      ['Ändringar sedan förra versionen'],
      ['Första genereringen – inget att jämföra med.'],
    ]);
    expect(rendered({ kind: 'first' }, 'en')[1]).toEqual(['First generation – nothing to compare with.']);
    expect(rendered({ kind: 'unknown', reason: 'missing', previousGeneratedAt: '2026-12-01T08:00:00Z' })[1]).toEqual([
      'Förra versionen (genererad 2026-12-01T08:00:00Z) är okänd: den skapades av en äldre version av tillägget, som inte sparade något underlag. Inget att jämföra med.',
    ]);
  });

  it('writes English when asked', () => {
    const values = rendered(compared([L07]), 'en');
    expect(values[0]).toEqual(['Changes since the previous version']);
    expect(values).toContainEqual(['Costs', 'Cost lines', 'L07', 'changed', 'Amount, First year']);
  });
});

describe('changeLineText', () => {
  it('says where the row is and what changed, in a line', () => {
    expect(changeLineText({ ...L07, fields: ['amount'] }, 'sv')).toBe(
      'Kostnader (Kostnadsrader), rad L07: ändrad (Belopp)',
    );
    expect(changeLineText({ table: 'contracts', id: 'Alt 2 / B', kind: 'removed', fields: [] }, 'en')).toBe(
      'Contracts (Contract alternatives), row Alt 2 / B: removed',
    );
    expect(changeLineText({ table: 'parameters', id: 'discountRate', kind: 'changed', fields: ['value'] }, 'sv')).toBe(
      'Parametrar, rad Diskonteringsränta: ändrad',
    );
    expect(changeLineText({ table: 'usage', id: 'Förskola', kind: 'changed', fields: ['Schema'] }, 'sv')).toBe(
      'Resurser (Användning (vem använder vad)), rad Förskola: ändrad (Schema)',
    );
  });
});
