/**
 * Groups a scenario's cost entries into the rows of its cost table: one row
 * per contract × solution × cost item × source (a cost line, procurement,
 * contract management, an internal role, an old agreement running on), with
 * the amounts per horizon year. Rows keep the order in which the engine first
 * produced them, so the sheet reads in the engine's order.
 */
import type { CostEntry, CostModel, ScenarioResult } from '../../engine/model';
import { itemLabel, label, schoolFormLabel, type Language } from '../labels';

export interface EntryGroup {
  key: string;
  /** The three label texts: contract, solution (or agreement/role; null for a whole contract), item. */
  labels: [string, string | null, string];
  /** Amount per horizon year in öre, in ScenarioResult.years order. */
  amounts: number[];
  /** Indexes into ScenarioResult.entries of the entries summed in each year (same order as `amounts`). */
  entries: number[][];
}

function sourceKey(entry: CostEntry): string {
  const s = entry.source;
  switch (s.kind) {
    case 'costLine':
      return `line:${s.costLineId}`;
    case 'internalResource':
      return `internal:${s.resourceId}`;
    case 'runOn':
      return s.schoolForm === undefined ? `runOn:${s.agreementId}` : `runOn:${s.agreementId}:${s.schoolForm}`;
    default:
      return s.kind;
  }
}

export function groupEntries(model: CostModel, scenario: ScenarioResult, language: Language): EntryGroup[] {
  const alternative = model.alternatives.find((a) => a.id === scenario.alternativeId);
  const contractName = new Map((alternative?.contracts ?? []).map((c) => [c.id, c.name]));
  const solutionName = new Map(model.solutions.map((s) => [s.id, s.name]));
  const agreementName = new Map(model.currentAgreements.map((a) => [a.id, a.name]));
  const roleName = new Map(model.internalResources.map((r) => [r.id, r.role]));
  const lineDescription = new Map(model.costLines.map((l) => [l.id, l.description]));
  const yearIndex = new Map(scenario.years.map((y, i) => [y, i]));

  const groups = new Map<string, EntryGroup>();
  scenario.entries.forEach((entry, entryIndex) => {
    const i = yearIndex.get(entry.year);
    if (i === undefined) return; // outside the horizon: the engine does not produce these
    const key = `${entry.contractId ?? ''}\u0000${entry.solutionId ?? ''}\u0000${entry.item}\u0000${sourceKey(entry)}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        key,
        labels: groupLabels(entry),
        amounts: scenario.years.map(() => 0),
        entries: scenario.years.map(() => []),
      };
      groups.set(key, group);
    }
    group.amounts[i] = (group.amounts[i] ?? 0) + entry.amount;
    group.entries[i]?.push(entryIndex);
  });
  return [...groups.values()];

  function groupLabels(entry: CostEntry): [string, string | null, string] {
    const contract =
      entry.contractId === undefined
        ? label(language, 'noContract')
        : (contractName.get(entry.contractId) ?? entry.contractId);
    const s = entry.source;
    let second: string | null =
      entry.solutionId === undefined ? null : (solutionName.get(entry.solutionId) ?? entry.solutionId);
    if (s.kind === 'runOn') {
      const name = agreementName.get(s.agreementId) ?? s.agreementId;
      // Run-on is charged per school form: the row names it.
      second = s.schoolForm === undefined ? name : `${name} – ${schoolFormLabel(language, s.schoolForm)}`;
    }
    if (s.kind === 'internalResource') second = roleName.get(s.resourceId) ?? s.resourceId;
    let item = itemLabel(language, entry.item);
    const description = s.kind === 'costLine' ? lineDescription.get(s.costLineId) : undefined;
    if (description !== undefined && description !== '') item = `${item}: ${description}`;
    return [contract, second, item];
  }
}
