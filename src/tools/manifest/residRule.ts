/**
 * Rule 'resids': every resid names a declared resource of the kind its element
 * needs (a Label a short string, a SourceLocation a URL, an icon an image),
 * ids are unique and at most 32 characters (the schema's ResourceId type).
 */
import { collectResources, resourceById, type ResourceKind } from './resources';
import type { ManifestFinding, ManifestRule } from './types';
import { allElements, localName } from './xml';

const RESID_MAX = 32;

/** The resource kind an element with a resid attribute must point at. */
const KIND_BY_ELEMENT: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export const residRule: ManifestRule = ({ root }) => {
  const findings: ManifestFinding[] = [];
  const resources = collectResources(root);
  const seen = new Set<string>();
  for (const resource of resources) {
    const path = resource.element.path;
    if (resource.id === '')
      findings.push({ rule: 'resids', path, message: `a resource in ${resource.kind} has no id` });
    else if (seen.has(resource.id))
      findings.push({ rule: 'resids', path, message: `resource id "${resource.id}" is declared twice` });
    if ([...resource.id].length > RESID_MAX) {
      findings.push({
        rule: 'resids',
        path,
        message: `resource id "${resource.id}" is longer than ${RESID_MAX} characters`,
      });
    }
    seen.add(resource.id);
  }
  for (const element of allElements(root)) {
    const resid = element.attributes['resid'];
    if (resid === undefined) continue;
    const name = localName(element.name);
    const resource = resourceById(resources, resid);
    if (!resource) {
      findings.push({
        rule: 'resids',
        path: element.path,
        message: `<${name} resid="${resid}"> has no matching resource in <Resources>`,
      });
      continue;
    }
    const expected = KIND_BY_ELEMENT[name];
    if (expected && resource.kind !== expected) {
      findings.push({
        rule: 'resids',
        path: element.path,
        message: `<${name} resid="${resid}"> must point at ${expected}, but "${resid}" is in ${resource.kind}`,
      });
    }
  }
  return findings;
};
