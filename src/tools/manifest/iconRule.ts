/**
 * Rule 'icons': every icon URL names a file under assets/ that the build
 * serves, and that file is a PNG of the pixel size the manifest declares.
 * Office scales a wrong-sized icon blurrily or drops it; AppSource and the
 * admin center reject it.
 */
import { collectResources, resourceById } from './resources';
import type { ManifestContext, ManifestFinding, ManifestRule } from './types';
import { allElements, childrenNamed, firstChild, localName, type XmlElement } from './xml';

/** Task pane add-ins: IconUrl 32 × 32, HighResolutionIconUrl 64 × 64 (manifest reference). */
export const APP_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 } as const;

/** 'https://host/assets/icon-16.png' → 'icon-16.png' when it lies under the base URL's assets/. */
export function assetPathFromUrl(url: string, baseUrl: string): string | undefined {
  const prefix = `${baseUrl}/assets/`;
  if (!url.startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length).split(/[?#]/)[0]!;
  const segments = rest.split('/');
  if (rest === '' || segments.some((segment) => segment === '' || segment === '..' || segment === '.'))
    return undefined;
  return segments.map((segment) => decodeURIComponent(segment)).join('/');
}

type Located = { ok: true; asset: string; width: number; height: number } | { ok: false; message: string };

/** Finds the PNG an icon URL names, or says why it cannot. */
function locateIcon(context: ManifestContext, url: string): Located {
  const asset = assetPathFromUrl(url, context.baseUrl);
  if (asset === undefined) return { ok: false, message: `icon ${url} is not a file under ${context.baseUrl}/assets/` };
  const found = context.lookupAsset(asset);
  if (found.kind === 'missing')
    return { ok: false, message: `icon ${url} names assets/${asset}, which does not exist` };
  if (found.kind === 'notPng') return { ok: false, message: `icon assets/${asset} is not a PNG file` };
  return { ok: true, asset, ...found.size };
}

function sizeProblem(located: Located, size: number): string | undefined {
  if (!located.ok || (located.width === size && located.height === size)) return undefined;
  return `icon assets/${located.asset} is ${located.width} × ${located.height} px; the manifest declares ${size} × ${size}`;
}

function urlValues(element: XmlElement): string[] {
  const values = [
    element.attributes['DefaultValue'],
    ...childrenNamed(element, 'Override').map((o) => o.attributes['Value']),
  ];
  return values.filter((value): value is string => value !== undefined);
}

export const iconRule: ManifestRule = (context) => {
  const { root } = context;
  const findings: ManifestFinding[] = [];
  const report = (path: string, message: string | undefined): void => {
    if (message !== undefined) findings.push({ rule: 'icons', path, message });
  };

  for (const [name, size] of Object.entries(APP_ICON_SIZES)) {
    const element = firstChild(root, name);
    if (!element) continue;
    for (const url of urlValues(element)) {
      const located = locateIcon(context, url);
      report(element.path, located.ok ? sizeProblem(located, size) : located.message);
    }
  }

  // Every declared image must exist, even one no control uses yet …
  const images = collectResources(root).filter((resource) => resource.kind === 'Images');
  for (const image of images) {
    for (const url of image.values) {
      const located = locateIcon(context, url);
      if (!located.ok) report(image.element.path, located.message);
    }
  }
  // … and each use in an <Icon> declares the size the file must have.
  for (const use of allElements(root).filter(
    (el) => localName(el.name) === 'Image' && el.attributes['size'] !== undefined,
  )) {
    const image = resourceById(images, use.attributes['resid'] ?? '');
    if (!image) continue; // an unresolved resid is the resid rule's finding
    for (const url of image.values)
      report(use.path, sizeProblem(locateIcon(context, url), Number(use.attributes['size'])));
  }
  return findings;
};
