/**
 * The Kontrakt sheet: one row per contract; rows sharing an Alternativ make
 * one alternative, in the order alternatives first appear.
 */
import type { Alternative, Contract } from '../../../engine/model';
import { normaliseKey } from '../../schema/normalise';
import { formatMarker } from '../../fingerprint';
import { MAX_FORMULA_TEXT } from '../../marker';
import { nameTooLong, quote } from '../messages';
import { NameRegistry } from '../names';
import { allPresent, noteRowsNotRead, openBlock, type ReadContext } from './context';
import { schoolFormList, solutionList } from './references';

/**
 * The longest marker a scenario sheet of this alternative can carry: the
 * marker as formatMarker writes it (src/workbook/fingerprint.ts), with the
 * widest stamp a write gives it (an ISO time, a version of up to 16
 * characters, both flags). Excel holds a marker in a formula's text of at
 * most 255 characters (src/workbook/marker.ts); a longer name would stop
 * the write with nothing said of the cell. The key is percent-encoded, so a
 * space takes 3 characters and å 6.
 */
function longestScenarioMarker(name: string): number {
  return formatMarker({
    key: `scenario:${name}`,
    fingerprint: '0'.repeat(16),
    generatedAt: '2026-01-01T00:00:00.000Z',
    version: '0'.repeat(16),
    unsavedChoices: true,
    contents: '0'.repeat(8),
  }).length;
}

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
      const length = longestScenarioMarker(altName);
      if (length > MAX_FORMULA_TEXT) {
        ctx.problems.push(nameTooLong(r.at('alternative'), altName, ctx.alternatives.kind, length, MAX_FORMULA_TEXT));
      }
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
