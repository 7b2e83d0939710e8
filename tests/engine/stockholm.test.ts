/**
 * Smoke test on the built-in Stockholm sample (src/sample/stockholm.ts): the
 * whole engine on realistic input, checked by invariants rather than figures,
 * so the sample's illustrative numbers may change without touching this test.
 */

import { describe, expect, it } from 'vitest';
import { eachAllocation } from '../../src/engine/allocationTable';
import { runEngine } from '../../src/engine/run';
import { stockholmSample } from '../../src/sample/stockholm';

describe('runEngine on the Stockholm sample', () => {
  const model = stockholmSample();
  const output = runEngine(model);

  it('finds no errors and computes every alternative', () => {
    expect(output.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(output.scenarios.map((s) => s.alternativeId)).toEqual(model.alternatives.map((a) => a.id));
  });

  it('reconciles every year exactly, with finite whole-krona figures', () => {
    for (const s of output.scenarios) {
      for (const r of s.reconciliation) expect(r.allocated + r.unallocated).toBe(r.total);
      expect(s.total).toBe(s.totalByYear.reduce((a, b) => a + b, 0));
      for (const p of s.payerYears) {
        expect(p.amount % 100).toBe(0);
        for (const v of [p.perPupil, p.perUser]) expect(v === null || Number.isInteger(v)).toBe(true);
      }
    }
  });

  it('charges cost lines only to payers that use the solution', () => {
    const uses = new Set(model.usage.filter((u) => u.share > 0).map((u) => `${u.payerId}|${u.solutionId}`));
    for (const s of output.scenarios) {
      const strays = [...eachAllocation(s.allocations)].filter((a) => {
        const e = s.entries[a.entryIndex]!;
        return e.source.kind === 'costLine' && !uses.has(`${a.payerId}|${e.solutionId}`);
      });
      expect(strays).toEqual([]);
    }
  });
});
