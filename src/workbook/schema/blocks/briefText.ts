/** The briefText block (tblBeslutstext) of the Beslutsgång sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

/**
 * The decision brief's own words (issue 15): the question put to the forums,
 * the decision asked for, and the analyst's recommendation. One row; the
 * Beslutsunderlag sheet shows each cell by formula, so what the analyst
 * writes here survives every regeneration and shows on the brief at once.
 * Like the trail, never part of the cost model.
 */
export const briefText = block({
  key: 'briefText',
  sheet: 'decisions',
  table: 'tblBeslutstext',
  title: t('Beslutsunderlagets text', 'The decision brief’s text'),
  help: t(
    'En rad: frågan, beslutet som begärs och din rekommendation. Beslutsunderlaget visar dem som de står här; generering skriver aldrig över dem.',
    'One row: the question, the decision asked for and your recommendation. The decision brief shows them as written here; a generation never writes over them.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'question',
      sv: 'Fråga',
      en: 'Question',
      aliases: ['Frågeställning'],
      type: T.text,
      required: true,
      help: t('Frågan underlaget besvarar.', 'The question the figures answer.'),
      width: 40,
      blank: t('Hur många kontrakt ska vi upphandla?', 'How many contracts should we procure?'),
    }),
    column({
      key: 'decisionAsked',
      sv: 'Beslut som begärs',
      en: 'Decision asked for',
      aliases: ['Begärt beslut', 'Decision requested'],
      type: T.text,
      required: true,
      help: t('Vad forumet ombeds besluta.', 'What the forum is asked to decide.'),
      width: 48,
      blank: t(
        'Val av kontraktsalternativ för upphandlingen av skolsystemen.',
        'The choice of contract alternative for procuring the school systems.',
      ),
    }),
    column({
      key: 'recommendation',
      sv: 'Rekommendation',
      en: 'Recommendation',
      aliases: ['Analytikerns rekommendation', 'Förslag', 'Proposal'],
      type: T.text,
      required: false,
      help: t(
        'Din rekommendation, som den ska stå på beslutsunderlaget (tom: ingen rekommendation ännu).',
        'Your recommendation as the brief should show it (blank: none yet).',
      ),
      width: 56,
    }),
  ],
});
