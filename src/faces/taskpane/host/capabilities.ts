/**
 * Which Excel API sets the running Excel supports, and what the pane tells
 * the analyst when one is missing. The adapter skips guarded features on an
 * older Excel; the pane explains the consequence instead of failing silently.
 */
import type { MessageKey } from '../i18n/catalogue';

import type { IsSetSupported } from '../../../hosts/officejs/types';

export type { IsSetSupported };

/**
 * The lowest set the add-in needs at all (the manifest declares the same):
 * the adapter's sheet markers are sheet-scoped names (formula: ExcelApi 1.7).
 */
export const BASE_REQUIREMENT = { set: 'ExcelApi', version: '1.7' } as const;

export const OPTIONAL_REQUIREMENTS = [
  { feature: 'validation', set: 'ExcelApi', version: '1.8', message: 'api.feature.validation' },
  { feature: 'pageLayout', set: 'ExcelApi', version: '1.9', message: 'api.feature.pageLayout' },
] as const satisfies readonly { feature: string; set: string; version: string; message: MessageKey }[];

export type OptionalFeature = (typeof OPTIONAL_REQUIREMENTS)[number]['feature'];

export type Capabilities = { base: boolean } & Record<OptionalFeature, boolean>;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const capabilities = { base: isSetSupported(BASE_REQUIREMENT.set, BASE_REQUIREMENT.version) } as Capabilities;
  for (const r of OPTIONAL_REQUIREMENTS) capabilities[r.feature] = isSetSupported(r.set, r.version);
  return capabilities;
}

/** The optional requirements this Excel lacks, for the "needs a newer Excel" notice. */
export function missingRequirements(capabilities: Capabilities) {
  return OPTIONAL_REQUIREMENTS.filter((r) => !capabilities[r.feature]);
}
