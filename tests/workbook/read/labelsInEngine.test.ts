/**
 * The engine cannot import the workbook layer, so the words its messages use
 * for school forms and parameters are repeated there once
 * (src/engine/messages.ts). This keeps them the words of the sheets.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, SCHOOL_FORM_LABELS } from '../../../src/engine/messages';
import { SCHOOL_FORMS } from '../../../src/engine/model';
import { BLOCKS, SCHOOL_FORM_CHOICES } from '../../../src/workbook/schema';

describe('the engine’s words for what the sheets name', () => {
  it('school forms: the Swedish and English words of the Skolform choices, for every form', () => {
    for (const form of SCHOOL_FORMS) {
      const option = SCHOOL_FORM_CHOICES.options.find((o) => o.id === form)!;
      expect(SCHOOL_FORM_LABELS[form]).toEqual({ sv: option.sv, en: option.en });
    }
  });

  it('parameters: the Swedish and English names of the Parametrar rows', () => {
    for (const field of BLOCKS.parameters.fields ?? []) {
      if (field.key === 'displayUnit') continue; // never refused by the engine
      expect(FIELD_LABELS[field.key], field.key).toEqual({ sv: field.sv, en: field.en });
    }
  });
});
