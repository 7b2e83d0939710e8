import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REFERENCE_CLASSES } from '../../../src/engine/simulation/referenceClasses';
import { translate } from '../../../src/faces/taskpane/i18n/catalogue';
import {
  MAX_SEED,
  NO_REFERENCE_CLASSES,
  REFERENCE_CLASS_IDS,
  referenceClassRequest,
  defaultSensitivity,
  newSeed,
  parseSeedInput,
  sensitivityProblem,
  simulationRequest,
} from '../../../src/faces/taskpane/state/sensitivity';

describe('defaultSensitivity', () => {
  it('is off, with 10 000 iterations, PERT and the given seed', () => {
    expect(defaultSensitivity(4242)).toEqual({ enabled: false, iterations: 10_000, seed: 4242, distribution: 'pert' });
  });
});

describe('newSeed', () => {
  it('gives six digits, readable and typeable, for any random number in [0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        const seed = newSeed(() => r);
        expect(Number.isInteger(seed) && seed >= 100_000 && seed <= 999_999).toBe(true);
      }),
    );
  });
});

describe('parseSeedInput', () => {
  it('reads a whole number, with spaces as thousands separators', () => {
    expect(parseSeedInput('42')).toBe(42);
    expect(parseSeedInput(' 123 456 ')).toBe(123_456);
    expect(parseSeedInput('4\u00a0294\u00a0967\u00a0295')).toBe(MAX_SEED);
  });
  it('rejects what the simulation would not use as typed: decimals, signs, text, empty, above 2^32 − 1', () => {
    for (const text of ['', '1,5', '1.5', '-3', '+3', 'abc', '4294967296', '12345678901']) {
      expect({ text, seed: parseSeedInput(text) }).toEqual({ text, seed: null });
    }
  });
  it('round-trips every valid seed written as digits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => parseSeedInput(String(seed)) === seed));
  });
});

describe('sensitivityProblem', () => {
  it('accepts the defaults, and anything while switched off', () => {
    expect(sensitivityProblem({ ...defaultSensitivity(1), enabled: true })).toBeNull();
    expect(sensitivityProblem({ ...defaultSensitivity(Number.NaN), enabled: false })).toBeNull();
  });
  it('names a seed that is not a whole number in range', () => {
    for (const seed of [Number.NaN, -1, 1.5, MAX_SEED + 1]) {
      expect(sensitivityProblem({ ...defaultSensitivity(seed), enabled: true })).toBe('sensitivity.badSeed');
    }
  });
});

describe('simulationRequest', () => {
  it('carries iterations, seed and distribution to the simulation', () => {
    expect(simulationRequest({ enabled: true, iterations: 'auto', seed: 7, distribution: 'triangular' })).toEqual({
      iterations: 'auto',
      seed: 7,
      distribution: 'triangular',
    });
  });
});

describe('reference-class presets in the pane', () => {
  it('offers exactly the engine’s presets, named as on the Känslighet sheet in both languages', () => {
    expect(REFERENCE_CLASS_IDS).toEqual(REFERENCE_CLASSES.map((c) => c.id));
    for (const c of REFERENCE_CLASSES) {
      expect(translate('sv', `referenceClass.${c.id}`)).toBe(c.name.sv);
      expect(translate('en', `referenceClass.${c.id}`)).toBe(c.name.en);
    }
  });

  it('asks the engine for nothing when no line has a preset, so a plain run draws as before', () => {
    expect(referenceClassRequest(undefined)).toBeUndefined();
    expect(referenceClassRequest(NO_REFERENCE_CLASSES)).toBeUndefined();
    expect(referenceClassRequest({ all: 'none', byLine: { a: 'none' } })).toBeUndefined();
    const plain = simulationRequest({
      ...defaultSensitivity(7),
      enabled: true,
      referenceClasses: NO_REFERENCE_CLASSES,
    });
    expect(plain).toEqual({ iterations: 10_000, seed: 7, distribution: 'pert' });
  });

  it('passes a preset for all lines, and per line only what differs from it', () => {
    expect(
      referenceClassRequest({
        all: 'it-projects-black-swans',
        byLine: { a: 'it-projects-black-swans', b: 'none', c: 'swedish-state-projects' },
      }),
    ).toEqual({ all: 'it-projects-black-swans', byLine: { b: 'none', c: 'swedish-state-projects' } });
    expect(referenceClassRequest({ all: 'none', byLine: { a: 'swedish-state-projects-large' } })).toEqual({
      byLine: { a: 'swedish-state-projects-large' },
    });
    const request = simulationRequest({
      ...defaultSensitivity(7),
      enabled: true,
      referenceClasses: { all: 'it-development-optimism-bias', byLine: {} },
    });
    expect(request.referenceClasses).toEqual({ all: 'it-development-optimism-bias' });
  });
});
