/**
 * The input workbook format: which sheets, which blocks (Excel tables) on
 * each, which columns in each block. The single source of truth for the
 * reader (src/workbook/read), the input-sheet writer (src/workbook/inputs)
 * and docs/workbook-format.md (a test checks the doc names every header).
 * Each block's columns are declared in its own file under ./blocks/; this
 * file gathers them (BLOCKS, with their column keys as types: ColumnKey)
 * and places them on the sheets (SHEETS).
 */
import { solutions } from './blocks/solutions';
import { costLines } from './blocks/costLines';
import { tiers } from './blocks/tiers';
import { agreements } from './blocks/agreements';
import { contracts } from './blocks/contracts';
import { payers } from './blocks/payers';
import { usage } from './blocks/usage';
import { percentKeys } from './blocks/percentKeys';
import { internal } from './blocks/internal';
import { parameters } from './blocks/parameters';
import { indexRates } from './blocks/indexRates';
import { briefText } from './blocks/briefText';
import { decisionTrail } from './blocks/decisionTrail';
import { t } from './blocks/define';
import type { BlockKey, BlockSpec, ColumnSpec, SheetKey, SheetSpec } from './types';

const blocks = {
  solutions,
  costLines,
  tiers,
  agreements,
  contracts,
  payers,
  usage,
  percentKeys,
  internal,
  parameters,
  indexRates,
  briefText,
  decisionTrail,
} satisfies Record<BlockKey, BlockSpec>;

/** The column keys of a block, as literal types: 'id' | 'solution' | 'item' | … for 'costLines'. */
export type ColumnKey<B extends BlockKey> = (typeof blocks)[B]['columns'][number]['key'];

export const BLOCKS: Readonly<typeof blocks> = blocks;

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'costs',
    sv: 'Kostnader',
    en: 'Costs',
    aliases: ['Kostnad', 'Cost'],
    title: t('Kostnader', 'Costs'),
    blocks: ['solutions', 'costLines', 'tiers', 'agreements'],
  },
  {
    key: 'contracts',
    sv: 'Kontrakt',
    en: 'Contracts',
    aliases: ['Kontraktsalternativ', 'Alternativ', 'Alternatives'],
    title: t('Kontraktsalternativ', 'Contract alternatives'),
    blocks: ['contracts'],
  },
  {
    key: 'resources',
    sv: 'Resurser',
    en: 'Resources',
    aliases: ['Resurs', 'Betalare', 'Payers'],
    title: t('Resurser: betalare, användning och interna resurser', 'Resources: payers, usage and internal staff'),
    blocks: ['payers', 'usage', 'percentKeys', 'internal'],
  },
  {
    key: 'parameters',
    sv: 'Parametrar',
    en: 'Parameters',
    aliases: ['Parameter', 'Inställningar', 'Settings'],
    title: t('Parametrar', 'Parameters'),
    blocks: ['parameters', 'indexRates'],
  },
  {
    key: 'decisions',
    sv: 'Beslutsgång',
    en: 'Decision trail',
    aliases: ['Beslutsgang', 'Beslutslogg', 'Beslut', 'Decisions', 'Decision log'],
    title: t('Beslutsgång: var underlaget har behandlats', 'Decision trail: where the figures have been discussed'),
    blocks: ['briefText', 'decisionTrail'],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`no sheet '${key}' in the format`);
  return spec;
}

/** A block's column by key; with a block of BLOCKS, a key it lacks is a compile error. */
export function columnSpec<K extends string>(block: BlockSpec<K>, key: NoInfer<K>): ColumnSpec<K> {
  const spec = block.columns.find((c) => c.key === key);
  if (!spec) throw new Error(`no column '${key}' in block '${block.key}'`);
  return spec;
}
