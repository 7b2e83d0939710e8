/**
 * The simulation's few lines in the terminal, after the scenario table: per
 * alternative P10 / P50 / P90 of the total and the probability of being the
 * cheapest, then the seed and iterations that reproduce them. Pure text.
 */

import { formatCount, formatKronor } from './numberFormat';
import type { SummarySimulation } from './simulationSummary';
import { table } from './terminalTable';

const TEXT = {
  sv: {
    title: 'Osäkerhet: total kostnad över horisonten (Monte Carlo)',
    alternative: 'Alternativ',
    cheapest: 'Billigast',
    distribution: { pert: 'PERT', triangular: 'triangel' },
    run: (iterations: string, distribution: string, seed: number) =>
      `${iterations} iterationer, ${distribution}-fördelning, slumpfrö ${seed} (samma frö ger samma resultat).`,
    precision: (p: string) => `P50 ligger inom ±${p} med 95 % säkerhet.`,
    noRanges: 'Ingen kostnadsrad har ett intervall (min < max): alla utfall är de troliga värdena.',
  },
  en: {
    title: 'Uncertainty: total cost over the horizon (Monte Carlo)',
    alternative: 'Alternative',
    cheapest: 'Cheapest',
    distribution: { pert: 'PERT', triangular: 'triangular' },
    run: (iterations: string, distribution: string, seed: number) =>
      `${iterations} iterations, ${distribution} distribution, seed ${seed} (the same seed gives the same result).`,
    precision: (p: string) => `P50 is within ±${p} at 95 % confidence.`,
    noRanges: 'No cost line has a range (min < max): every outcome is the likely value.',
  },
};

/** 0.4213 → '42,1 %' (sv) or '42.1 %' (en); `decimals` after the point of the percentage. */
export function formatShare(p: number, language: 'sv' | 'en', decimals = 1): string {
  const text = (p * 100).toFixed(decimals);
  return `${language === 'sv' ? text.replace('.', ',') : text} %`;
}

export function simulationText(simulation: SummarySimulation, language: 'sv' | 'en'): string {
  const t = TEXT[language];
  const rows = [
    [t.alternative, 'P10', 'P50', 'P90', t.cheapest],
    ...simulation.scenarios.map((s) => [
      s.name,
      formatKronor(s.total.p10 * 100),
      formatKronor(s.total.p50 * 100),
      formatKronor(s.total.p90 * 100),
      formatShare(s.probabilityCheapest, language),
    ]),
  ];
  const iterations = formatCount(simulation.iterations);
  const lines = [
    t.title,
    table(rows, (c) => c > 0),
    '',
    t.run(iterations, t.distribution[simulation.distribution], simulation.seed),
  ];
  const precision = simulation.convergence.precision;
  if (simulation.uncertainLines === 0) lines.push(t.noRanges);
  else if (precision !== null) lines.push(t.precision(formatShare(precision, language, 2)));
  return lines.join('\n');
}
