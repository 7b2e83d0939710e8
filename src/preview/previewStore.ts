/**
 * The preview's live view of the emulated workbook for React: a version
 * number bumped after every session call and every edit in the preview grid,
 * so the grid re-reads the workbook exactly when it may have changed, and the
 * selected cell (from the emulation when it reports one, else from the last
 * selectCell call).
 */
import type { EmulatedWorkbook } from '../excel-emulation';
import type { WorkbookSession } from '../taskpane/services/session';

export interface Selection {
  sheet: string;
  address: string;
}

export interface PreviewStore {
  workbook: EmulatedWorkbook;
  version(): number;
  subscribe(listener: () => void): () => void;
  changed(): void;
  selection(): Selection | null;
  select(selection: Selection): void;
}

export function createPreviewStore(workbook: EmulatedWorkbook): PreviewStore {
  let version = 0;
  let selected: Selection | null = null;
  const listeners = new Set<() => void>();
  const store: PreviewStore = {
    workbook,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed() {
      version += 1;
      for (const listener of listeners) listener();
    },
    selection() {
      const fromBook = (workbook as { selection?: () => Selection | undefined }).selection?.();
      return fromBook ?? selected;
    },
    select(selection) {
      selected = selection;
      store.changed();
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
    writeScenarios: (model, output, language) => after(session.writeScenarios(model, output, language)),
    explainSelection: (language) => session.explainSelection(language),
  };
}
