/**
 * "Förklara markerad siffra": explains the figure selected on a generated
 * sheet in words with the numbers used, shown in a polite live region so a
 * screen reader reads it once it arrives. While the panel is shown and
 * "Följ markeringen" is on (the default, where the host reports selection
 * changes), the explanation follows the selection in Excel; the button reads
 * the selection again on request. The caller passes the explain function
 * (src/hosts/officejs/explain.ts bound to the session's run) and the host's
 * selection events, so the component knows nothing of Office.js. Timing
 * lives in services/explainFollower.ts, what is shown in state/explainView.ts.
 */
import { useEffect, useId, useReducer, useRef, useState } from 'react';
import { Button, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { formatValue, type Explanation } from '../../../workbook/explain';
import { explainSv, type ExplainMessageKey } from '../i18n/explain.sv';
import { explainEn } from '../i18n/explain.en';
import type { Language } from '../i18n/catalogue';
import { createExplainFollower, type ExplainFollower } from '../services/explainFollower';
import type { WatchSelection } from '../../../app/session';
import { explainViewReducer, initialExplainView, type ExplainView } from '../state/explainView';

export interface ExplainFigureProps {
  explain: () => Promise<Explanation | undefined>;
  /** The host's selection-changed events; without them the panel explains on the button only. */
  watchSelection?: WatchSelection | undefined;
  language: Language;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  controls: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  region: { minHeight: tokens.lineHeightBase300 },
  cell: { color: tokens.colorNeutralForeground3 },
  inputs: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function text(language: Language, key: ExplainMessageKey, params: Record<string, string> = {}): string {
  const template = (language === 'en' ? explainEn : explainSv)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** An adapter error's message in the pane's language (ExcelAdapterError carries both), else its message. */
function reasonOf(error: unknown, language: Language): string {
  const bilingual = (error as { text?: { sv?: unknown; en?: unknown } } | null)?.text;
  const localised = bilingual?.[language];
  if (typeof localised === 'string') return localised;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The follower for this panel's lifetime, made in an effect so a remount
 * (React's strict mode runs effects twice) gets a fresh one after the old is
 * disposed. The read goes through a ref so the latest `explain` (bound to the
 * current language) is used without recreating the follower on every render.
 */
function useFollower(explain: ExplainFigureProps['explain']) {
  const [view, dispatch] = useReducer(explainViewReducer<Explanation>, undefined, initialExplainView<Explanation>);
  const explainRef = useRef(explain);
  const followerRef = useRef<ExplainFollower | null>(null);
  useEffect(() => {
    explainRef.current = explain;
  }, [explain]);
  useEffect(() => {
    const follower = createExplainFollower(() => explainRef.current(), dispatch);
    followerRef.current = follower;
    return () => {
      follower.dispose();
      followerRef.current = null;
    };
  }, []);
  return { view, followerRef };
}

export function ExplainFigure({ explain, watchSelection, language }: ExplainFigureProps) {
  const styles = useStyles();
  const regionId = useId();
  const { view, followerRef } = useFollower(explain);
  const [follow, setFollow] = useState(true);
  const [unavailable, setUnavailable] = useState(false);
  const canFollow = watchSelection !== undefined && !unavailable;
  const following = canFollow && follow;

  // Subscribed only while the panel is shown and following is on; the cleanup removes the handler.
  // Declared after useFollower's effect, so the follower exists when this runs.
  useEffect(() => {
    const follower = followerRef.current;
    if (!following || !watchSelection || !follower) return undefined;
    const stop = watchSelection(
      () => follower.selectionChanged(),
      () => setUnavailable(true),
    );
    return () => {
      stop();
      follower.cancelPending();
    };
  }, [following, watchSelection, followerRef]);

  return (
    <div className={styles.root}>
      <div className={styles.controls}>
        <Button appearance="secondary" aria-controls={regionId} onClick={() => followerRef.current?.refresh()}>
          {text(language, 'explainButton')}
        </Button>
        {canFollow && (
          <Switch
            checked={follow}
            label={text(language, 'explainFollow')}
            onChange={(_, data) => {
              setFollow(data.checked);
              // Switched on: explain what is selected now rather than wait for the next move.
              if (data.checked) followerRef.current?.selectionChanged();
            }}
          />
        )}
      </div>
      <div
        id={regionId}
        role="region"
        aria-label={text(language, 'explainRegion')}
        aria-live="polite"
        aria-busy={view.reading}
        className={styles.region}
      >
        <Shown view={view} following={following} language={language} />
      </div>
    </div>
  );
}

function Shown({
  view,
  following,
  language,
}: {
  view: ExplainView<Explanation>;
  following: boolean;
  language: Language;
}) {
  const styles = useStyles();
  const { shown } = view;
  switch (shown.kind) {
    case 'idle':
      return view.reading ? <Text>{text(language, 'explainWorking')}</Text> : null;
    case 'none':
      return <Text>{text(language, following ? 'explainNoneFollowing' : 'explainNone')}</Text>;
    case 'failed':
      return (
        // Keyed by the announcement: a new element is spoken again, the same one is not.
        <Text key={shown.announcement} role="alert">
          {text(language, 'explainFailed', { reason: reasonOf(shown.error, language) })}
        </Text>
      );
    case 'done':
      return (
        <>
          <Text as="p" block className={styles.cell}>
            {text(language, 'explainCell', { sheet: shown.explanation.sheet, address: shown.explanation.address })}
          </Text>
          <Text as="p" block>
            {shown.explanation.text}
          </Text>
          {shown.explanation.inputs.length > 0 && (
            <>
              <Text weight="semibold">{text(language, 'explainInputs')}</Text>
              <ul className={styles.inputs}>
                {shown.explanation.inputs.map((input) => (
                  <li key={input.ref}>
                    {input.ref}: {input.label} = {formatValue(input.value, language)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      );
  }
}
