/**
 * The vocabulary of the offline manifest check: what a rule receives (the
 * parsed manifest plus what it needs to know about the build and the assets)
 * and what it returns (findings, collected, never thrown).
 */
import type { XmlElement } from './xml';

export type RuleId =
  'wellFormed' | 'structure' | 'identity' | 'lengths' | 'resids' | 'icons' | 'https' | 'taskpaneUrl' | 'requirements';

export interface ManifestFinding {
  rule: RuleId;
  /** Where in the manifest, e.g. 'OfficeApp/DisplayName'. */
  path: string;
  message: string;
}

export interface ImageSize {
  width: number;
  height: number;
}

/** What an asset lookup found: the file's pixel size, a file that is not a PNG, or nothing. */
export type AssetLookup = { kind: 'png'; size: ImageSize } | { kind: 'notPng' } | { kind: 'missing' };

export interface ManifestContext {
  /** The OfficeApp element. */
  root: XmlElement;
  /** The origin (and optional path) every add-in URL starts with, without trailing slash. */
  baseUrl: string;
  /** Looks up a file below assets/, e.g. 'icon-32.png'. */
  lookupAsset: (relativePath: string) => AssetLookup;
  /** Pages the build writes at the root of dist/, e.g. ['taskpane.html', 'support.html']. */
  builtPages: readonly string[];
}

export type ManifestRule = (context: ManifestContext) => ManifestFinding[];
