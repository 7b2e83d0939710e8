/** The solutions block (tblLosningar) of the Kostnader sheet: its columns by name (see ../format.ts). */
import { T, block, column, t } from './define';

export const solutions = block({
  key: 'solutions',
  sheet: 'costs',
  table: 'tblLosningar',
  title: t('Lösningar', 'Solutions'),
  help: t(
    'En rad per lösning (systemfunktion). Namnet är lösningens id i alla andra tabeller.',
    'One row per solution (system function). The name is its id in every other table.',
  ),
  required: true,
  needsRows: true,
  columns: [
    column({
      key: 'name',
      sv: 'Lösning',
      en: 'Solution',
      aliases: ['Funktion', 'System', 'Systemfunktion', 'Function'],
      type: T.text,
      required: true,
      help: t('Lösningens namn, unikt.', 'The solution’s name, unique.'),
      width: 30,
    }),
  ],
});
