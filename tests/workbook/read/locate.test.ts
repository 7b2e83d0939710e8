import { describe, expect, it } from 'vitest';
import { splitHeaderUnit } from '../../../src/workbook/read/locate';

describe('splitHeaderUnit', () => {
  it('splits a money unit in parentheses off a header', () => {
    expect(splitHeaderUnit('Årskostnad (tkr)')).toEqual({ base: 'Årskostnad', unit: 'tkr' });
    expect(splitHeaderUnit('Belopp ( MSEK )')).toEqual({ base: 'Belopp', unit: 'mnkr' });
  });

  it('leaves other parentheses alone', () => {
    expect(splitHeaderUnit('Längd (år)')).toEqual({ base: 'Längd (år)' });
    expect(splitHeaderUnit('Belopp')).toEqual({ base: 'Belopp' });
  });
});
