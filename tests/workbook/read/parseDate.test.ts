import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToSerial, parseDate, serialToIso } from '../../../src/workbook/read/parseDate';

describe('parseDate', () => {
  it('reads Excel serials (1900 date system)', () => {
    expect(parseDate(45505)).toEqual({ ok: true, value: '2024-08-01' });
    expect(parseDate(1)).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate(59)).toEqual({ ok: true, value: '1900-02-28' });
    expect(parseDate(61)).toEqual({ ok: true, value: '1900-03-01' });
  });

  it('ignores the time of day in a serial', () => {
    expect(parseDate(45505.75)).toEqual({ ok: true, value: '2024-08-01' });
  });

  it.each([
    ['2024-08-01', '2024-08-01'],
    ['2024-8-1', '2024-08-01'],
    ['2024-08', '2024-08-01'],
    ['2024-08-01T00:00:00', '2024-08-01'],
    ['2024-08-01 12:30', '2024-08-01'],
    ['1 augusti 2024', '2024-08-01'],
    ['den 31 december 2023', '2023-12-31'],
    ['aug 2024', '2024-08-01'],
    ['Aug. 2024', '2024-08-01'],
    ['augusti 2024', '2024-08-01'],
    ['1 Aug 2024', '2024-08-01'],
    ['15 okt 2025', '2025-10-15'],
    ['1 maj 2025', '2025-05-01'],
    ['1 March 2025', '2025-03-01'],
  ])('reads the text %j', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2024-02-30'],
    ['2024-13-01'],
    ['31 juni 2024'],
    ['1 augustus 2024'],
    ['igår'],
    [60],
    [0],
    [-5],
    [true],
    ['1850-01-01'],
    ['2201-01-01'],
  ])('refuses %j with notADate', (value) => {
    expect(parseDate(value)).toMatchObject({ ok: false, code: 'notADate' });
  });

  it('accepts 29 February in leap years only', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2023-02-29')).toMatchObject({ ok: false });
  });
});

describe('isoToSerial', () => {
  it('is the inverse of serialToIso for every serial from 1900 to 2200 (except the phantom 1900-02-29)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 109_938 }).filter((n) => n !== 60),
        (serial) => {
          const iso = serialToIso(serial);
          expect(iso).toBeDefined();
          expect(isoToSerial(iso!)).toBe(serial);
        },
      ),
    );
  });

  it('knows a fixed point: 2024-08-01 is 45505', () => {
    expect(isoToSerial('2024-08-01')).toBe(45505);
  });
});
