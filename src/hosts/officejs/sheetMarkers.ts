/**
 * Reading sheet markers through Office.js (the storage is described in
 * src/workbook/marker.ts): every workbook-scoped marker with one collection load in the
 * batch that needs them, and — where the batch holds a sheet object anyway —
 * the legacy sheet-scoped marker and the pending mark of that sheet.
 * Shared by the readers (readInputs.ts, read.ts), the write's inspection
 * (write/applyWritePlan.ts) and the explainer (explain.ts).
 */
import {
  LEGACY_MARKER_NAME,
  PENDING_NAME,
  textOfFormula,
  workbookMarkers,
  type WorkbookMarkers,
} from '../../workbook/marker';

/** Queues the load of the workbook-scoped names (readable after the sync). */
export function loadWorkbookNames(ctx: Excel.RequestContext): Excel.NamedItemCollection {
  return ctx.workbook.names.load('items/name,items/formula');
}

/** Our markers among the loaded names, mapped to the sheets that exist now. */
export function markersOf(names: Excel.NamedItemCollection, sheetNames: string[]): WorkbookMarkers {
  return workbookMarkers(
    names.items.map((n) => ({ name: n.name, formula: formulaText(n) })),
    sheetNames,
  );
}

/** The legacy marker and the pending mark of a sheet the batch holds (null objects when absent). */
export interface SheetProbe {
  legacy: Excel.NamedItem;
  pending: Excel.NamedItem;
}

/** Queues the probe; OrNullObject results are only tested with isNullObject, never called on. */
export function probeSheet(sheet: Excel.Worksheet): SheetProbe {
  return {
    legacy: sheet.names.getItemOrNullObject(LEGACY_MARKER_NAME).load('formula'),
    pending: sheet.names.getItemOrNullObject(PENDING_NAME),
  };
}

/** True when the probe found the legacy marker (the text need not be ours; the caller parses it). */
export function legacyText(probe: SheetProbe): string | undefined {
  return probe.legacy.isNullObject ? undefined : textOfFormula(formulaText(probe.legacy));
}

/** A name's formula ('=…'): Office.js types it as any; anything but text is no marker of ours. */
function formulaText(name: Excel.NamedItem): string {
  const formula: unknown = name.formula;
  return typeof formula === 'string' ? formula : '';
}

/**
 * The marker text of a finished sheet of ours, undefined for the user's own
 * sheets: the workbook-scoped marker, else the legacy one when the sheet was
 * probed; nothing for a sheet still carrying the pending mark.
 */
export function sheetMarker(sheetName: string, markers: WorkbookMarkers, probe?: SheetProbe): string | undefined {
  if (probe && !probe.pending.isNullObject) return undefined;
  const stored = markers.bySheet.get(sheetName.toLowerCase());
  if (stored) return stored.text;
  return probe ? legacyText(probe) : undefined;
}
