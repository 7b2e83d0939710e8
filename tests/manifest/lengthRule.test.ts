import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_STRING_MAX, SHORT_STRING_MAX } from '../../src/tools/manifest/lengthRule';
import { broken, findings } from './realManifest';

const lengths = (xml: string) => findings(xml).filter((finding) => finding.rule === 'lengths');
const DISPLAY_NAME = '<DisplayName DefaultValue="Skolkostnad">';
const LABEL = '<bt:String id="OpenPane.Label" DefaultValue="Kostnadsscenarier">';
const TOOLTIP_OVERRIDE =
  'Value="Open the task pane and build cost scenarios: who pays what for each contract alternative."';

describe('lengthRule', () => {
  it('happy path: every name and description of the real manifest fits', () => {
    expect(lengths(broken(DISPLAY_NAME, DISPLAY_NAME))).toEqual([]);
  });

  it('given a DisplayName of 126 characters, reports it', () => {
    const result = lengths(broken(DISPLAY_NAME, `<DisplayName DefaultValue="${'a'.repeat(126)}">`));
    expect(result.map((f) => f.message)).toEqual(['DisplayName DefaultValue has 126 characters; at most 125 allowed']);
  });

  it('given a Description Override of 251 characters, reports the locale', () => {
    const result = lengths(
      broken(/(<Description DefaultValue="[^"]*">\s*<Override Locale="en-US" Value=")[^"]*"/, `$1${'b'.repeat(251)}"`),
    );
    expect(result.map((f) => f.message)).toEqual([
      'Description Override (en-US) has 251 characters; at most 250 allowed',
    ]);
  });

  it('given a button label (ShortString) of 126 characters, reports it by resource id', () => {
    const result = lengths(broken(LABEL, `<bt:String id="OpenPane.Label" DefaultValue="${'c'.repeat(126)}">`));
    expect(result.map((f) => f.message)).toEqual([
      'String "OpenPane.Label" DefaultValue has 126 characters; at most 125 allowed',
    ]);
  });

  it('given a tooltip Override (LongString) of 251 characters, reports it', () => {
    expect(lengths(broken(TOOLTIP_OVERRIDE, `Value="${'d'.repeat(251)}"`))).toHaveLength(1);
  });

  it('given an empty DisplayName, reports it', () => {
    expect(lengths(broken(DISPLAY_NAME, '<DisplayName DefaultValue="">')).map((f) => f.message)).toEqual([
      'DisplayName DefaultValue is empty',
    ]);
  });

  it('counts characters, not UTF-16 units: 125 emoji fit a ShortString', () => {
    expect(lengths(broken(DISPLAY_NAME, `<DisplayName DefaultValue="${'📊'.repeat(125)}">`))).toEqual([]);
  });

  it('property: a DisplayName passes exactly when it has 1 to 125 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SHORT_STRING_MAX * 2 }), (length) => {
        const xml = broken(DISPLAY_NAME, `<DisplayName DefaultValue="${'å'.repeat(length)}">`);
        expect(lengths(xml).length === 0).toBe(length >= 1 && length <= SHORT_STRING_MAX);
      }),
      { numRuns: 60 },
    );
  });

  it('property: a Description passes exactly when it has 1 to 250 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: LONG_STRING_MAX * 2 }), (length) => {
        const xml = broken(/<Description DefaultValue="[^"]*">/, `<Description DefaultValue="${'ö'.repeat(length)}">`);
        expect(lengths(xml).length === 0).toBe(length <= LONG_STRING_MAX);
      }),
      { numRuns: 60 },
    );
  });
});
