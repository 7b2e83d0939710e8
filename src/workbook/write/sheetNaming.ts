/**
 * Decides the names of the sheets a plan writes, given the sheets the
 * workbook has now. Our own sheets are recognised by their marker, never by
 * name: a marked sheet with the same key is replaced (its name is free for
 * the new sheet); any other sheet, above all a user's own, keeps its name,
 * and a planned sheet that wanted that name gets "Name (2)" and is reported.
 */
import { parseMarker } from '../fingerprint';
import { safeSheetName, validSheetName } from '../sheetNames';

export interface ExistingSheet {
  name: string;
  marker?: string;
}

export interface NameRequest {
  key: string;
  wanted: string;
}

export interface NameDecision {
  key: string;
  name: string;
  /** Existing sheet of ours with the same key, which the new sheet replaces. */
  replaces?: string;
  /** Set when the name differs from the wanted (valid) name because of a clash. */
  renamedFrom?: string;
}

export function assignSheetNames(requests: NameRequest[], existing: ExistingSheet[]): NameDecision[] {
  const plannedKeys = new Set(requests.map((r) => r.key));
  const replaced = new Map<string, string>();
  const kept: string[] = [];
  for (const sheet of existing) {
    const key = parseMarker(sheet.marker)?.key;
    if (key !== undefined && plannedKeys.has(key) && !replaced.has(key)) replaced.set(key, sheet.name);
    else kept.push(sheet.name);
  }
  const taken = [...kept];
  return requests.map((request) => {
    const valid = validSheetName(request.wanted);
    const name = safeSheetName(request.wanted, taken);
    taken.push(name);
    const decision: NameDecision = { key: request.key, name };
    const old = replaced.get(request.key);
    if (old !== undefined) decision.replaces = old;
    if (name !== valid) decision.renamedFrom = valid;
    return decision;
  });
}
