/** When progress lines reach stderr: quiet at first, then phases always and counts at most once a second. */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/faces/cli/progress';

/** A reporter on a fake clock that records what it wrote and when. */
function reporterAt(start = 0) {
  let t = start;
  const shown: { at: number; line: string }[] = [];
  const reporter = progressReporter({ now: () => t, write: (line) => shown.push({ at: t, line }) });
  return {
    reporter,
    shown,
    at(ms: number) {
      t = start + ms;
      return reporter;
    },
  };
}

describe('progressReporter', () => {
  it('shows nothing while the run is younger than a second', () => {
    const r = reporterAt(5_000);
    r.at(0).phase('Läser arbetsboken …');
    r.at(400).count('Skriver blad 1 av 3: A …');
    r.at(1_000).phase('Skriver arbetsboken …');
    r.at(1_000).count('Skriver blad 2 av 3: B …');
    expect(r.shown).toEqual([]);
  });

  it('shows a phase and a count once the run is older than a second, each ending in a newline', () => {
    const r = reporterAt();
    r.at(1_001).phase('Skriver arbetsboken …');
    r.at(2_001).count('Skriver blad 1 av 3: A …');
    expect(r.shown).toEqual([
      { at: 1_001, line: 'Skriver arbetsboken …\n' },
      { at: 2_001, line: 'Skriver blad 1 av 3: A …\n' },
    ]);
  });

  it('drops a count shown less than a second after the last line', () => {
    const r = reporterAt();
    r.at(1_500).count('1');
    r.at(2_000).count('2');
    r.at(2_499).count('3');
    r.at(2_500).count('4');
    expect(r.shown.map((s) => s.line)).toEqual(['1\n', '4\n']);
  });

  it('never drops a phase, and a count waits a second after it', () => {
    const r = reporterAt();
    r.at(1_500).count('1');
    r.at(1_600).phase('packa');
    r.at(2_000).count('2');
    r.at(2_600).count('3');
    expect(r.shown.map((s) => s.line)).toEqual(['1\n', 'packa\n', '3\n']);
  });

  it('property: shown counts are at least a second after any earlier line, and none in the first second', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 1_500 }), phase: fc.boolean() }), { maxLength: 60 }),
        (events) => {
          const r = reporterAt(123);
          let ms = 0;
          const phases = new Set<string>();
          events.forEach((e, i) => {
            ms += e.gap;
            if (e.phase) {
              phases.add(`${i}\n`);
              r.at(ms).phase(String(i));
            } else r.at(ms).count(String(i));
          });
          for (const [i, s] of r.shown.entries()) {
            expect(s.at - 123).toBeGreaterThan(1_000);
            if (i > 0 && !phases.has(s.line)) expect(s.at - r.shown[i - 1]!.at).toBeGreaterThanOrEqual(1_000);
          }
          // Every phase after the quiet second is shown.
          let t = 0;
          const expectedPhases = events
            .map((e, i) => ((t += e.gap), { ...e, i, t }))
            .filter((e) => e.phase && e.t > 1_000)
            .map((e) => `${e.i}\n`);
          expect(r.shown.map((s) => s.line).filter((line) => phases.has(line))).toEqual(expectedPhases);
        },
      ),
    );
  });
});
