/**
 * The helpers every block file declares its columns with: the value types
 * (T), a text in both languages (t), and column/block, which keep the
 * column keys' literal types for ColumnKey (../format.ts).
 */
import type { BlockSpec, ColumnSpec, ColumnType, Texts } from '../types';

export const T = {
  text: { kind: 'text' },
  number: { kind: 'number' },
  integer: { kind: 'integer' },
  money: { kind: 'money' },
  unit: { kind: 'moneyUnit' },
  year: { kind: 'year' },
  share: { kind: 'percentage', scale: 'share' },
  rate: { kind: 'percentage', scale: 'rate' },
  boolean: { kind: 'boolean' },
  date: { kind: 'date' },
} satisfies Record<string, ColumnType>;

export const t = (sv: string, en: string): Texts => ({ sv, en });

/**
 * One column, its fields named. The helper only keeps the key's literal type,
 * so each block's column keys become a type (ColumnKey) that readers are
 * checked against: `r.text('nmae')` does not compile.
 */
export function column<const K extends string>(spec: ColumnSpec<K>): ColumnSpec<K> {
  return spec;
}

/** One block; its column keys are inferred from its columns (see ColumnKey). */
export function block<const K extends string>(spec: BlockSpec<K>): BlockSpec<K> {
  return spec;
}
