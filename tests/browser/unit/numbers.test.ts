import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCount,
  formatKronor,
  formatProbability,
  formatSignedMoney,
  formatMoney,
  formatPercent,
  inUnit,
  parsePercentInput,
  percentInputText,
} from '../../../src/faces/taskpane/format/numbers';

/** Intl uses no-break spaces; compare with plain spaces for readability. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('shows kronor with a space as thousands separator in Swedish', () => {
    expect(plain(formatMoney(123_456_789_00, 'kr', 'sv'))).toBe('123 456 789');
  });
  it('shows tkr without decimals and mnkr with one decimal comma', () => {
    expect(plain(formatMoney(123_456_789_00, 'tkr', 'sv'))).toBe('123 457');
    expect(plain(formatMoney(123_456_789_00, 'mnkr', 'sv'))).toBe('123,5');
  });
  it('uses English separators in English', () => {
    expect(formatMoney(123_456_789_00, 'mnkr', 'en')).toBe('123.5');
    expect(formatMoney(123_456_789_00, 'kr', 'en')).toBe('123,456,789');
  });
  it('keeps the sign of a saving (negative difference)', () => {
    expect(plain(formatMoney(-2_500_000_00, 'tkr', 'sv'))).toMatch(/^[-−]2 500$/);
  });
});

describe('inUnit', () => {
  it('converts öre to the display unit', () => {
    expect(inUnit(250_000_000, 'mnkr')).toBe(2.5);
    expect(inUnit(250_000_000, 'tkr')).toBe(2500);
  });
});

describe('formatKronor', () => {
  it('rounds öre to whole kronor', () => {
    expect(plain(formatKronor(123_456, 'sv'))).toBe('1 235');
  });
});

describe('formatPercent', () => {
  it('writes a decimal comma in Swedish', () => {
    expect(plain(formatPercent(0.025, 'sv'))).toBe('2,5 %');
    expect(formatPercent(0.025, 'en')).toBe('2.5%');
  });
});

describe('parsePercentInput', () => {
  it.each([
    ['2,5', 0.025],
    ['2.5', 0.025],
    [' 3 % ', 0.03],
    ['\u22121', -0.01],
    ['0', 0],
  ])('reads %j as %d', (text, fraction) => {
    expect(parsePercentInput(text)).toBeCloseTo(fraction, 12);
  });
  it('stores a rate exactly as typed: 4,1 % is 0.041, as the reader stores it from a cell', () => {
    expect(parsePercentInput('4,1')).toBe(0.041);
    expect(parsePercentInput('1,15')).toBe(0.0115);
  });
  it.each(['', 'abc', '2,5,1', '1e3', '--1'])('rejects %j', (text) => {
    expect(parsePercentInput(text)).toBeNull();
  });
  it('round-trips with percentInputText for rates with up to four decimals of a percent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 500_000 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (tenThousandths, language) => {
          const fraction = tenThousandths / 1_000_000;
          expect(parsePercentInput(percentInputText(fraction, language))).toBeCloseTo(fraction, 12);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('formatSignedMoney', () => {
  it('signs increases and decreases in the display unit, and leaves zero unsigned', () => {
    expect(plain(formatSignedMoney(1_234_000_00, 'mnkr', 'sv'))).toBe('+1,2');
    expect(plain(formatSignedMoney(-800_000_00, 'mnkr', 'sv'))).toMatch(/^[-−]0,8$/);
    expect(plain(formatSignedMoney(0, 'tkr', 'sv'))).toBe('0');
    expect(formatSignedMoney(-2_500_000_00, 'tkr', 'en')).toBe('-2,500');
  });
});

describe('formatProbability', () => {
  it('shows whole percents', () => {
    expect(plain(formatProbability(0.436, 'sv'))).toBe('44 %');
    expect(formatProbability(0.436, 'en')).toBe('44%');
    expect(plain(formatProbability(0, 'sv'))).toBe('0 %');
    expect(plain(formatProbability(1, 'sv'))).toBe('100 %');
  });
  it('never rounds a sliver to impossible or near-certainty to certain', () => {
    expect(plain(formatProbability(0.001, 'sv'))).toBe('< 1 %');
    expect(plain(formatProbability(0.999, 'sv'))).toBe('> 99 %');
  });
});

describe('formatCount', () => {
  it('groups thousands as the language does', () => {
    expect(plain(formatCount(10_000, 'sv'))).toBe('10 000');
    expect(formatCount(10_000, 'en')).toBe('10,000');
  });
});
