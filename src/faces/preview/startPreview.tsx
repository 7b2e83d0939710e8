/**
 * Starts the preview outside Office: the emulated workbook with the sample,
 * the same WorkbookSession the pane uses inside Excel (so the Office.js
 * adapter code runs for real against the emulation), and the task pane in
 * the layout with the workbook grid. Loaded lazily: none of this is in the
 * pane's first chunk.
 */
import type { ReactNode } from 'react';
import type { Root as ReactRoot } from 'react-dom/client';
import type { WorkbookSession } from '../../app/session';
import { createWorkbookSession } from '../../hosts/officejs/session';
import type { IsSetSupported } from '../../hosts/officejs/types';
import { detectCapabilities } from '../taskpane/host/capabilities';
import type { HostInfo } from '../taskpane/host/detectHost';
import { paneLanguage } from '../taskpane/i18n/languageChoice';
import { App } from '../taskpane/ui/App';
import { Root } from '../taskpane/ui/Root';
import { PreviewLayout } from './PreviewLayout';
import { createPreviewStore, observedSession, type PreviewStore } from './previewStore';
import { createPreviewWorkbook, previewStartOf } from './previewWorkbook';

interface Preview {
  session: WorkbookSession;
  store: PreviewStore;
  PreviewLayout: (props: { children: ReactNode }) => ReactNode;
}

function startPreview({ isSetSupported }: { isSetSupported: IsSetSupported }): Preview {
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

/** The task pane over the preview's session, beside the emulated workbook's grid. */
export function startPreviewPane(root: ReactRoot, host: HostInfo): void {
  const capabilities = detectCapabilities(host.isSetSupported);
  const { session, PreviewLayout } = startPreview({ isSetSupported: host.isSetSupported });
  root.render(
    <Root key="preview" theme={host.theme} initialLanguage={paneLanguage(host.language)}>
      {(_, setLanguage) => (
        <PreviewLayout>
          <App
            session={session}
            capabilities={capabilities}
            officeLanguage={host.language}
            onLanguage={setLanguage}
            preview
            stepDelayMs={host.stepDelayMs}
          />
        </PreviewLayout>
      )}
    </Root>,
  );
}
