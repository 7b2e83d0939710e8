import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../src/workbook/read/parseMoney';

describe('parseMoney', () => {
  it('reads a number in kr to integer öre', () => {
    expect(parseMoney(1234.5)).toEqual({ ok: true, value: 123450 });
  });

  it('reads a number in the row unit (tkr, mnkr)', () => {
    expect(parseMoney(250, 'tkr')).toEqual({ ok: true, value: 25_000_000 });
    expect(parseMoney(3.5, 'mnkr')).toEqual({ ok: true, value: 350_000_000 });
  });

  it('lets a text suffix win over the row unit', () => {
    expect(parseMoney('250 tkr', 'mnkr')).toEqual({ ok: true, value: 25_000_000 });
    expect(parseMoney('3,5 mnkr')).toEqual({ ok: true, value: 350_000_000 });
    expect(parseMoney('95 kr', 'tkr')).toEqual({ ok: true, value: 9_500 });
  });

  it('rounds to whole öre, away from floating-point drift', () => {
    expect(parseMoney(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parseMoney('1 234,567')).toEqual({ ok: true, value: 123457 });
  });

  it('keeps negative amounts (the engine judges them)', () => {
    expect(parseMoney('\u221212 kr')).toEqual({ ok: true, value: -1200 });
  });

  it('refuses percentages and words with notANumber', () => {
    expect(parseMoney('12 %')).toMatchObject({ ok: false, code: 'notANumber' });
    expect(parseMoney('gratis')).toMatchObject({ ok: false, code: 'notANumber' });
  });

  it('refuses amounts beyond exact integers', () => {
    expect(parseMoney(1e15, 'mnkr')).toMatchObject({ ok: false, code: 'notANumber' });
  });

  it('gives back any öre amount written as kr', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (ore) => {
        expect(parseMoney(ore / 100)).toEqual({ ok: true, value: ore === 0 ? 0 : ore });
      }),
    );
  });
});
