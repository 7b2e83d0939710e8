import { describe, expect, it } from 'vitest';
import { parseInteger, parsePlainNumber, parseYear } from '../../../src/workbook/read/parseYear';

describe('parseYear', () => {
  it('reads years as numbers or text', () => {
    expect(parseYear(2025)).toEqual({ ok: true, value: 2025 });
    expect(parseYear(' 2025 ')).toEqual({ ok: true, value: 2025 });
    expect(parseYear(1900)).toEqual({ ok: true, value: 1900 });
    expect(parseYear(2200)).toEqual({ ok: true, value: 2200 });
  });

  it.each([[1899], [2201], [2024.5], ['tjugo'], ['2024 kr'], ['20 %']])('refuses %j with notAYear', (value) => {
    expect(parseYear(value)).toMatchObject({ ok: false, code: 'notAYear' });
  });
});

describe('parseInteger', () => {
  it('reads whole numbers, also as Swedish text', () => {
    expect(parseInteger(4)).toEqual({ ok: true, value: 4 });
    expect(parseInteger('12 000')).toEqual({ ok: true, value: 12000 });
  });

  it('refuses fractions with notAnInteger and words with notANumber', () => {
    expect(parseInteger(2.5)).toMatchObject({ ok: false, code: 'notAnInteger' });
    expect(parseInteger('fyra')).toMatchObject({ ok: false, code: 'notANumber' });
  });
});

describe('parsePlainNumber', () => {
  it('reads numbers and refuses units and percentages', () => {
    expect(parsePlainNumber('0,75')).toEqual({ ok: true, value: 0.75 });
    expect(parsePlainNumber('5 %')).toMatchObject({ ok: false, code: 'notANumber' });
    expect(parsePlainNumber('5 kr')).toMatchObject({ ok: false, code: 'notANumber' });
  });
});
