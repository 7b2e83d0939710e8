/**
 * Column keys are literal types: a block reader that misspells a key, or asks
 * a block for another block's column, does not compile. The guarantee is
 * checked by `tsc --noEmit` (tsconfig includes tests): `expectTypeOf` fails
 * the type check when the types differ, and each `@ts-expect-error` fails it
 * when the line below it compiles after all. The run-time checks tie the
 * types to the declared columns.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { openBlock, type ReadContext } from '../../../src/workbook/read/blocks/context';
import { schoolFormList } from '../../../src/workbook/read/blocks/references';
import type { RowReader } from '../../../src/workbook/read/rowReader';
import { BLOCKS, columnSpec, type ColumnKey } from '../../../src/workbook/schema/format';
import type { BlockKey } from '../../../src/workbook/schema/types';

describe('column keys as literal types', () => {
  it('a block’s ColumnKey is exactly the keys it declares', () => {
    expectTypeOf<ColumnKey<'solutions'>>().toEqualTypeOf<'name'>();
    expectTypeOf<ColumnKey<'decisionTrail'>>().toEqualTypeOf<'forum' | 'date' | 'decision' | 'basis'>();
    expectTypeOf<ColumnKey<'parameters'>>().toEqualTypeOf<'name' | 'value' | 'unit'>();
    expect(BLOCKS.solutions.columns.map((c) => c.key)).toEqual(['name']);
    expect(BLOCKS.decisionTrail.columns.map((c) => c.key)).toEqual(['forum', 'date', 'decision', 'basis']);
    expect(BLOCKS.parameters.columns.map((c) => c.key)).toEqual(['name', 'value', 'unit']);
  });

  it('shared columns keep their key in every block that uses them', () => {
    expectTypeOf<'unit' | 'indexed' | 'provenance'>().toExtend<ColumnKey<'costLines'>>();
    expectTypeOf<'unit'>().toExtend<ColumnKey<'tiers'>>();
    expectTypeOf<'unit'>().not.toExtend<ColumnKey<'solutions'>>();
  });

  it('openBlock gives row readers that take only that block’s keys', () => {
    expectTypeOf(openBlock<'costLines'>).returns.toEqualTypeOf<RowReader<ColumnKey<'costLines'>>[] | null>();
    expectTypeOf<RowReader<ColumnKey<'payers'>>['text']>().parameter(0).toEqualTypeOf<ColumnKey<'payers'>>();
  });

  it('every block of BLOCKS is filed under its own key', () => {
    for (const [key, spec] of Object.entries(BLOCKS)) expect(spec.key).toBe(key as BlockKey);
  });
});

/** Never called: only compiled, so each marked line must be a type error. */
export function misspeltKeysDoNotCompile(ctx: ReadContext): void {
  for (const r of openBlock(ctx, 'costLines') ?? []) {
    r.text('solution');
    r.money('amount');
    // @ts-expect-error: 'nmae' is no column of the cost lines block
    r.text('nmae');
    // @ts-expect-error: 'forum' belongs to the decision trail block, not to the cost lines
    r.text('forum');
    // @ts-expect-error: cells() checks every key it is given
    r.cells(['solution', 'amout']);
  }
  for (const r of openBlock(ctx, 'contracts') ?? []) {
    schoolFormList(r, 'schoolForms');
    // @ts-expect-error: the shared helpers check the key against the reader's block too
    schoolFormList(r, 'schoolForm');
  }
  const trail = ctx.located.blocks.decisionTrail;
  trail?.columns.get('forum');
  // @ts-expect-error: a located block's columns are keyed by its own column keys
  trail?.columns.get('from');
  columnSpec(BLOCKS.payers, 'pupils');
  // @ts-expect-error: columnSpec checks the key against the block's declared columns
  columnSpec(BLOCKS.payers, 'pupls');
}
