import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../src/faces/cli/simulation';
import { simulationSummary, type SummarySimulation } from '../../src/faces/cli/simulationSummary';
import { formatShare, simulationText } from '../../src/faces/cli/simulationTable';
import { stockholmSample } from '../../src/sample/stockholm';
import { withDegenerateRanges } from '../engine/simulation/helpers';

const summary: SummarySimulation = simulationSummary(
  runSimulation(stockholmSample(), { iterations: 1_000, seed: 31, distribution: 'triangular' }),
);

describe('formatShare', () => {
  it('writes a percentage with a decimal comma in Swedish and a point in English', () => {
    expect(formatShare(0.4213, 'sv')).toBe('42,1 %');
    expect(formatShare(0.4213, 'en')).toBe('42.1 %');
    expect(formatShare(1, 'sv')).toBe('100,0 %');
    expect(formatShare(0.0012, 'sv', 2)).toBe('0,12 %');
  });
});

describe('simulationText', () => {
  it('lists P10, P50, P90 of the total and the chance of being cheapest per alternative, in kronor', () => {
    const text = simulationText(summary, 'sv');
    expect(text).toContain('Billigast');
    for (const s of summary.scenarios) {
      const row = text.split('\n').find((l) => l.startsWith(s.name))!;
      expect(row).toContain(`${String(s.total.p50).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kr`);
      expect(row).toContain(formatShare(s.probabilityCheapest, 'sv'));
    }
  });

  it('states the seed, the iterations and the distribution that reproduce it', () => {
    expect(simulationText(summary, 'sv')).toContain('1 000 iterationer, triangel-fördelning, slumpfrö 31');
    expect(simulationText(summary, 'en')).toContain('1 000 iterations, triangular distribution, seed 31');
  });

  it('says so when no line has a range, instead of a precision', () => {
    const fixed = simulationSummary(
      runSimulation(withDegenerateRanges(stockholmSample()), { iterations: 100, seed: 1, distribution: 'pert' }),
    );
    expect(simulationText(fixed, 'en')).toContain('No cost line has a range');
    expect(simulationText(summary, 'en')).toContain('P50 is within ±');
  });
});
