/**
 * The Resources section of VersionOverrides as a lookup table: resource id →
 * kind and values. Shared by the resid, icon and task-pane URL rules.
 */
import { allElements, childrenNamed, localName, type XmlElement } from './xml';

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

export interface Resource {
  id: string;
  kind: ResourceKind;
  element: XmlElement;
  /** DefaultValue first, then every Override's Value. */
  values: string[];
}

/** Every resource declared anywhere in the manifest (normally one Resources element). */
export function collectResources(root: XmlElement): Resource[] {
  const resources: Resource[] = [];
  for (const section of allElements(root).filter((el) => localName(el.name) === 'Resources')) {
    for (const group of section.children) {
      const kind = localName(group.name) as ResourceKind;
      if (!RESOURCE_KINDS.includes(kind)) continue;
      for (const entry of group.children) {
        const values = [
          entry.attributes['DefaultValue'],
          ...childrenNamed(entry, 'Override').map((o) => o.attributes['Value']),
        ];
        resources.push({
          id: entry.attributes['id'] ?? '',
          kind,
          element: entry,
          values: values.filter((value): value is string => value !== undefined),
        });
      }
    }
  }
  return resources;
}

export function resourceById(resources: readonly Resource[], id: string): Resource | undefined {
  return resources.find((resource) => resource.id === id);
}
