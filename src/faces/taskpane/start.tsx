/**
 * Starts the task pane inside Excel, once Office is ready: the session over
 * Excel.run (loaded lazily: the workbook layer, the engine and the Office.js
 * host are their own chunk), Office's theme and language, and the
 * document's selection events for the explanation panel.
 */
import type { Root as ReactRoot } from 'react-dom/client';
import { excelRun, watchExcelSelection } from '../../hosts/officejs/office/officeContext';
import { detectCapabilities } from './host/capabilities';
import type { HostInfo } from './host/detectHost';
import { paneLanguage } from './i18n/languageChoice';
import { App } from './ui/App';
import { Root } from './ui/Root';

export async function startTaskPane(root: ReactRoot, host: HostInfo): Promise<void> {
  const capabilities = detectCapabilities(host.isSetSupported);
  const { createWorkbookSession } = await import(/* webpackChunkName: "workbook" */ '../../hosts/officejs/session');
  const session = createWorkbookSession({
    run: excelRun,
    isSetSupported: host.isSetSupported,
    illustrative: false,
    watchSelection: watchExcelSelection,
  });
  root.render(
    // A key per stage: the connecting screen's Root (no theme yet) must not lend its state to this one.
    <Root key="office" theme={host.theme} watchTheme={host.watchTheme} initialLanguage={paneLanguage(host.language)}>
      {(_, setLanguage) => (
        <App
          session={session}
          capabilities={capabilities}
          officeLanguage={host.language}
          onLanguage={setLanguage}
          preview={false}
          stepDelayMs={0}
        />
      )}
    </Root>,
  );
}
