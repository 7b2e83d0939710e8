import { describe, expect, it } from 'vitest';
import { allocationsOf } from '../../src/engine/allocationTable';
import { computeScenario } from '../../src/engine/scenario';
import type { CostModel } from '../../src/engine/model';
import { alternative, contract, kr, line, payer, payerTotal, resource, smallModel } from './fixtures';

const run = (model: CostModel) => computeScenario(model, model.alternatives[0]!);

describe('computeScenario', () => {
  it('happy path: a fixed yearly line is shared by users × share among the payers using it', () => {
    const s = run(
      smallModel({
        costLines: [line('doc-lic', 'doc', { amount: kr(6_000) })],
      }),
    );
    // users: a 310, b 110, c 210 → 6 000 kr × 310/630 etc.
    expect(s.payerYears.filter((p) => p.year === 2025).map((p) => p.amount)).toEqual([kr(2_952), kr(1_048), kr(2_000)]);
    expect(s.totalByYear).toEqual([kr(6_000), kr(6_000), kr(6_000)]);
  });

  it('charges a payer nothing for a solution it does not use', () => {
    const s = run(smallModel({ costLines: [line('tt-lic', 'tt', { amount: kr(6_000) })] }));
    expect(payerTotal(s.payerYears, 'c')).toBe(0);
  });

  it('charges fixed costs once per contract: two contracts cost twice', () => {
    const one = run(smallModel());
    const two = run(
      smallModel({
        alternatives: [
          alternative('two', [contract('k1', ['tt', 'doc'], ['compulsory']), contract('k2', ['doc'], ['preschool'])]),
        ],
      }),
    );
    expect(one.total).toBe(kr(2 * 1000 * 3));
    expect(two.total).toBe(kr(3 * 1000 * 3));
  });

  it('shows a cost nobody in the contract uses as unallocated, never dropped', () => {
    const model = smallModel({
      alternatives: [
        alternative('x', [contract('k', ['tt', 'doc'], ['compulsory']), contract('p', ['tt'], ['preschool'])]),
      ],
    });
    const s = run(model);
    expect(s.unallocatedByYear).toEqual([kr(1000), kr(1000), kr(1000)]);
    expect(s.reconciliation[0]).toEqual({
      year: 2025,
      total: kr(3000),
      allocated: kr(2000),
      unallocated: kr(1000),
    });
  });

  it('gives per-user and per-pupil figures as null, never NaN, for a payer with none', () => {
    const s = run(
      smallModel({
        payers: [
          payer('a', 'compulsory', { pupils: 0, staff: 0, users: 0 }),
          payer('b', 'compulsory'),
          payer('c', 'preschool'),
        ],
      }),
    );
    const a = s.payerYears.find((p) => p.payerId === 'a')!;
    expect(a).toMatchObject({ amount: 0, perPupil: null, perUser: null });
  });

  it('follows a percent key, renormalised to the payers the line reaches', () => {
    const s = run(
      smallModel({
        costLines: [
          line('tt-lic', 'tt', {
            amount: kr(1000),
            allocation: { kind: 'percent', keyId: 'k' },
          }),
        ],
        percentKeys: [{ id: 'k', shares: { a: 0.3, b: 0.1, c: 0.6 } }],
      }),
    );
    expect(s.payerYears.filter((p) => p.year === 2025).map((p) => p.amount)).toEqual([kr(750), kr(250), 0]);
  });

  it('adds internal staff of this alternative and of every alternative, not of others', () => {
    const s = run(
      smallModel({
        costLines: [],
        internalResources: [
          resource('all', { costPerFte: kr(1000) }),
          resource('mine', { costPerFte: kr(2000), alternativeId: 'one' }),
          resource('other', { alternativeId: 'zzz' }),
        ],
      }),
    );
    expect(s.totalByYear).toEqual([kr(3000), 0, 0]);
  });

  it('lists every payer × every year, in workbook order, zeros included', () => {
    const s = run(smallModel({ costLines: [] }));
    expect(s.payerYears.map((p) => `${p.payerId}${p.year}`)).toEqual([
      'a2025',
      'a2026',
      'a2027',
      'b2025',
      'b2026',
      'b2027',
      'c2025',
      'c2026',
      'c2027',
    ]);
    expect(s.total).toBe(0);
  });

  it('keeps each entry whole kronor and its allocations summing to it', () => {
    const s = run(
      smallModel({
        costLines: [
          line('x', 'doc', {
            basis: { kind: 'perDriver', driver: 'pupils' },
            amount: 333,
            indexed: true,
          }),
        ],
      }),
    );
    s.entries.forEach((e, i) => {
      expect(e.amount % 100).toBe(0);
      const allocated = allocationsOf(s.allocations, i).reduce((t, a) => t + a.amount, 0);
      expect(allocated).toBe(e.amount);
    });
  });
});
