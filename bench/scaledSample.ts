/**
 * The Stockholm sample N times as large where the sheet plan grows: every
 * payer (and its usage rows) repeated N times under its own id and name, so
 * each cost entry reaches N times as many payers and the allocation block on
 * every scenario sheet has N times as many rows. Solutions, cost lines,
 * contracts and alternatives stay the sample's. Used by the plan benchmark
 * and by the plan's golden test (tests/workbook/write/planGolden.test.ts).
 */

import type { CostModel } from '../src/engine/model';
import { stockholmSample } from '../src/sample/stockholm';

export function scaledSample(factor: number): CostModel {
  const model = stockholmSample();
  if (factor === 1) return model;
  const payers = Array.from({ length: factor }, (_, k) =>
    model.payers.map((p) => ({ ...p, id: `${p.id} #${k + 1}`, name: `${p.name} #${k + 1}` })),
  ).flat();
  const usage = Array.from({ length: factor }, (_, k) =>
    model.usage.map((u) => ({ ...u, payerId: `${u.payerId} #${k + 1}` })),
  ).flat();
  return { ...model, payers, usage };
}
