/**
 * The task pane's entry: decide from what Office puts into the page whether
 * we run inside Office (host/insideOffice.ts). Inside Office, show that we
 * are connecting and wait for Office.onReady as long as it takes, then start
 * the pane over Excel.run — never the sample. In a plain browser, start the
 * preview over the in-memory Excel emulation loaded with the Stockholm
 * sample. The workbook layer, the engine and the preview are loaded lazily
 * (separate chunks), so the first paint needs only React and Fluent.
 */
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import type { ExcelRun } from '../../hosts/officejs/types';
import { detectCapabilities } from './host/capabilities';
import { detectHost, type HostInfo } from './host/detectHost';
import { hostLocale, readHostSignals, startPlan } from './host/insideOffice';
import { watchDocumentSelection } from './host/watchDocumentSelection';
import { languageFromLocale, type Language } from './i18n/catalogue';
import { browserStore, readLanguageChoice, resolveLanguage } from './i18n/languageChoice';
import { App } from './ui/App';
import { HostStatus } from './ui/HostStatus';
import { Root } from './ui/Root';

/** Office's display language, unless the analyst chose another under Inställningar (i18n/languageChoice.ts). */
function paneLanguage(host: HostInfo): Language {
  return resolveLanguage(readLanguageChoice(browserStore()), host.language);
}

async function startOffice(root: ReactRoot, host: HostInfo): Promise<void> {
  const capabilities = detectCapabilities(host.isSetSupported);
  const { createWorkbookSession } = await import(/* webpackChunkName: "workbook" */ './services/officeSession');
  const run: ExcelRun = (batch) => Excel.run(batch);
  const session = createWorkbookSession({
    run,
    isSetSupported: host.isSetSupported,
    illustrative: false,
    watchSelection: (onChange, onUnavailable) => watchDocumentSelection(Office, onChange, onUnavailable),
  });
  root.render(
    // A key per stage: the connecting screen's Root (no theme yet) must not lend its state to this one.
    <Root key="office" theme={host.theme} watchTheme={host.watchTheme} initialLanguage={paneLanguage(host)}>
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

async function startPreview(root: ReactRoot, host: HostInfo): Promise<void> {
  const capabilities = detectCapabilities(host.isSetSupported);
  const { startPreview } = await import(/* webpackChunkName: "preview" */ '../preview/startPreview');
  const { session, PreviewLayout } = startPreview({ isSetSupported: host.isSetSupported });
  root.render(
    <Root key="preview" theme={host.theme} initialLanguage={paneLanguage(host)}>
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

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html lacks <div id="root">');
  const root = createRoot(container);
  const signals = readHostSignals(window);
  const plan = startPlan(signals);
  // Before office.js answers, Office's locale comes from its host info; the preview's from ?lang=.
  const language = resolveLanguage(
    readLanguageChoice(browserStore()),
    languageFromLocale(hostLocale(signals) ?? new URLSearchParams(window.location.search).get('lang')),
  );
  if (plan.kind === 'office') {
    root.render(
      <Root key="connecting" theme={null} initialLanguage={language}>
        {() => <HostStatus state="connecting" />}
      </Root>,
    );
  }
  const host = await detectHost(plan, window.location.search);
  if (host.kind === 'problem') {
    root.render(
      <Root key="problem" theme={null} initialLanguage={language}>
        {() => <HostStatus state={host} />}
      </Root>,
    );
    return;
  }
  await (host.kind === 'office' ? startOffice(root, host) : startPreview(root, host));
}

start().catch((error: unknown) => {
  // Nothing rendered yet: show the failure as text (no markup injection).
  const container = document.getElementById('root');
  if (container) container.textContent = `Skolkostnad kunde inte starta / could not start: ${String(error)}`;
  throw error;
});
