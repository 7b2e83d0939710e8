/**
 * Rule 'https': every URL in the manifest uses https. Office loads add-in
 * pages and icons only over https (Excel on the web blocks mixed content).
 */
import type { ManifestFinding, ManifestRule } from './types';
import { allElements } from './xml';

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Attribute values that are namespace names, not addresses the add-in loads. */
const NAMESPACE_ATTRIBUTE = /^xmlns(:|$)/;
const URL_MAX = 2048;

export const httpsRule: ManifestRule = ({ root }) => {
  const findings: ManifestFinding[] = [];
  const check = (path: string, value: string): void => {
    if (!URL_LIKE.test(value)) return;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      findings.push({ rule: 'https', path, message: `"${value}" is not a valid URL` });
      return;
    }
    if (url.protocol !== 'https:') findings.push({ rule: 'https', path, message: `${value} must use https` });
    if (value.length > URL_MAX)
      findings.push({ rule: 'https', path, message: `URL longer than ${URL_MAX} characters` });
  };
  for (const element of allElements(root)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (!NAMESPACE_ATTRIBUTE.test(name)) check(element.path, value);
    }
    if (element.text !== '') check(element.path, element.text);
  }
  return findings;
};
