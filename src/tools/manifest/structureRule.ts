/**
 * Rule 'structure': the root is a TaskPaneApp OfficeApp, and every element
 * whose sequence the schema fixes has its required children, in order, with
 * nothing unknown among them.
 */
import { sequenceFor, type SequenceEntry } from './schemaOrder';
import type { ManifestFinding, ManifestRule } from './types';
import { allElements, firstChild, localName, type XmlElement } from './xml';

const APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
/** The schema's enumeration for a TaskPaneApp's <Permissions>. */
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];

function finding(path: string, message: string): ManifestFinding {
  return { rule: 'structure', path, message };
}

/** Checks one element's children against its sequence. */
export function checkSequence(element: XmlElement, sequence: readonly SequenceEntry[]): ManifestFinding[] {
  const findings: ManifestFinding[] = [];
  const counts = new Array<number>(sequence.length).fill(0);
  let position = 0;
  let lastAccepted: string | undefined;
  for (const child of element.children) {
    const name = localName(child.name);
    const index = sequence.findIndex((entry) => entry.name === name);
    if (index === -1) {
      const allowed = sequence.map((entry) => entry.name).join(', ');
      findings.push(
        finding(
          child.path,
          `<${name}> is not a valid child of <${localName(element.name)}> (allowed, in this order: ${allowed})`,
        ),
      );
      continue;
    }
    if (index < position) {
      findings.push(
        finding(child.path, `<${name}> must come before <${lastAccepted}> in <${localName(element.name)}>`),
      );
    } else {
      position = index;
      lastAccepted = name;
    }
    counts[index]! += 1;
    if (counts[index]! === sequence[index]!.max + 1) {
      findings.push(
        finding(child.path, `<${localName(element.name)}> may contain at most ${sequence[index]!.max} <${name}>`),
      );
    }
  }
  sequence.forEach((entry, index) => {
    if (counts[index]! < entry.min) {
      findings.push(finding(element.path, `<${localName(element.name)}> must contain <${entry.name}>`));
    }
  });
  return findings;
}

export const structureRule: ManifestRule = ({ root }) => {
  const findings: ManifestFinding[] = [];
  if (root.name !== 'OfficeApp') {
    return [finding(root.path, `the root element must be <OfficeApp>, found <${root.name}>`)];
  }
  if (root.attributes['xmlns'] !== APP_NAMESPACE) {
    findings.push(finding(root.path, `<OfficeApp> must declare xmlns="${APP_NAMESPACE}"`));
  }
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') {
    findings.push(
      finding(root.path, `<OfficeApp> must have xsi:type="TaskPaneApp", found "${root.attributes['xsi:type'] ?? ''}"`),
    );
  }
  const permissions = firstChild(root, 'Permissions');
  if (permissions && !PERMISSIONS.includes(permissions.text)) {
    findings.push(
      finding(permissions.path, `<Permissions> must be one of ${PERMISSIONS.join(', ')}; found "${permissions.text}"`),
    );
  }
  for (const element of allElements(root)) {
    const sequence = sequenceFor(element);
    if (sequence) findings.push(...checkSequence(element, sequence));
  }
  return findings;
};
