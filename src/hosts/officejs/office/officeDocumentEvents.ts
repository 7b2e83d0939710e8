/**
 * The part of office.js's Common API document object that the pane's event
 * watchers use (selection and theme changes): adding a handler, with Office's
 * asynchronous confirmation, and removing it by identity. One type, so the
 * watchers and their fakes in tests agree on it.
 */
export interface OfficeDocumentEvents {
  addHandlerAsync?: (
    type: Office.EventType,
    handler: () => void,
    callback?: (result: { status: Office.AsyncResultStatus }) => void,
  ) => void;
  removeHandlerAsync?: (type: Office.EventType, options: { handler: () => void }) => void;
}
