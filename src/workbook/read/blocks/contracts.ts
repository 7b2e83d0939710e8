/**
 * The Kontrakt sheet: one row per contract; rows sharing an Alternativ make
 * one alternative, in the order alternatives first appear.
 */
import type { Alternative, Contract } from '../../../engine/model';
import { normaliseKey } from '../../schema/normalise';
import { quote } from '../messages';
import { NameRegistry } from '../names';
import { allPresent, noteRowsNotRead, openBlock, type ReadContext } from './context';
import { schoolFormList, solutionList } from './references';

export function readAlternatives(ctx: ReadContext): Alternative[] {
  const rows = openBlock(ctx, 'contracts');
  if (rows === null) ctx.alternatives.complete = false;
  noteRowsNotRead(ctx, 'contracts', 'alternative', ctx.alternatives);
  const alternatives = new Map<string, { alternative: Alternative; contracts: NameRegistry }>();
  for (const r of rows ?? []) {
    const altName = r.text('alternative', true);
    const name = r.text('contract', true);
    const solutionIds = solutionList(r, 'solutions', ctx.solutions);
    const schoolForms = schoolFormList(r, 'schoolForms');
    const procurementCost = r.money('procurementCost');
    const managementFte = r.number('managementFte');
    const goLive = r.date('goLive', true);
    const lengthYears = r.integer('lengthYears', true);
    const optionYears = r.integer('optionYears');
    const successor = r.boolean('successor');
    const framework = r.boolean('framework');
    if (!altName) continue;
    let entry = alternatives.get(normaliseKey(altName));
    if (!entry) {
      ctx.alternatives.add(altName, r.at('alternative'), ctx.problems);
      entry = {
        alternative: { id: altName, name: altName, contracts: [], source: r.at('alternative') },
        contracts: new NameRegistry({
          sv: `kontraktet i alternativet ${quote(altName)}`,
          en: `contract in the alternative ${quote(altName)}`,
        }),
      };
      alternatives.set(normaliseKey(altName), entry);
    }
    if (!name || !entry.contracts.add(name, r.at('contract'), ctx.problems)) continue;
    if (
      !allPresent(solutionIds, schoolForms, goLive, lengthYears) ||
      [procurementCost, managementFte, optionYears].includes(undefined) ||
      successor === undefined ||
      framework === undefined
    )
      continue;
    const contract: Contract = {
      id: name,
      name,
      solutionIds: solutionIds!,
      schoolForms: schoolForms!,
      procurementCost: procurementCost ?? 0,
      managementFte: managementFte ?? 0,
      goLive: goLive!,
      lengthYears: lengthYears!,
      optionYears: optionYears ?? 0,
      // Only when asked for: a workbook without successors keeps its fingerprint.
      ...(successor === true ? { successor: true } : {}),
      ...(framework === true ? { framework: true } : {}),
      source: r.at('contract'),
      cells: r.cells([
        'solutions',
        'schoolForms',
        'procurementCost',
        'managementFte',
        'goLive',
        'lengthYears',
        'optionYears',
        'successor',
        'framework',
      ]),
    };
    entry.alternative.contracts.push(contract);
  }
  return [...alternatives.values()].map((e) => e.alternative);
}
