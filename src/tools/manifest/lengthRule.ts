/**
 * Rule 'lengths': names and descriptions within the schema's string types
 * (ShortString 1–125 characters, LongString 1–250), for default values and
 * every locale Override alike. Office rejects the whole manifest otherwise.
 */
import type { ManifestFinding, ManifestRule } from './types';
import { allElements, childrenNamed, firstChild, localName, type XmlElement } from './xml';

export const SHORT_STRING_MAX = 125;
export const LONG_STRING_MAX = 250;

function checkLength(path: string, what: string, value: string | undefined, max: number): ManifestFinding[] {
  if (value === undefined) return [{ rule: 'lengths', path, message: `${what} is missing` }];
  // Count characters as the schema does (code points), not UTF-16 units.
  const length = [...value].length;
  if (length === 0) return [{ rule: 'lengths', path, message: `${what} is empty` }];
  if (length > max)
    return [{ rule: 'lengths', path, message: `${what} has ${length} characters; at most ${max} allowed` }];
  return [];
}

/** DefaultValue plus each Override's Value of a locale-aware setting or resource string. */
function checkLocaleAware(element: XmlElement, max: number): ManifestFinding[] {
  const name = localName(element.name);
  const label = element.attributes['id'] ? `${name} "${element.attributes['id']}"` : name;
  const findings = checkLength(element.path, `${label} DefaultValue`, element.attributes['DefaultValue'], max);
  for (const override of childrenNamed(element, 'Override')) {
    const locale = override.attributes['Locale'] ?? '?';
    findings.push(...checkLength(override.path, `${label} Override (${locale})`, override.attributes['Value'], max));
  }
  return findings;
}

export const lengthRule: ManifestRule = ({ root }) => {
  const findings: ManifestFinding[] = [];
  const displayName = firstChild(root, 'DisplayName');
  if (displayName) findings.push(...checkLocaleAware(displayName, SHORT_STRING_MAX));
  const description = firstChild(root, 'Description');
  if (description) findings.push(...checkLocaleAware(description, LONG_STRING_MAX));
  const provider = firstChild(root, 'ProviderName');
  if (provider) findings.push(...checkLength(provider.path, 'ProviderName', provider.text, SHORT_STRING_MAX));
  for (const element of allElements(root)) {
    const name = localName(element.name);
    if (name === 'ShortStrings' || name === 'LongStrings') {
      const max = name === 'ShortStrings' ? SHORT_STRING_MAX : LONG_STRING_MAX;
      for (const string of childrenNamed(element, 'String')) findings.push(...checkLocaleAware(string, max));
    }
  }
  return findings;
};
