/**
 * The task pane's entry: find out whether we run inside Office, then start
 * the pane over Excel.run — or, in a plain browser, the preview over the
 * in-memory Excel emulation loaded with the Stockholm sample. The workbook
 * layer, the engine and the preview are loaded lazily (separate chunks), so
 * the first paint needs only React and Fluent.
 */
import { createRoot } from 'react-dom/client';
import type { ExcelRun } from '../excel/types';
import { detectCapabilities } from './host/capabilities';
import { detectHost } from './host/detectHost';
import { App } from './ui/App';
import { Root } from './ui/Root';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html lacks <div id="root">');
  const host = await detectHost();
  const capabilities = detectCapabilities(host.isSetSupported);
  const root = createRoot(container);

  if (host.kind === 'office') {
    const { createWorkbookSession } = await import(/* webpackChunkName: "workbook" */ './services/officeSession');
    const run: ExcelRun = (batch) => Excel.run(batch);
    const session = createWorkbookSession({ run, isSetSupported: host.isSetSupported, illustrative: false });
    root.render(
      <Root theme={host.theme} initialLanguage={host.language}>
        {(_, setLanguage) => (
          <App session={session} capabilities={capabilities} onLanguage={setLanguage} preview={false} stepDelayMs={0} />
        )}
      </Root>,
    );
    return;
  }

  const { startPreview } = await import(/* webpackChunkName: "preview" */ '../preview/startPreview');
  const { session, PreviewLayout } = await startPreview({ isSetSupported: host.isSetSupported });
  root.render(
    <Root theme={host.theme} initialLanguage={host.language}>
      {(_, setLanguage) => (
        <PreviewLayout>
          <App
            session={session}
            capabilities={capabilities}
            onLanguage={setLanguage}
            preview
            stepDelayMs={host.stepDelayMs}
          />
        </PreviewLayout>
      )}
    </Root>,
  );
}

start().catch((error: unknown) => {
  // Nothing rendered yet: show the failure as text (no markup injection).
  const container = document.getElementById('root');
  if (container) container.textContent = `Skolkostnad kunde inte starta / could not start: ${String(error)}`;
  throw error;
});
