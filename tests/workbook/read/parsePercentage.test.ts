import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePercentage } from '../../../src/workbook/read/parsePercentage';

describe('parsePercentage', () => {
  it('takes a %-formatted cell as the fraction it holds', () => {
    expect(parsePercentage(0.25, '0%', 'share')).toEqual({ ok: true, value: 0.25 });
    expect(parsePercentage(0.01, '0.0%', 'rate')).toEqual({ ok: true, value: 0.01 });
    expect(parsePercentage(1, '0%', 'share')).toEqual({ ok: true, value: 1 });
  });

  it('reads text with % as percent', () => {
    expect(parsePercentage('12,5 %', undefined, 'share')).toEqual({ ok: true, value: 0.125 });
    expect(parsePercentage('2,5%', 'General', 'rate')).toEqual({ ok: true, value: 0.025 });
  });

  it('reads a plain number above 1 as percent', () => {
    expect(parsePercentage(25, 'General', 'share')).toEqual({ ok: true, value: 0.25 });
    expect(parsePercentage('3', undefined, 'rate')).toEqual({ ok: true, value: 0.03 });
  });

  it('reads a plain number up to 1 as a fraction', () => {
    expect(parsePercentage(0.5, 'General', 'share')).toEqual({ ok: true, value: 0.5 });
    expect(parsePercentage(1, 'General', 'share')).toEqual({ ok: true, value: 1 });
    expect(parsePercentage(0.025, undefined, 'rate')).toEqual({ ok: true, value: 0.025 });
  });

  it('reads a plain 1 in a rate column as 1 % (a 100 % rate is never meant)', () => {
    expect(parsePercentage(1, 'General', 'rate')).toEqual({ ok: true, value: 0.01 });
    expect(parsePercentage(-1, 'General', 'rate')).toEqual({ ok: true, value: -0.01 });
  });

  it('refuses shares outside 0–100 % and rates outside ±100 %', () => {
    expect(parsePercentage(150, undefined, 'share')).toMatchObject({ ok: false, code: 'notAPercentage' });
    expect(parsePercentage(-0.1, undefined, 'share')).toMatchObject({ ok: false, code: 'notAPercentage' });
    expect(parsePercentage(1.5, '0%', 'rate')).toMatchObject({ ok: false, code: 'notAPercentage' });
  });

  it('stores a rate exactly as typed: 4,1 % is 0.041, not 4.1 / 100 = 0.040999…', () => {
    expect(4.1 / 100).not.toBe(0.041); // the error this guards against
    expect(parsePercentage('4,1 %', undefined, 'rate')).toEqual({ ok: true, value: 0.041 });
    expect(parsePercentage(4.1, 'General', 'rate')).toEqual({ ok: true, value: 0.041 });
    expect(parsePercentage('0,7 %', undefined, 'rate')).toEqual({ ok: true, value: 0.007 });
    expect(parsePercentage('33,3 %', undefined, 'share')).toEqual({ ok: true, value: 0.333 });
  });

  it('reads percent text with up to four decimals as the same double as the %-formatted cell (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999, max: 999_999 }), (tenThousandths) => {
        // A cell formatted as % holding "p %" stores the double nearest p / 100 as typed.
        const percentText = (tenThousandths / 10_000).toString();
        const typed = Number(`${percentText}e-2`);
        const read = parsePercentage(`${percentText.replace('.', ',')} %`, undefined, 'rate');
        expect(read).toEqual({ ok: true, value: typed === 0 ? 0 : typed });
      }),
    );
  });

  it('refuses words and money', () => {
    expect(parsePercentage('hälften', undefined, 'share')).toMatchObject({ ok: false, code: 'notAPercentage' });
    expect(parsePercentage('5 kr', undefined, 'rate')).toMatchObject({ ok: false, code: 'notAPercentage' });
  });

  it('gives back any share written as a %-formatted fraction, or as percent text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        const fraction = basisPoints / 10_000;
        expect(parsePercentage(fraction, '0.00%', 'share')).toEqual({ ok: true, value: fraction });
        const text = `${(basisPoints / 100).toString().replace('.', ',')} %`;
        const read = parsePercentage(text, undefined, 'share');
        expect(read.ok && read.value).toBeCloseTo(fraction, 12);
      }),
    );
  });
});
