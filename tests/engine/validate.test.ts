import { describe, expect, it } from 'vitest';
import { validateModel } from '../../src/engine/validate';
import type { CostModel, Problem } from '../../src/engine/model';
import { agreement, alternative, contract, kr, line, payer, resource, smallModel } from './fixtures';

const codes = (problems: Problem[]): string[] => problems.map((p) => `${p.severity}:${p.code}`);
const at = { sheet: 'Kostnader', cell: 'D7' };

describe('validateModel', () => {
  it('finds nothing wrong in a sound model', () => {
    expect(validateModel(smallModel())).toEqual([]);
  });

  it.each<[string, Partial<CostModel>, string[]]>([
    ['unknown solution on a cost line', { costLines: [line('x', 'nope')] }, ['error:unknownSolution']],
    [
      'unknown payer in usage',
      {
        usage: [...smallModel().usage, { payerId: 'zz', solutionId: 'doc', share: 1 }],
      },
      ['error:unknownPayer'],
    ],
    [
      'unknown school form',
      { payers: [...smallModel().payers, payer('d', 'kindergarten' as never)] },
      ['error:unknownSchoolForm'],
    ],
    [
      'negative count',
      {
        payers: [payer('a', 'compulsory', { pupils: -1 }), payer('b', 'compulsory'), payer('c', 'preschool')],
      },
      ['error:negativeValue'],
    ],
    [
      'count that is not a number',
      {
        payers: [
          payer('a', 'compulsory', { staff: Number.NaN, users: 110 }),
          payer('b', 'compulsory'),
          payer('c', 'preschool'),
        ],
      },
      ['error:notANumber'],
    ],
    [
      'share above 100 %',
      {
        usage: [
          { payerId: 'a', solutionId: 'tt', share: 1.5 },
          { payerId: 'c', solutionId: 'doc', share: 1 },
        ],
      },
      ['error:invalidRange'],
    ],
    [
      'reversed years on a cost line',
      {
        costLines: [line('tt-lic', 'tt', { firstYear: 2027, lastYear: 2025 }), line('doc-lic', 'doc')],
      },
      ['error:reversedYears'],
    ],
    [
      'reversed years on a resource',
      {
        internalResources: [resource('r', { firstYear: 2026, lastYear: 2025 })],
      },
      ['error:reversedYears'],
    ],
    [
      'two lines for the same item in overlapping years',
      {
        costLines: [
          line('tt-lic', 'tt', { lastYear: 2026 }),
          line('tt-lic2', 'tt', { firstYear: 2026 }),
          line('doc-lic', 'doc'),
        ],
      },
      ['warning:overlappingYears'],
    ],
    [
      'amount outside its range',
      {
        costLines: [line('tt-lic', 'tt', { range: { min: kr(2000), max: kr(3000) } }), line('doc-lic', 'doc')],
      },
      ['error:invalidRange'],
    ],
    [
      'unknown percent key',
      {
        costLines: [line('tt-lic', 'tt', { allocation: { kind: 'percent', keyId: 'k' } }), line('doc-lic', 'doc')],
      },
      ['error:unknownAllocationKey'],
    ],
    [
      'percentages not totalling 100 %',
      { percentKeys: [{ id: 'k', shares: { a: 0.5, b: 0.4 } }] },
      ['error:percentagesNot100'],
    ],
    [
      'an agreement expiry that is not a date',
      {
        currentAgreements: [agreement('o', ['tt'], { expires: '31/12/2025' })],
      },
      ['error:notADate'],
    ],
    ['duplicate payer ids', { payers: [...smallModel().payers, payer('a', 'compulsory')] }, ['error:duplicateName']],
    [
      'a solution nobody uses',
      { solutions: [...smallModel().solutions, { id: 'x', name: 'X' }] },
      ['warning:unusedSolution'],
    ],
    ['a negative horizon', { parameters: { ...smallModel().parameters, horizonYears: 0 } }, ['error:invalidParameter']],
  ])('%s', (_, overrides, expected) => {
    expect(codes(validateModel(smallModel(overrides)))).toEqual(expected);
  });

  it.each<[string, [number, number | null][], string[]]>([
    [
      'bands that follow each other',
      [
        [1, 100],
        [101, null],
      ],
      [],
    ],
    [
      'a gap between bands',
      [
        [1, 100],
        [150, null],
      ],
      ['error:tierGap'],
    ],
    ['a first band not starting at 1', [[5, null]], ['error:tierGap']],
    [
      'overlapping bands',
      [
        [1, 100],
        [90, null],
      ],
      ['error:tierOverlap'],
    ],
    [
      'an open band before another',
      [
        [1, null],
        [101, 200],
      ],
      ['error:tierOverlap'],
    ],
    [
      'a band ending before it starts',
      [
        [1, 0],
        [1, null],
      ],
      ['error:invalidRange'],
    ],
  ])('tier bands: %s', (_, bands, expected) => {
    const tiered = line('tt-lic', 'tt', {
      amount: 0,
      basis: {
        kind: 'tiered',
        driver: 'users',
        mode: 'graduated',
        bands: bands.map(([from, to]) => ({ from, to, price: kr(1) })),
      },
    });
    expect(codes(validateModel(smallModel({ costLines: [tiered, line('doc-lic', 'doc')] })))).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof contract>[], string[]]>([
    [
      'a used solution no contract covers for a school form',
      [contract('k', ['tt', 'doc'], ['compulsory'])],
      ['error:uncoveredSolution'],
    ],
    [
      'a solution covered twice for one school form',
      [contract('k', ['tt', 'doc'], ['compulsory', 'preschool']), contract('l', ['doc'], ['preschool'])],
      ['error:solutionCoveredTwice'],
    ],
    [
      'a go-live after the horizon',
      [
        contract('k', ['tt', 'doc'], ['compulsory', 'preschool'], {
          goLive: '2031-01-01',
        }),
      ],
      ['error:goLiveBeyondHorizon'],
    ],
    [
      'a go-live that is not a date',
      [
        contract('k', ['tt', 'doc'], ['compulsory', 'preschool'], {
          goLive: 'hösten',
        }),
      ],
      ['error:notADate'],
    ],
    [
      'options that are not whole years',
      [
        contract('k', ['tt', 'doc'], ['compulsory', 'preschool'], {
          optionYears: 1.5,
        }),
      ],
      ['error:invalidRange'],
    ],
    [
      'a cost that reaches nobody',
      [contract('k', ['tt', 'doc'], ['compulsory']), contract('p', ['tt', 'doc'], ['preschool'])],
      ['warning:unusedCostLine'],
    ],
  ])('alternatives: %s', (_, contracts, expected) => {
    expect(codes(validateModel(smallModel({ alternatives: [alternative('x', contracts)] })))).toEqual(expected);
  });

  it('warns when a percent key names payers outside the line’s base', () => {
    const problems = validateModel(
      smallModel({
        costLines: [line('tt-lic', 'tt', { allocation: { kind: 'percent', keyId: 'k' } }), line('doc-lic', 'doc')],
        percentKeys: [{ id: 'k', shares: { a: 0.5, b: 0.3, c: 0.2 } }],
      }),
    );
    expect(codes(problems)).toEqual(['warning:percentKeyOutsideBase']);
    expect(problems[0]!.message.en).toContain('(c)');
  });

  it('names the item and its cell in both languages, and sets the location', () => {
    const [problem] = validateModel(
      smallModel({
        costLines: [line('x', 'nope', { source: at }), line('doc-lic', 'doc'), line('tt-lic', 'tt')],
      }),
    );
    expect(problem).toEqual({
      code: 'unknownSolution',
      severity: 'error',
      at,
      message: {
        sv: 'Kostnadsraden "x" (Kostnader!D7): lösningen "nope" finns inte i listan över lösningar.',
        en: 'Cost line "x" (Kostnader!D7): solution "nope" is not in the list of solutions.',
      },
    });
  });

  it('collects every problem, not only the first', () => {
    const problems = validateModel(
      smallModel({
        costLines: [line('x', 'nope'), line('y', 'nope2', { amount: -1 })],
        percentKeys: [{ id: 'k', shares: { a: 2 } }],
      }),
    );
    expect(codes(problems)).toEqual([
      'error:unknownSolution',
      'error:unknownSolution',
      'error:negativeValue',
      'error:percentagesNot100',
    ]);
  });
});
