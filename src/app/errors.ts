/**
 * Failures of a use case that the faces show as they are: a code and a
 * message in both languages, built from the arguments in one place.
 */
import type { Text } from '../engine/messages';

const MESSAGES = {
  parameterNotFound: (p: { what?: string }): Text => ({
    sv: `Hittar inte ${p.what ?? ''} i bladet Parametrar. Lägg till raden (se mallen) eller skapa indatabladen på nytt.`,
    en: `Cannot find ${p.what ?? ''} on the Parametrar sheet. Add the row (see the template) or create the input sheets again.`,
  }),
  cannotWriteCells: (): Text => ({
    sv: 'Här går det inte att skriva enskilda celler (en fil, inte en öppen arbetsbok); skriv valen i Parametrar för hand.',
    en: 'Single cells cannot be written here (a file, not an open workbook); type the choices into Parametrar by hand.',
  }),
  onlyGeneratedSheets: (): Text => ({
    sv: 'Arbetsboken har bara genererade blad; en arbetsbok måste behålla minst ett blad. Inget togs bort.',
    en: 'The workbook holds only generated sheets; a workbook must keep at least one sheet. Nothing was removed.',
  }),
} satisfies Record<string, (p: { what?: string }) => Text>;

export type AppErrorCode = keyof typeof MESSAGES;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly text: Text;
  constructor(code: AppErrorCode, params: { what?: string }) {
    const text = MESSAGES[code](params);
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.text = text;
  }
}
