/** Number formatting in explanations: Swedish and English conventions, never NaN. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFactor, formatKr, formatNumber } from '../../../src/workbook/explain';

describe('formatNumber', () => {
  it('groups thousands with a space and uses a decimal comma in Swedish', () => {
    expect(formatNumber(4863123.5, 'sv', 0, 2)).toBe('4 863 123,5');
  });
  it('uses a comma and a point in English', () => {
    expect(formatNumber(4863123.5, 'en', 0, 2)).toBe('4,863,123.5');
  });
  it('writes a minus sign for negatives and a dash for non-finite values', () => {
    expect(formatNumber(-95472071, 'sv')).toBe('−95 472 071');
    expect(formatNumber(Number.NaN, 'sv')).toBe('–');
  });
  it('reads back to the number it formats (to the decimals kept)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(
          Number(
            formatNumber(n / 100, 'sv', 2, 2)
              .replace(/ /g, '')
              .replace(',', '.')
              .replace('−', '-'),
          ),
        ).toBe(n / 100);
      }),
    );
  });
});

describe('formatKr', () => {
  it('shows whole kronor without decimals and öre with two', () => {
    expect(formatKr(2739750, 'sv')).toBe('2 739 750 kr');
    expect(formatKr(291.2, 'sv')).toBe('291,20 kr');
  });
});

describe('formatFactor', () => {
  it('shows an index factor with four decimals', () => {
    expect(formatFactor(1.0712, 'sv')).toBe('1,0712');
    expect(formatFactor(1, 'en')).toBe('1.0000');
  });
});
