/**
 * Starts the preview outside Office: the emulated workbook with the sample,
 * the same WorkbookSession the pane uses inside Excel (so the Office.js
 * adapter code runs for real against the emulation), and the layout with
 * the workbook grid. Loaded lazily: none of this is in the pane's first chunk.
 */
import type { ReactNode } from 'react';
import type { IsSetSupported } from '../taskpane/host/capabilities';
import { createWorkbookSession } from '../taskpane/services/officeSession';
import type { WorkbookSession } from '../taskpane/services/session';
import { PreviewLayout } from './PreviewLayout';
import { createPreviewStore, observedSession, type PreviewStore } from './previewStore';
import { createPreviewWorkbook, previewStartOf } from './previewWorkbook';

export interface Preview {
  session: WorkbookSession;
  store: PreviewStore;
  PreviewLayout: (props: { children: ReactNode }) => ReactNode;
}

export function startPreview({ isSetSupported }: { isSetSupported: IsSetSupported }): Preview {
  const workbook = createPreviewWorkbook(previewStartOf(window.location.search));
  const store = createPreviewStore(workbook);
  const session = observedSession(
    createWorkbookSession({ run: workbook.run, isSetSupported, illustrative: true }),
    store,
  );
  return {
    session,
    store,
    PreviewLayout: ({ children }) => <PreviewLayout store={store}>{children}</PreviewLayout>,
  };
}
