/**
 * Procurement rules as warnings (LOU 2016:1145), each citing the rule in words:
 *
 * - a framework agreement may run at most four years including options,
 *   unless there are special reasons (LOU 7 kap. 3 §);
 * - below the direct-award limit (700 000 kr from 1 February 2022, counted
 *   over the contract's whole value including options; Parameters.directAwardLimit),
 *   a contract may not need a procurement at all (LOU 19 kap. 12 §).
 *
 * The contract value here is what the contract's own cost lines cost over its
 * length plus option years, in base-year prices excluding VAT: yearly lines ×
 * the years (within their first and last year), one-off lines once, at the
 * quantity of the payers the contract reaches. Procurement and internal staff
 * are the city's own costs, not the contract's value.
 */

import { driverQuantity, solutionBase } from './base';
import { monthOf, yearOfMonth } from './calendar';
import { lineBaseCost } from './lineAmount';
import type { Text } from './messages';
import { fieldCell, type CellRef, type Contract, type CostModel, type Problem } from './model';
import { buildModelIndex, type ModelIndex } from './modelIndex';

/** LOU 19 kap. 12 §: 700 000 kr from 1 February 2022, in öre. */
export const DEFAULT_DIRECT_AWARD_LIMIT = 700_000 * 100;
/** LOU 7 kap. 3 §: a framework agreement runs at most four years including options. */
export const MAX_FRAMEWORK_YEARS = 4;

type Warn = (code: Problem['code'], at: CellRef | undefined, message: Text) => void;

const kronor = (ore: number, lang: 'sv' | 'en'): string =>
  String(Math.round(ore / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');

/** The contract's value over its length plus option years, öre (base-year prices, unrounded). */
export function contractValue(index: ModelIndex, contract: Contract): number {
  const start = monthOf(contract.goLive);
  if (start === null) return 0;
  const firstYear = yearOfMonth(start);
  const years = Math.max(0, contract.lengthYears) + Math.max(0, contract.optionYears);
  let value = 0;
  for (const solutionId of new Set(contract.solutionIds)) {
    const base = solutionBase(index, contract, solutionId);
    for (const line of index.linesBySolution.get(solutionId) ?? []) {
      const quantity = line.basis.kind === 'fixed' ? 1 : driverQuantity(index, base, line.basis.driver);
      const cost = lineBaseCost(line, quantity);
      if (line.recurrence === 'oneOff') {
        value += cost;
        continue;
      }
      // Whole years from the go-live year, within the line's first and last year.
      let inService = 0;
      for (let y = firstYear; y < firstYear + years; y++) {
        if (
          (line.firstYear === undefined || y >= line.firstYear) &&
          (line.lastYear === undefined || y <= line.lastYear)
        )
          inService++;
      }
      value += cost * inService;
    }
  }
  return value;
}

export function checkProcurementRules(model: CostModel, warn: Warn): void {
  const limit = model.parameters.directAwardLimit ?? DEFAULT_DIRECT_AWARD_LIMIT;
  const index = buildModelIndex(model);
  for (const alternative of model.alternatives) {
    for (const contract of alternative.contracts) {
      const name = `${alternative.name} / ${contract.name}`;
      const years = contract.lengthYears + contract.optionYears;
      if (contract.framework === true && years > MAX_FRAMEWORK_YEARS) {
        warn('frameworkTooLong', fieldCell(contract, 'lengthYears'), {
          sv: `Ramavtalet "${name}" löper ${years} år inklusive optioner. Ett ramavtal får enligt LOU (7 kap. 3 §) gälla högst fyra år inklusive optioner, om det inte finns särskilda skäl. Ange skälen i underlaget eller korta avtalet.`,
          en: `Framework agreement "${name}" runs ${years} years including options. Under LOU (ch. 7 § 3) a framework agreement may run at most four years including options unless there are special reasons. State them, or shorten it.`,
        });
      }
      const value = contractValue(index, contract);
      if (value > 0 && value < limit) {
        warn('belowDirectAwardLimit', fieldCell(contract, 'solutions') ?? contract.source, {
          sv: `Kontraktet "${name}" är värt ${kronor(value, 'sv')} kr under hela avtalstiden inklusive optioner, under direktupphandlingsgränsen ${kronor(limit, 'sv')} kr (LOU 19 kap. 12 §): kanske behövs ingen upphandling, och då ingen upphandlingskostnad.`,
          en: `Contract "${name}" is worth ${kronor(value, 'en')} kr over its whole term including options, below the direct-award limit of ${kronor(limit, 'en')} kr (LOU ch. 19 § 12): it may need no procurement, and so no procurement cost.`,
        });
      }
    }
  }
}
