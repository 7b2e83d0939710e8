/**
 * The preview's live view of the emulated workbook for React: a version
 * number bumped after every session call and every edit in the preview grid,
 * so the grid re-reads the workbook exactly when it may have changed, and the
 * selected cell (from the emulation when it reports one, else from the last
 * selection made through the preview or the session).
 *
 * It also stands in for Office's DocumentSelectionChanged event, which the
 * Excel emulation does not model: selection listeners hear of every cell
 * selected in the grid or by the add-in, and of every change of active sheet
 * (a tab click, a write that activates the summary), after which the active
 * cell is A1 of that sheet as the emulation's getActiveCell reports it.
 */
import type { EmulatedWorkbook } from '../../hosts/emulation';
import type { WorkbookSession } from '../../app/session';

export interface Selection {
  sheet: string;
  address: string;
}

export interface PreviewStore {
  workbook: EmulatedWorkbook;
  // Properties, not methods: React's useSyncExternalStore takes them detached from the store.
  version: () => number;
  subscribe: (listener: () => void) => () => void;
  changed(): void;
  selection(): Selection | null;
  /** A cell was selected (its sheet activated) through Excel.run: remember it and tell both kinds of listener. */
  select(selection: Selection): void;
  /** Calls listener after every selection change, as Office's DocumentSelectionChanged would; returns the unsubscribe. */
  onSelectionChanged(listener: () => void): () => void;
}

export function createPreviewStore(workbook: EmulatedWorkbook): PreviewStore {
  let version = 0;
  let selected: Selection | null = null;
  /** The active sheet when the selection was last known: another one means Excel moved the selection to it. */
  let lastActive = workbook.activeSheet();
  const listeners = new Set<() => void>();
  const selectionListeners = new Set<() => void>();
  const notify = (moved: boolean) => {
    version += 1;
    for (const listener of listeners) listener();
    if (moved) for (const listener of [...selectionListeners]) listener();
  };
  const store: PreviewStore = {
    workbook,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      const active = workbook.activeSheet();
      const moved = active !== lastActive;
      if (moved) {
        lastActive = active;
        selected = active === undefined ? null : { sheet: active, address: 'A1' };
      }
      notify(moved);
    },
    selection() {
      const fromBook = (workbook as { selection?: () => Selection | undefined }).selection?.();
      return fromBook ?? selected;
    },
    select(selection) {
      lastActive = workbook.activeSheet();
      selected = selection;
      notify(true);
    },
    onSelectionChanged(listener) {
      selectionListeners.add(listener);
      return () => void selectionListeners.delete(listener);
    },
  };
  return store;
}

/** The session, telling the store after each call (success or failure) that the workbook may have changed. */
export function observedSession(session: WorkbookSession, store: PreviewStore): WorkbookSession {
  const after = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } finally {
      store.changed();
    }
  };
  return {
    inspect: () => after(session.inspect()),
    createInputSheets: (language) => after(session.createInputSheets(language)),
    selectCell: async (at) => {
      await after(session.selectCell(at));
      store.select({ sheet: at.sheet, address: at.cell });
    },
    saveParameters: (choices) => after(session.saveParameters(choices)),
    writeScenarios: (calculation, language, compute, options) =>
      after(session.writeScenarios(calculation, language, compute, options)),
    removeGeneratedSheets: (language, confirmed) => after(session.removeGeneratedSheets(language, confirmed)),
    ...(session.addDecision ? { addDecision: (entry, language) => after(session.addDecision!(entry, language)) } : {}),
    explainSelection: (language) => session.explainSelection(language),
    // Always available here: the grid and the session report every selection (see createPreviewStore).
    watchSelection: (onChange) => store.onSelectionChanged(onChange),
  };
}
