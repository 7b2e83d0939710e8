import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../../src/workbook/read/parseBoolean';

describe('parseBoolean', () => {
  it.each(['ja', 'JA', ' Ja ', 'j', 'x', 'X', '1', 'true', 'TRUE', 'sant', 'yes', 'Y', '✓'])(
    'reads %j as yes',
    (text) => {
      expect(parseBoolean(text)).toEqual({ ok: true, value: true });
    },
  );

  it.each(['nej', 'NEJ', 'n', '0', 'false', 'falskt', 'no', '-'])('reads %j as no', (text) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value: false });
  });

  it('takes real booleans and the numbers 1 and 0', () => {
    expect(parseBoolean(true)).toEqual({ ok: true, value: true });
    expect(parseBoolean(false)).toEqual({ ok: true, value: false });
    expect(parseBoolean(1)).toEqual({ ok: true, value: true });
    expect(parseBoolean(0)).toEqual({ ok: true, value: false });
  });

  it.each([['kanske'], [2], ['ja tack']])('refuses %j with notABoolean', (value) => {
    expect(parseBoolean(value)).toMatchObject({
      ok: false,
      code: 'notABoolean',
      expected: { sv: 'ja eller nej', en: 'yes or no' },
    });
  });
});
