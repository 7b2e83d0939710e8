/**
 * A cost entry before allocation: the entry itself and the weights of the
 * payers it is to be shared among. Entries of one cost line share one weight set.
 */

import type { WeightSet } from './base';
import type { CostEntry } from './model';

export interface PendingEntry {
  entry: CostEntry;
  weights: WeightSet;
}
