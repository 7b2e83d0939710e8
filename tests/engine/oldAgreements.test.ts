import { describe, expect, it } from 'vitest';
import { buildModelIndex } from '../../src/engine/modelIndex';
import { unchangedByYear } from '../../src/engine/baseline';
import { runOnEnd, runOnEntries } from '../../src/engine/oldAgreements';
import { agreement, alternative, contract, kr, parameters, smallModel } from './fixtures';

const model = smallModel({
  parameters: parameters({ defaultIndexRate: 0.1 }),
  currentAgreements: [
    agreement('old', ['tt'], {
      annualCost: kr(12_000),
      expires: '2025-06-30',
      monthlyRunOnCost: kr(2_000),
    }),
  ],
});
const index = buildModelIndex(model);
const live = (goLive: string) =>
  alternative('x', [
    contract('k', ['tt'], ['compulsory'], { goLive }),
    contract('m', ['doc'], ['preschool'], { goLive: '2027-01-01' }),
  ]);

describe('unchangedByYear (the reference line, not the baseline)', () => {
  it('renews every agreement each year, indexed when the agreement is', () => {
    const indexed = buildModelIndex({
      ...model,
      currentAgreements: [agreement('o', ['tt'], { indexed: true }), agreement('p', ['doc'])],
    });
    expect(unchangedByYear(indexed)).toEqual([kr(24_000), kr(25_200), kr(26_520)]);
  });
});

describe('runOnEnd', () => {
  it('is the latest go-live among contracts covering the agreement’s solutions', () => {
    const alt = alternative('x', [
      contract('k', ['tt'], ['compulsory'], { goLive: '2025-10-01' }),
      contract('l', ['tt'], ['preschool'], { goLive: '2026-02-01' }),
    ]);
    expect(runOnEnd(index, model.currentAgreements[0]!, alt)).toBe(2026 * 12 + 1);
  });
  it('is the end of the horizon when no contract covers them', () => {
    expect(runOnEnd(index, model.currentAgreements[0]!, alternative('x', []))).toBe(2028 * 12);
  });
});

describe('runOnEntries', () => {
  const entries = (goLive: string) =>
    runOnEntries(index, live(goLive)).map((p) => [p.entry.year, p.entry.item, p.entry.basis.quantity, p.entry.amount]);
  it.each<[string, string, (string | number)[][]]>([
    [
      'months within the term (currentAgreement), then run-on past expiry until go-live',
      '2025-10-01',
      [
        [2025, 'currentAgreement', 1, kr(6_000)],
        [2025, 'runOn', 3, kr(6_000)],
      ],
    ],
    ['no run-on when go-live follows expiry directly', '2025-07-01', [[2025, 'currentAgreement', 1, kr(6_000)]]],
    ['still costs to expiry when go-live comes first', '2025-02-01', [[2025, 'currentAgreement', 1, kr(6_000)]]],
    [
      'run-on across years',
      '2026-03-01',
      [
        [2025, 'currentAgreement', 1, kr(6_000)],
        [2025, 'runOn', 6, kr(12_000)],
        [2026, 'runOn', 2, kr(4_000)],
      ],
    ],
  ])('%s (go-live %s)', (_, goLive, expected) => {
    expect(entries(goLive)).toEqual(expected);
  });
  it('reaches only payers using the agreement’s solutions', () => {
    const [first] = runOnEntries(index, live('2025-10-01'));
    expect(Array.from(first!.weights.positions, (p) => index.payers[p]!.id)).toEqual(['a', 'b']);
  });
});
