/**
 * Runs every offline manifest rule and collects their findings. Pure: the
 * caller supplies the XML text, the asset lookup and what the build produces,
 * so tests can check a mutated manifest without touching the disk.
 */
import { httpsRule } from './httpsRule';
import { iconRule } from './iconRule';
import { identityRule } from './identityRule';
import { lengthRule } from './lengthRule';
import { requirementsRule } from './requirementsRule';
import { residRule } from './residRule';
import { structureRule } from './structureRule';
import { taskpaneUrlRule } from './taskpaneUrlRule';
import type { ManifestContext, ManifestFinding, ManifestRule } from './types';
import { parseManifestXml, type XmlElement } from './xml';

/** The manifest's own base URL; production builds rewrite it (webpack.config.js). */
export const DEV_BASE_URL = 'https://localhost:3000';
/** Pages webpack writes at the root of dist/ (taskpane from HtmlWebpackPlugin, support from assets/). */
export const BUILT_PAGES: readonly string[] = ['taskpane.html', 'support.html'];

export const RULES: readonly ManifestRule[] = [
  structureRule,
  identityRule,
  lengthRule,
  residRule,
  iconRule,
  httpsRule,
  taskpaneUrlRule,
  requirementsRule,
];

export type ValidationEnvironment = Omit<ManifestContext, 'root'>;

/** Every rule's findings for an already parsed manifest (the OfficeApp element). */
export function validateManifestElement(root: XmlElement, environment: ValidationEnvironment): ManifestFinding[] {
  const context: ManifestContext = { ...environment, root };
  return RULES.flatMap((rule) => rule(context));
}

/** Every rule's findings for manifest XML text; XML that is not well-formed is one finding. */
export function validateManifestXml(xml: string, environment: ValidationEnvironment): ManifestFinding[] {
  const parsed = parseManifestXml(xml);
  if (!parsed.ok) return [{ rule: 'wellFormed', path: '', message: parsed.message }];
  return validateManifestElement(parsed.root, environment);
}
