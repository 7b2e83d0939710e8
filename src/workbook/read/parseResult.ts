/**
 * The outcome of parsing one cell: a value, or what was expected instead.
 * Parsers are pure and never throw; the block readers turn a failure into a
 * Problem with the cell's address (see problems.ts).
 */
import type { ProblemCode } from '../../engine/model';
import type { Texts } from '../schema/types';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: ProblemCode; expected: Texts };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });

export const fail = <T>(code: ProblemCode, sv: string, en: string): ParseResult<T> => ({
  ok: false,
  code,
  expected: { sv, en },
});
