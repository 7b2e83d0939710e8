/**
 * Rule 'identity': the add-in Id is a GUID and the version has four numeric
 * parts. Office keys installed add-ins, their settings and centralized
 * deployment on the Id; a changed or malformed Id makes a new add-in.
 */
import type { ManifestFinding, ManifestRule } from './types';
import { firstChild } from './xml';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** The schema allows 1–4 parts of up to 5 digits; AppSource and admin-center updates expect all four (1.0.0.0). */
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export const identityRule: ManifestRule = ({ root }) => {
  const findings: ManifestFinding[] = [];
  const id = firstChild(root, 'Id');
  if (id && !GUID.test(id.text)) {
    findings.push({
      rule: 'identity',
      path: id.path,
      message: `Id "${id.text}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
    });
  }
  const version = firstChild(root, 'Version');
  if (version && !VERSION.test(version.text)) {
    findings.push({
      rule: 'identity',
      path: version.path,
      message: `Version "${version.text}" must be n.n.n.n (four numbers of up to 5 digits)`,
    });
  }
  return findings;
};
