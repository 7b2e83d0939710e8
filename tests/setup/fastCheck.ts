/**
 * Property tests explore new random cases on every local run; with FC_SEED
 * set (CI sets it, see .ci/run) every property starts from that seed, so a
 * run can be repeated exactly and a landing never depends on the luck of the
 * draw. A failure prints its seed either way; to replay one locally:
 *   FC_SEED=<seed> npx vitest run <file>
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  const value = Number(seed);
  if (!Number.isInteger(value)) throw new Error(`FC_SEED must be an integer, got '${seed}'`);
  fc.configureGlobal({ seed: value });
}
