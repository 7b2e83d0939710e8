/**
 * "Förklara markerad siffra": a button that explains the figure selected on a
 * generated sheet in words with the numbers used, shown in a polite live
 * region so a screen reader reads it once it arrives. The caller passes the
 * explain function (src/excel/explain.ts bound to the session's run), so the
 * component knows nothing of Office.js. A button rather than a selection
 * subscription: the emulation models no selection events (see explain.ts).
 */
import { useId, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { formatValue, type Explanation } from '../../workbook/explain';
import { explainSv, type ExplainMessageKey } from '../i18n/explain.sv';
import { explainEn } from '../i18n/explain.en';
import type { Language } from '../i18n/catalogue';

export interface ExplainFigureProps {
  explain: () => Promise<Explanation | undefined>;
  language: Language;
}

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'none' }
  | { kind: 'done'; explanation: Explanation }
  | { kind: 'failed'; reason: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
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

export function ExplainFigure({ explain, language }: ExplainFigureProps) {
  const styles = useStyles();
  const regionId = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onClick = async (): Promise<void> => {
    setState({ kind: 'working' });
    try {
      const explanation = await explain();
      setState(explanation ? { kind: 'done', explanation } : { kind: 'none' });
    } catch (error) {
      setState({ kind: 'failed', reason: reasonOf(error, language) });
    }
  };

  return (
    <div className={styles.root}>
      <Button
        appearance="secondary"
        aria-controls={regionId}
        disabled={state.kind === 'working'}
        onClick={() => void onClick()}
      >
        {text(language, 'explainButton')}
      </Button>
      <div
        id={regionId}
        role="region"
        aria-label={text(language, 'explainRegion')}
        aria-live="polite"
        className={styles.region}
      >
        {state.kind === 'working' && <Text>{text(language, 'explainWorking')}</Text>}
        {state.kind === 'none' && <Text>{text(language, 'explainNone')}</Text>}
        {state.kind === 'failed' && (
          <Text role="alert">{text(language, 'explainFailed', { reason: state.reason })}</Text>
        )}
        {state.kind === 'done' && (
          <>
            <Text as="p" block className={styles.cell}>
              {text(language, 'explainCell', { sheet: state.explanation.sheet, address: state.explanation.address })}
            </Text>
            <Text as="p" block>
              {state.explanation.text}
            </Text>
            {state.explanation.inputs.length > 0 && (
              <>
                <Text weight="semibold">{text(language, 'explainInputs')}</Text>
                <ul className={styles.inputs}>
                  {state.explanation.inputs.map((input) => (
                    <li key={input.ref}>
                      {input.ref}: {input.label} = {formatValue(input.value, language)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
