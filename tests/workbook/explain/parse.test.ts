/** The formula tokenizer and parser: the writer's syntax, no eval, undefined for what they do not know. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/workbook/explain/tokens';
import { parseFormula } from '../../../src/workbook/explain/parse';

describe('tokenize', () => {
  it('reads references with $ and sheet prefixes, quoted names with doubled apostrophes', () => {
    expect(tokenize("='It''s 1'!$C$12+Blad1!D7:E8")).toEqual([
      { kind: 'ref', sheet: "It's 1", text: '$C$12' },
      { kind: 'op', value: '+' },
      { kind: 'ref', sheet: 'Blad1', text: 'D7:E8' },
    ]);
  });

  it('reads text literals with doubled quotes and two-character operators', () => {
    expect(tokenize('=IF(A1<=0,"say ""–""",1.5E+2)')).toEqual([
      { kind: 'func', name: 'IF' },
      { kind: 'open' },
      { kind: 'ref', sheet: undefined, text: 'A1' },
      { kind: 'op', value: '<=' },
      { kind: 'number', value: 0 },
      { kind: 'comma' },
      { kind: 'string', value: 'say "–"' },
      { kind: 'comma' },
      { kind: 'number', value: 150 },
      { kind: 'close' },
    ]);
  });

  it('tells a function named like a cell (LOG10) from a reference', () => {
    expect(tokenize('=LOG10(A1)')?.[0]).toEqual({ kind: 'func', name: 'LOG10' });
  });

  it('gives undefined for characters outside the syntax', () => {
    expect(tokenize('={1;2}')).toBeUndefined();
  });
});

describe('parseFormula', () => {
  it('binds × tighter than + and ^ tighter than ×', () => {
    const node = parseFormula('=A1+B1*C1^2');
    expect(node).toMatchObject({
      kind: 'binary',
      op: '+',
      right: { kind: 'binary', op: '*', right: { kind: 'binary', op: '^' } },
    });
  });

  it('reads function arguments and ranges', () => {
    expect(parseFormula('=ROUND(SUMPRODUCT(D107:M107,D71:M71),0)')).toMatchObject({
      kind: 'call',
      name: 'ROUND',
      args: [{ kind: 'call', name: 'SUMPRODUCT', args: [{ single: false }, { single: false }] }, { kind: 'number' }],
    });
  });

  it('gives undefined for an unbalanced formula', () => {
    expect(parseFormula('=ROUND(A1*100,0')).toBeUndefined();
    expect(parseFormula('=A1+')).toBeUndefined();
  });
});
