import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  fingerprint,
  fnv1a64,
  formatMarker,
  isStale,
  parseMarker,
} from '../../../src/workbook/fingerprint';
import { SHEET_MARKER_PREFIX } from '../../../src/workbook/plan';
import { smallModel } from './fixtures';

describe('canonicalJson', () => {
  it('sorts keys and leaves out source and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { source: { sheet: 'X', cell: 'A1' }, d: undefined, c: [2, 1] } })).toBe(
      '{"a":{"c":[2,1]},"b":1}',
    );
  });
});

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('fingerprint', () => {
  it('is 16 hex digits and the same for the same model', () => {
    expect(fingerprint(smallModel())).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(smallModel())).toBe(fingerprint(smallModel()));
  });

  it('does not change when an input moves to another cell', () => {
    const moved = smallModel();
    moved.costLines[0]!.source = { sheet: 'Kostnader', cell: 'D42' };
    moved.payers[0]!.source = { sheet: 'Resurser', cell: 'B9' };
    delete moved.payers[1]!.source;
    expect(fingerprint(moved)).toBe(fingerprint(smallModel()));
  });

  it('does not depend on the order keys were written in', () => {
    const model = smallModel();
    const reordered = { ...model, parameters: Object.fromEntries(Object.entries(model.parameters).reverse()) };
    expect(fingerprint(reordered as typeof model)).toBe(fingerprint(model));
  });

  it('changes when a number changes', () => {
    const changed = smallModel();
    changed.costLines[0]!.amount += 1;
    expect(fingerprint(changed)).not.toBe(fingerprint(smallModel()));
  });

  it('changes when any payer count changes (property)', () => {
    const base = fingerprint(smallModel());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 1_000_000 }), (payer, delta) => {
        const changed = smallModel();
        changed.payers[payer]!.counts.users += delta;
        expect(fingerprint(changed)).not.toBe(base);
      }),
      { numRuns: 100 },
    );
  });
});

describe('formatMarker and parseMarker', () => {
  it('writes the documented format', () => {
    expect(
      formatMarker({ key: 'summary', fingerprint: 'abc', generatedAt: '2026-01-01T00:00:00Z', version: '1.0.0' }),
    ).toBe(`${SHEET_MARKER_PREFIX}summary|abc|2026-01-01T00:00:00Z|1.0.0`);
  });

  it('round-trips any key, even one holding "|" (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[0-9a-f]{16}$/), (key, fp) => {
        const marker = { key, fingerprint: fp, generatedAt: '2026-11-28T18:00:00.000Z', version: '0.1.0' };
        expect(parseMarker(formatMarker(marker))).toEqual(marker);
      }),
      { numRuns: 300 },
    );
  });

  it('does not recognise text that is not our marker', () => {
    expect(parseMarker(undefined)).toBeUndefined();
    expect(parseMarker('Mitt blad')).toBeUndefined();
    expect(parseMarker(`${SHEET_MARKER_PREFIX}a|b`)).toBeUndefined();
    expect(parseMarker(`${SHEET_MARKER_PREFIX}%E0%A4%A|b|c|d`)).toBeUndefined();
  });
});

describe('isStale', () => {
  const marker = (fp: string): string =>
    formatMarker({ key: 'summary', fingerprint: fp, generatedAt: '2026-01-01T00:00:00Z', version: '0.1.0' });

  it('is false when the inputs are the same as at generation', () => {
    const fp = fingerprint(smallModel());
    expect(isStale(marker(fp), fp)).toBe(false);
  });

  it('is true when the inputs changed since', () => {
    const changed = smallModel();
    changed.parameters.discountRate = 0.035;
    expect(isStale(marker(fingerprint(smallModel())), fingerprint(changed))).toBe(true);
  });

  it('is false for a user sheet without a marker', () => {
    expect(isStale(undefined, 'x')).toBe(false);
  });
});

describe('canonicalJson edge cases', () => {
  it('keeps a key named "source" that is not a cell reference (a payer id in a percentage key)', () => {
    expect(canonicalJson({ shares: { source: 0.5, a: 0.5 } })).toBe('{"shares":{"a":0.5,"source":0.5}}');
  });
});
