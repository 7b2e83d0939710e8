/** The decisionTrail block (tblBeslutsgang) of the Beslutsgång sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

/**
 * The decision trail (issue 15): which forum has seen the figures, when, what
 * it decided or recommended, and which generation (input fingerprint) it saw.
 * The analyst's own record: read for the check and shown live on the
 * decision brief, never part of the cost model (a new row does not make the
 * scenarios out of date) and never written over by a generation.
 */
export const decisionTrail = block({
  key: 'decisionTrail',
  sheet: 'decisions',
  table: 'tblBeslutsgang',
  title: t('Beslutsgång', 'Decision trail'),
  help: t(
    'En rad per forum som har behandlat underlaget, i tidsordning. Beslutsunderlaget visar raderna under "Behandlad i". Skolkostnad skriver aldrig över bladet; knappen "Lägg till i beslutsgången" lägger till en rad.',
    'One row per forum that has discussed the figures, in order of date. The decision brief shows the rows under "Discussed in". Skolkostnad never writes over this sheet; the button "Add to the decision trail" appends a row.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'forum',
      sv: 'Forum',
      en: 'Forum',
      aliases: ['Beslutsforum', 'Instans', 'Möte', 'Body', 'Meeting'],
      type: T.text,
      required: true,
      help: t(
        'T.ex. objektstyrgrupp, portföljstyrgrupp, FVG eller utbildningsnämnden.',
        'E.g. object steering group, portfolio steering group, FVG or the education committee.',
      ),
      width: 26,
    }),
    column({
      key: 'date',
      sv: 'Datum',
      en: 'Date',
      aliases: ['Mötesdatum', 'Beslutsdatum', 'Meeting date', 'Decision date'],
      type: T.date,
      required: true,
      help: t('Mötets datum.', 'The meeting’s date.'),
      width: 12,
    }),
    column({
      key: 'decision',
      sv: 'Beslut eller rekommendation',
      en: 'Decision or recommendation',
      aliases: ['Beslut', 'Rekommendation', 'Utfall', 'Decision', 'Recommendation', 'Outcome'],
      type: T.text,
      required: true,
      help: t('Vad forumet beslutade eller rekommenderade.', 'What the forum decided or recommended.'),
      width: 56,
    }),
    column({
      key: 'basis',
      sv: 'Underlag (version)',
      en: 'Based on (version)',
      aliases: ['Underlag', 'Version', 'Fingeravtryck', 'Fingerprint', 'Based on'],
      type: T.text,
      required: false,
      help: t(
        'Indatans fingeravtryck för den generering forumet såg (står i sidfoten på varje genererat blad).',
        'The input fingerprint of the generation the forum saw (in the footer of every generated sheet).',
      ),
      width: 22,
      blank: t('okänt', 'unknown'),
    }),
  ],
});
