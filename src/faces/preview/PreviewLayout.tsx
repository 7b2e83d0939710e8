/**
 * The preview page: the task pane at Office's pane width on the left, the
 * emulated workbook on the right; in a window of pane width, the pane alone.
 */
import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { PreviewGrid } from './PreviewGrid';
import type { PreviewStore } from './previewStore';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  // 350 px is Excel's default task pane width on the desktop.
  pane: {
    flex: '0 0 350px',
    width: '350px',
    overflowY: 'auto',
    height: '100vh',
    // A window as narrow as a task pane (320–700 px) shows the pane alone, at the window's width, as Excel would.
    '@media (max-width: 700px)': { flex: '1 1 auto', width: '100%' },
  },
  grid: { flex: '1 1 auto', minWidth: 0, '@media (max-width: 700px)': { display: 'none' } },
});

export function PreviewLayout({ store, children }: { store: PreviewStore; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <div className={styles.pane}>{children}</div>
      <div className={styles.grid}>
        <PreviewGrid store={store} />
      </div>
    </div>
  );
}
