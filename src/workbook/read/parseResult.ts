/**
 * The outcome of parsing one cell: a value, or what was expected instead.
 * Parsers are pure and never throw; the block readers turn a failure into a
 * Problem with the cell's address (see problems.ts).
 */
import type { ProblemCode } from '../../engine/model';
import type { Texts } from '../schema/types';

/**
 * A value, with `doubt` when the rule that read it may not be what was meant
 * (1.5 as a share is 1,5 %, or was 150 % meant?): reported as a warning at
 * the cell, after the quoted value ("… läses som 1,5 %; …").
 */
export type ParseResult<T> = { ok: true; value: T; doubt?: Texts } | { ok: false; code: ProblemCode; expected: Texts };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const fail = <T>(code: ProblemCode, sv: string, en: string): ParseResult<T> => ({
  ok: false,
  code,
  expected: { sv, en },
});
