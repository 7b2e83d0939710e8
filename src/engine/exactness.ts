/**
 * Money is exact only while every integer öre stays below 2^53
 * (Number.MAX_SAFE_INTEGER, about 90 000 000 000 000 kr): above it, adding
 * 1 öre may change nothing. Inputs are bounded at their cells
 * (src/workbook/read/bounds.ts); this is the guarantee on what is computed.
 * Every amount is ≥ 0, so a scenario's total bounds each of its parts.
 */
import type { Problem, ScenarioResult } from './model';

export function exactnessProblems(scenarios: readonly ScenarioResult[]): Problem[] {
  const problems: Problem[] = [];
  for (const s of scenarios) {
    const largest = Math.max(Math.abs(s.total), Math.abs(s.baseline.baselineTotal));
    if (largest <= Number.MAX_SAFE_INTEGER) continue;
    problems.push({
      code: 'amountTooLarge',
      severity: 'error',
      message: {
        sv: `Alternativet "${s.name}" ger belopp över 90 000 miljarder kr, mer än som kan räknas exakt på kronan. Kontrollera antal och belopp (enheten tkr eller mnkr?).`,
        en: `Alternative "${s.name}" comes to more than 90,000 billion kr, more than can be computed exactly to the krona. Check counts and amounts (is the unit tkr or mnkr?).`,
      },
    });
  }
  return problems;
}
