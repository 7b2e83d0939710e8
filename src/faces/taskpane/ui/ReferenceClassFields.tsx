/**
 * Reference-class presets in the sensitivity settings (issue 15, item 6):
 * one drop-down for every cost line, and under "Välj per kostnadsrad" one per
 * line that wins over it. A preset draws the line as likely × (1 + overrun)
 * with the overrun of comparable projects (src/engine/simulation/
 * referenceClasses.ts, docs/sensitivity.md); the hint says they are starting
 * points to replace with one's own figures.
 */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CostLine } from '../../../engine/model';
import type { ReferenceClassId } from '../../../engine/simulation/referenceClasses';
import { useI18n } from '../i18n/I18nContext';
import { REFERENCE_CLASS_IDS, type ReferenceClassChoices } from '../state/sensitivity';

const useStyles = makeStyles({
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` },
  lines: { display: 'grid', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalXS },
  select: { minWidth: 0, maxWidth: '100%' },
});

export interface ReferenceClassFieldsProps {
  value: ReferenceClassChoices;
  onChange: (value: ReferenceClassChoices) => void;
  /** The model's cost lines; tiered lines (no amount to scale) are left out. */
  costLines: readonly CostLine[];
}

/** What a line's own drop-down can say: follow the choice for all lines, its own range, or a preset. */
type LineOption = 'inherit' | ReferenceClassId | 'none';

export function ReferenceClassFields({ value, onChange, costLines }: ReferenceClassFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const lines = costLines.filter((line) => line.basis.kind !== 'tiered');
  const presetOptions = REFERENCE_CLASS_IDS.map((id) => (
    <option key={id} value={id}>
      {t(`referenceClass.${id}`)}
    </option>
  ));
  const setLine = (lineId: string, option: LineOption) => {
    const byLine = { ...value.byLine };
    if (option === 'inherit') delete byLine[lineId];
    else byLine[lineId] = option;
    onChange({ ...value, byLine });
  };
  const chosen = Object.keys(value.byLine).length;
  return (
    <>
      <Field label={t('referenceClass.all')} hint={t('referenceClass.hint')}>
        <Select
          className={styles.select}
          value={value.all}
          onChange={(_, data) => onChange({ ...value, all: data.value as ReferenceClassId | 'none' })}
        >
          <option value="none">{t('referenceClass.none')}</option>
          {presetOptions}
        </Select>
      </Field>
      <details className={styles.details}>
        <summary className={styles.summary}>{t('referenceClass.perLine', { count: chosen })}</summary>
        <div className={styles.lines}>
          {lines.map((line) => (
            <Field key={line.id} label={line.id} size="small">
              <Select
                size="small"
                className={styles.select}
                value={value.byLine[line.id] ?? 'inherit'}
                onChange={(_, data) => setLine(line.id, data.value as LineOption)}
              >
                <option value="inherit">{t('referenceClass.inherit')}</option>
                <option value="none">{t('referenceClass.own')}</option>
                {presetOptions}
              </Select>
            </Field>
          ))}
        </div>
      </details>
    </>
  );
}
