/**
 * What changed since the previous generation, as a specification: the
 * summary of a generation (every alternative's total, a digest of every
 * input row and its fields) and the difference of two summaries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine } from '../../src/engine';
import type { CostModel } from '../../src/engine/model';
import { stockholmSample } from '../../src/sample/stockholm';
import {
  diffGenerations,
  generationSummary,
  inputRows,
  ROW_TABLES,
  type GenerationSummary,
  type InputRowDigest,
} from '../../src/workbook/changes';
import { BLOCKS } from '../../src/workbook/schema/format';

const STAMP = { fingerprint: '0123456789abcdef', generatedAt: '2026-12-07T09:00:00Z' };
const summaryOf = (model: CostModel) => generationSummary(model, runEngine(model), STAMP);

const hex8 = fc.stringMatching(/^[0-9a-f]{8}$/);
const ore = fc.integer({ min: -1e12, max: 1e12 });

const rowArb: fc.Arbitrary<InputRowDigest> = fc.record({
  table: fc.constantFrom(...ROW_TABLES),
  id: fc.string({ minLength: 1, maxLength: 12 }),
  digest: hex8,
  fields: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), hex8, { maxKeys: 4 }),
});

export const summaryArb: fc.Arbitrary<GenerationSummary> = fc.record({
  fingerprint: fc.stringMatching(/^[0-9a-f]{16}$/),
  generatedAt: fc.constant('2026-12-07T09:00:00Z'),
  alternatives: fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 10 }),
      name: fc.string({ maxLength: 10 }),
      total: ore,
      npv: ore,
    }),
    { selector: (a) => a.id, maxLength: 5 },
  ),
  rows: fc.uniqueArray(rowArb, { selector: (r) => `${r.table}\u0000${r.id}`, maxLength: 12 }),
});

describe('diffGenerations', () => {
  it('finds no change between a summary and itself, and a difference of zero for every alternative', () => {
    fc.assert(
      fc.property(summaryArb, (s) => {
        const diff = diffGenerations(s, structuredClone(s));
        expect(diff.rows).toEqual([]);
        expect(diff.alternatives.map((a) => a.id)).toEqual(s.alternatives.map((a) => a.id));
        for (const a of diff.alternatives) expect(a.difference).toEqual({ total: 0, npv: 0 });
      }),
    );
  });

  it('gives next − previous exactly for every alternative in both, and marks the new and the removed ones', () => {
    fc.assert(
      fc.property(summaryArb, summaryArb, (previous, next) => {
        const diff = diffGenerations(previous, next);
        const before = new Map(previous.alternatives.map((a) => [a.id, a]));
        const after = new Map(next.alternatives.map((a) => [a.id, a]));
        expect(new Set(diff.alternatives.map((a) => a.id))).toEqual(new Set([...before.keys(), ...after.keys()]));
        for (const a of diff.alternatives) {
          const was = before.get(a.id);
          const now = after.get(a.id);
          expect(a.previous).toEqual(was ? { total: was.total, npv: was.npv } : null);
          expect(a.next).toEqual(now ? { total: now.total, npv: now.npv } : null);
          if (was && now) {
            expect(a.difference).toEqual({ total: now.total - was.total, npv: now.npv - was.npv });
            expect(Number.isSafeInteger(a.difference!.total)).toBe(true);
          } else expect(a.difference).toBeNull();
        }
      }),
    );
  });

  it('reports a row added as added and a row removed as removed, and nothing else', () => {
    fc.assert(
      fc.property(summaryArb, rowArb, (s, extra) => {
        fc.pre(!s.rows.some((r) => r.table === extra.table && r.id === extra.id));
        const bigger = { ...s, rows: [...s.rows, extra] };
        expect(diffGenerations(s, bigger).rows).toEqual([
          { table: extra.table, id: extra.id, kind: 'added', fields: [] },
        ]);
        expect(diffGenerations(bigger, s).rows).toEqual([
          { table: extra.table, id: extra.id, kind: 'removed', fields: [] },
        ]);
      }),
    );
  });

  it('reports a row whose digest changed as changed, naming the fields that changed, appeared or went blank', () => {
    const row = (fields: Record<string, string>, digest: string): GenerationSummary => ({
      ...STAMP,
      alternatives: [],
      rows: [{ table: 'costLines', id: 'L07', digest, fields }],
    });
    const previous = row({ amount: '00000001', solution: '00000002', description: '00000003' }, 'aaaaaaaa');
    const next = row({ amount: '00000009', solution: '00000002', max: '00000004' }, 'bbbbbbbb');
    expect(diffGenerations(previous, next).rows).toEqual([
      { table: 'costLines', id: 'L07', kind: 'changed', fields: ['amount', 'max', 'description'] },
    ]);
  });

  it('keeps a row of the same id in another table apart (a solution and an agreement may share a name), tables in their order', () => {
    const base: GenerationSummary = { ...STAMP, alternatives: [], rows: [] };
    const previous = { ...base, rows: [{ table: 'solutions' as const, id: 'Schema', digest: '00000000', fields: {} }] };
    const next = { ...base, rows: [{ table: 'agreements' as const, id: 'Schema', digest: '00000000', fields: {} }] };
    expect(diffGenerations(previous, next).rows.map((r) => [r.table, r.kind])).toEqual([
      ['solutions', 'removed'],
      ['agreements', 'added'],
    ]);
  });
});

describe('generationSummary', () => {
  const sample = stockholmSample();
  const summary = summaryOf(sample);

  it('holds every alternative with the engine’s total and NPV in whole öre', () => {
    const output = runEngine(sample);
    expect(summary.alternatives).toEqual(
      output.scenarios.map((s) => ({ id: s.alternativeId, name: s.name, total: s.total, npv: s.npv })),
    );
    for (const a of summary.alternatives)
      expect(Number.isSafeInteger(a.total) && Number.isSafeInteger(a.npv)).toBe(true);
  });

  it('has one row per cost line, agreement, contract, payer, staff row and parameter, ids unique per table', () => {
    const count = (table: string) => summary.rows.filter((r) => r.table === table).length;
    expect(count('costLines')).toBe(sample.costLines.length);
    expect(count('agreements')).toBe(sample.currentAgreements.length);
    expect(count('contracts')).toBe(sample.alternatives.reduce((n, a) => n + a.contracts.length, 0));
    expect(count('payers')).toBe(sample.payers.length);
    expect(count('internal')).toBe(sample.internalResources.length);
    expect(summary.rows.filter((r) => r.table === 'parameters').map((r) => r.id)).toContain('discountRate');
    const keys = summary.rows.map((r) => `${r.table}\u0000${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names every field by a column of its table, so the sheet can say which column changed', () => {
    for (const row of inputRows(sample)) {
      if (row.table === 'usage' || row.table === 'percentKeys') continue; // a solution's or payer's name is the column
      const columns = row.table === 'parameters' ? ['value'] : BLOCKS[row.table].columns.map((c) => c.key);
      for (const key of Object.keys(row.fields)) expect(columns, `${row.table}.${key}`).toContain(key);
    }
  });

  it('does not depend on where the inputs were read (a moved table is no change)', () => {
    const moved = structuredClone(sample);
    for (const line of moved.costLines) line.source = { sheet: 'Annat blad', cell: 'Z99' };
    expect(summaryOf(moved).rows).toEqual(summary.rows);
  });

  it('reports one cost line’s new amount as that row changed in Belopp, and the totals that moved', () => {
    const changed = structuredClone(sample);
    const line = changed.costLines.find((l) => l.basis.kind === 'fixed' && l.amount > 0)!;
    line.amount += 100_000_00;
    const diff = diffGenerations(summary, summaryOf(changed));
    expect(diff.rows).toEqual([{ table: 'costLines', id: line.id, kind: 'changed', fields: ['amount'] }]);
    expect(diff.alternatives.some((a) => a.difference!.total > 0)).toBe(true);
  });

  it('reports a contract added to an alternative, and an internal staff row removed', () => {
    const changed = structuredClone(sample);
    const alternative = changed.alternatives[0]!;
    const copy = { ...structuredClone(alternative.contracts[0]!), id: 'Extra', name: 'Extra' };
    alternative.contracts.push(copy);
    const removed = changed.internalResources.pop()!;
    // Only the rows: the engine may refuse the extra contract, which is not what is tested here.
    const next = generationSummary(changed, { problems: [], scenarios: [] }, STAMP);
    expect(diffGenerations(summary, next).rows).toEqual([
      { table: 'contracts', id: `${alternative.id} / Extra`, kind: 'added', fields: [] },
      { table: 'internal', id: removed.id, kind: 'removed', fields: [] },
    ]);
  });
});
