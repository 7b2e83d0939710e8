/**
 * The explainer: a figure on a generated sheet in words with the numbers
 * used. Pure (no Office.js, React or DOM); the Office.js part that loads the
 * cells is src/hosts/officejs/explain.ts.
 */
export { explainCell } from './explain';
export { gridFromPlan } from './planGrid';
export { formatNumber, formatKr, formatFactor, formatValue } from './format';
export type { ExplainGrid, ExplainLanguage, Explanation, ExplainedInput } from './types';
