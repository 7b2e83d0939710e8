import { describe, expect, it } from 'vitest';
import { anySolutionBase, driverQuantity, keyWeights, solutionBase } from '../../src/engine/base';
import { buildModelIndex } from '../../src/engine/modelIndex';
import type { AllocationKey } from '../../src/engine/model';
import { contract, payer, smallModel } from './fixtures';

const model = smallModel({
  payers: [
    payer('a', 'compulsory', { pupils: 300, users: 330 }, { weight: 2 }),
    payer('b', 'compulsory', { pupils: 100, users: 110 }),
    payer('c', 'preschool', { pupils: 200, users: 220 }),
  ],
  usage: [
    { payerId: 'a', solutionId: 'doc', share: 1 },
    { payerId: 'b', solutionId: 'doc', share: 0.5 },
    { payerId: 'c', solutionId: 'doc', share: 1 },
    { payerId: 'a', solutionId: 'tt', share: 0.25 },
  ],
  percentKeys: [{ id: 'k', shares: { a: 0.5, b: 0.2, c: 0.3 } }],
});
const index = buildModelIndex(model);
const compulsoryOnly = contract('k', ['doc', 'tt'], ['compulsory']);

describe('solutionBase', () => {
  it('holds the payers the contract reaches that use the solution, in payer-id order', () => {
    const base = solutionBase(index, compulsoryOnly, 'doc');
    expect(Array.from(base.positions, (p) => index.payers[p]!.id)).toEqual(['a', 'b']);
    expect(Array.from(base.shares)).toEqual([1, 0.5]);
  });
  it('is empty for a solution nobody in the contract uses', () => {
    expect(solutionBase(index, contract('k', ['tt'], ['preschool']), 'tt').positions.length).toBe(0);
  });
});

describe('anySolutionBase', () => {
  it('takes each payer at its largest share over the solutions', () => {
    const base = anySolutionBase(index, ['doc', 'tt']);
    expect(Array.from(base.shares)).toEqual([1, 0.5, 1]);
  });
});

describe('driverQuantity', () => {
  it('sums count × share over the base', () => {
    expect(driverQuantity(index, solutionBase(index, compulsoryOnly, 'doc'), 'pupils')).toBe(300 + 50);
  });
});

describe('keyWeights', () => {
  const base = solutionBase(index, compulsoryOnly, 'doc');
  it.each<[string, AllocationKey, number[]]>([
    ['driver: count × share', { kind: 'driver' }, [300, 50]],
    ['even: one per payer', { kind: 'even' }, [1, 1]],
    ['weighted: weight × users × share', { kind: 'weighted' }, [2 * 330, 1 * 110 * 0.5]],
    ['percent: the key restricted to the base', { kind: 'percent', keyId: 'k' }, [0.5, 0.2]],
    ['percent with an unknown key: nothing', { kind: 'percent', keyId: 'nope' }, [0, 0]],
  ])('%s', (_, key, expected) => {
    expect(Array.from(keyWeights(index, base, key, 'pupils').weights)).toEqual(expected);
  });
});
