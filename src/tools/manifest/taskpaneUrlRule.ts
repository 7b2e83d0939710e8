/**
 * Rule 'taskpaneUrl': the task pane the add-in opens (DefaultSettings and
 * every ShowTaskpane button) is a page the build produces, under the base URL.
 * A typo here is only noticed when Excel shows a blank pane.
 */
import { collectResources, resourceById } from './resources';
import type { ManifestContext, ManifestFinding, ManifestRule } from './types';
import { allElements, childrenNamed, descend, firstChild } from './xml';

function checkPageUrl(context: ManifestContext, path: string, url: string): ManifestFinding[] {
  const prefix = `${context.baseUrl}/`;
  const page = url.startsWith(prefix) ? url.slice(prefix.length).split(/[?#]/)[0]! : undefined;
  if (page !== undefined && context.builtPages.includes(page)) return [];
  return [
    {
      rule: 'taskpaneUrl',
      path,
      message: `task pane URL ${url} is not a page the build produces (${context.builtPages.map((p) => `${prefix}${p}`).join(', ')})`,
    },
  ];
}

export const taskpaneUrlRule: ManifestRule = (context) => {
  const findings: ManifestFinding[] = [];
  const source = descend(context.root, 'DefaultSettings', 'SourceLocation');
  if (source) {
    const values = [
      source.attributes['DefaultValue'],
      ...childrenNamed(source, 'Override').map((o) => o.attributes['Value']),
    ];
    for (const url of values) if (url !== undefined) findings.push(...checkPageUrl(context, source.path, url));
  }
  const resources = collectResources(context.root);
  const actions = allElements(context.root).filter((el) => el.attributes['xsi:type'] === 'ShowTaskpane');
  for (const action of actions) {
    const location = firstChild(action, 'SourceLocation');
    const resource = location ? resourceById(resources, location.attributes['resid'] ?? '') : undefined;
    if (!location || !resource) continue; // missing element or resid: the structure and resid rules say so
    for (const url of resource.values) findings.push(...checkPageUrl(context, location.path, url));
  }
  return findings;
};
