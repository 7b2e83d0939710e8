/**
 * The page's entry (taskpane.html): decide from what Office puts into the
 * page whether we run inside Office (insideOffice.ts). Inside Office, show
 * that we are connecting and wait for Office.onReady as long as it takes,
 * then start the task pane over Excel.run — never the sample. In a plain
 * browser, start the preview: the same pane over the in-memory Excel
 * emulation loaded with the Stockholm sample. The workbook layer, the engine
 * and the preview are loaded lazily (separate chunks), so the first paint
 * needs only React and Fluent.
 *
 * Its own folder because it picks between two faces: the task pane and the
 * preview (which builds on the task pane) never import each other's way up.
 */
import { createRoot } from 'react-dom/client';
import { hostLocale, readHostSignals, startPlan } from '../../hosts/officejs/office/insideOffice';
import { detectHost } from '../taskpane/host/detectHost';
import { languageFromLocale } from '../taskpane/i18n/catalogue';
import { paneLanguage } from '../taskpane/i18n/languageChoice';
import { startTaskPane } from '../taskpane/start';
import { HostStatus } from '../taskpane/ui/HostStatus';
import { Root } from '../taskpane/ui/Root';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html lacks <div id="root">');
  const root = createRoot(container);
  const signals = readHostSignals(window);
  const plan = startPlan(signals);
  // Before office.js answers, Office's locale comes from its host info; the preview's from ?lang=.
  const language = paneLanguage(
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
  if (host.kind === 'office') return startTaskPane(root, host);
  const { startPreviewPane } = await import(/* webpackChunkName: "preview" */ '../preview/startPreview');
  return startPreviewPane(root, host);
}

start().catch((error: unknown) => {
  // Nothing rendered yet: show the failure as text (no markup injection).
  const container = document.getElementById('root');
  if (container) container.textContent = `Skolkostnad kunde inte starta / could not start: ${String(error)}`;
  throw error;
});
