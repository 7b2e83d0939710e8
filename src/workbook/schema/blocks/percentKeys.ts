/** The percentKeys block (tblNycklar) of the Resurser sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

export const percentKeys = block({
  key: 'percentKeys',
  sheet: 'resources',
  table: 'tblNycklar',
  title: t('Fördelningsnycklar', 'Allocation keys'),
  help: t(
    'Fasta procentsatser per betalare; en nyckel används genom att skriva dess namn i kostnadsradens Fördelning. Summan ska vara 100 %.',
    'Fixed percentages per payer; a key is used by typing its name in a cost line’s Allocation. They must total 100 %.',
  ),
  required: false,
  needsRows: false,
  columns: [
    column({
      key: 'key',
      sv: 'Nyckel',
      en: 'Key',
      aliases: ['Fördelningsnyckel', 'Allocation key'],
      type: T.text,
      required: true,
      help: t('Nyckelns namn.', 'The key’s name.'),
      width: 22,
    }),
    column({
      key: 'payer',
      sv: 'Betalare',
      en: 'Payer',
      aliases: ['Name'],
      type: T.text,
      required: true,
      help: t('En betalare.', 'A payer.'),
      width: 28,
    }),
    column({
      key: 'share',
      sv: 'Andel',
      en: 'Share',
      aliases: ['Procent', 'Andel (%)', 'Percentage'],
      type: T.share,
      required: true,
      help: t('Betalarens andel, t.ex. 25 %.', 'The payer’s share, e.g. 25 %.'),
      width: 10,
    }),
  ],
});
