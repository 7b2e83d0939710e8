/** The usage block (tblAnvandning) of the Resurser sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

export const usage = block({
  key: 'usage',
  sheet: 'resources',
  table: 'tblAnvandning',
  title: t('Användning (vem använder vad)', 'Usage (who uses what)'),
  help: t(
    'En rad per betalare, en kolumn per lösning: ja, nej eller andel (t.ex. 50 %). Tom = nej.',
    'One row per payer, one column per solution: yes, no or a share (e.g. 50 %). Blank = no.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'payer',
      sv: 'Betalare',
      en: 'Payer',
      aliases: ['Namn', 'Name'],
      type: T.text,
      required: true,
      help: t('En betalare från tabellen Betalare.', 'A payer from the Payers table.'),
      width: 28,
    }),
  ],
  dynamicColumns: t(
    'En kolumn per lösning, rubriken = lösningens namn.',
    'One column per solution, headed by the solution’s name.',
  ),
});
