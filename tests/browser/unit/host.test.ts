import { describe, expect, it } from 'vitest';
import { detectCapabilities, missingRequirements } from '../../../src/taskpane/host/capabilities';
import { themeOfOffice, upToExcelApi } from '../../../src/taskpane/host/detectHost';

describe('themeOfOffice', () => {
  it.each([
    ['#ffffff', 'light'], // white
    ['#e6e6e6', 'light'], // colourful
    ['#262626', 'dark'], // dark grey
    ['#000000', 'dark'], // black
    ['363636', 'dark'],
    [undefined, 'light'],
    ['not a colour', 'light'],
  ])('maps a body background of %s to %s', (colour, theme) => {
    expect(themeOfOffice(colour)).toBe(theme);
  });
});

describe('detectCapabilities', () => {
  const upTo = (max: number) => (set: string, version: string) =>
    set === 'ExcelApi' && Number(version.split('.')[1]) <= max;
  it('reports every feature on a current Excel', () => {
    expect(detectCapabilities(upTo(17))).toEqual({ base: true, validation: true, pageLayout: true });
    expect(missingRequirements(detectCapabilities(upTo(17)))).toEqual([]);
  });
  it('names what needs a newer Excel on ExcelApi 1.8', () => {
    const missing = missingRequirements(detectCapabilities(upTo(8)));
    expect(missing.map((r) => `${r.feature} ${r.set} ${r.version}`)).toEqual(['pageLayout ExcelApi 1.9']);
  });
  it('says when even the base set is missing', () => {
    expect(detectCapabilities(upTo(6)).base).toBe(false);
  });
});

describe('upToExcelApi', () => {
  it('supports ExcelApi versions up to the limit only', () => {
    const check = upToExcelApi('1.8');
    expect([
      check('ExcelApi', '1.7'),
      check('ExcelApi', '1.8'),
      check('ExcelApi', '1.9'),
      check('ExcelApi', '1.12'),
    ]).toEqual([true, true, false, false]);
  });
  it('leaves other requirement sets alone', () => {
    expect(upToExcelApi('1.8')('DialogApi', '1.2')).toBe(true);
  });
  it.each([null, '', 'latest', '2.0'])('supports everything without a usable limit (%j)', (max) => {
    expect(upToExcelApi(max)('ExcelApi', '1.17')).toBe(true);
  });
});
