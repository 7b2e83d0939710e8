/**
 * Follows the selection in Excel through the Common API's document event
 * (Office.EventType.DocumentSelectionChanged, requirement set DocumentEvents:
 * Excel on Windows, Mac and the web). Chosen over Excel's
 * `workbook.onSelectionChanged` (ExcelApi 1.2, so within the manifest's 1.7)
 * because that handler belongs to the RequestContext it was added in and can
 * only be removed through that same context, which would have to be kept alive
 * outside Excel.run; the document event needs no context and fires for a
 * change of sheet too. Feature-detected: a host without the event, or one that
 * refuses the handler, is reported as unavailable and the pane keeps its
 * button.
 */
import type { OfficeDocumentEvents } from './officeDocumentEvents';

/** The parts of office.js this module touches, so tests can pass a fake that fails on anything else. */
export interface OfficeSelectionApi {
  context: {
    document?: OfficeDocumentEvents;
  };
  EventType?: { DocumentSelectionChanged?: Office.EventType };
  AsyncResultStatus?: { Succeeded?: Office.AsyncResultStatus };
}

/**
 * Calls onChange on every selection change in the document until the
 * returned function is called; onUnavailable once when the host has no such
 * event or refuses the handler. Stopping before Office confirmed the handler
 * removes it as soon as the confirmation arrives.
 */
export function watchDocumentSelection(
  office: OfficeSelectionApi,
  onChange: () => void,
  onUnavailable: () => void,
): () => void {
  const type = office.EventType?.DocumentSelectionChanged;
  const target = office.context.document;
  let stopped = false;
  let registered = false;
  // One function object for add and remove: Office removes a handler by identity.
  const handler = () => {
    if (!stopped) onChange();
  };
  const remove = () => {
    registered = false;
    if (type) target?.removeHandlerAsync?.(type, { handler });
  };

  if (!type || typeof target?.addHandlerAsync !== 'function') {
    onUnavailable();
    return () => undefined;
  }
  try {
    target.addHandlerAsync(type, handler, (result) => {
      if (result.status !== office.AsyncResultStatus?.Succeeded) {
        if (!stopped) onUnavailable();
        return;
      }
      registered = true;
      if (stopped) remove();
    });
  } catch {
    // An older host throws for an event type it does not know: the button remains.
    onUnavailable();
    return () => undefined;
  }
  return () => {
    stopped = true;
    if (registered) remove();
  };
}
