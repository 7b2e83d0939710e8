import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/workbook/read/parseNumber';

describe('parseNumber', () => {
  it('takes a number cell as it is', () => {
    expect(parseNumber(1234.5)).toEqual({ value: 1234.5, percent: false });
  });

  it.each([
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1\u2009234', 1234],
    ['12', 12],
    ['0,5', 0.5],
    [',5', 0.5],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['  42  ', 42],
    ['+7', 7],
  ])('reads Swedish and plain text %j as %d', (text, value) => {
    expect(parseNumber(text)?.value).toBe(value);
  });

  it.each([
    ['\u221212', -12],
    ['-12', -12],
    ['\u2013 3,5', -3.5],
  ])('reads the minus sign of %j (hyphen, U+2212, en dash)', (text, value) => {
    expect(parseNumber(text)?.value).toBe(value);
  });

  it('marks a % suffix and keeps the number before it', () => {
    expect(parseNumber('12 %')).toEqual({ value: 12, percent: true });
    expect(parseNumber('12,5%')).toEqual({ value: 12.5, percent: true });
  });

  it.each([
    ['95 kr', 95, 'kr'],
    ['95:-', 95, 'kr'],
    ['250 tkr', 250, 'tkr'],
    ['3,5 mnkr', 3.5, 'mnkr'],
    ['3,5 MKR', 3.5, 'mnkr'],
    ['2 MSEK', 2, 'mnkr'],
    ['100 SEK', 100, 'kr'],
  ])('reads the money unit of %j', (text, value, unit) => {
    expect(parseNumber(text)).toEqual({ value, percent: false, unit });
  });

  it.each(['abc', '', '12 äpplen', '1,2,3', '1.23.4', '12,34,5', '--1', '1e5', '%', 'kr'])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('refuses booleans, errors, blanks and non-finite numbers', () => {
    expect(parseNumber(true)).toBeUndefined();
    expect(parseNumber({ error: '#REF!' })).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
    expect(parseNumber(Number.NaN)).toBeUndefined();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('never gives -0', () => {
    expect(Object.is(parseNumber('-0')?.value, 0)).toBe(true);
  });

  it('reads any number written the Swedish way (space thousands, decimal comma) back to the same value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        (whole, cents, space) => {
          const value = Math.sign(whole || 1) * (Math.abs(whole) + cents / 100);
          const grouped = Math.abs(whole)
            .toString()
            .replace(/\B(?=(\d{3})+(?!\d))/g, space);
          const text = `${value < 0 ? '\u2212' : ''}${grouped},${String(cents).padStart(2, '0')}`;
          expect(parseNumber(text)?.value).toBeCloseTo(value, 6);
        },
      ),
    );
  });
});
