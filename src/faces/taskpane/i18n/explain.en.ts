/** The "explain selected figure" component's strings, English. */
import type { ExplainMessageKey } from './explain.sv';

export const explainEn: { readonly [K in ExplainMessageKey]: string } = {
  explainButton: 'Explain selected figure',
  explainRegion: 'Explanation of the selected figure',
  explainWorking: 'Reading the cell …',
  explainNone: 'Select a figure on a scenario sheet (a cell with a formula) and press the button.',
  explainNoneFollowing: 'Select a figure on a scenario sheet (a cell with a formula) to have it explained here.',
  explainFollow: 'Follow the selection',
  explainFailed: 'Could not explain the cell: {reason}',
  explainInputs: 'Values the formula uses',
  explainCell: '{sheet}!{address}',
};
