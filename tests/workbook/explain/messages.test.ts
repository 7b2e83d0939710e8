/** The explanation strings: the pane's (i18n) and the explainer's, same keys and placeholders in sv and en. */
import { describe, expect, it } from 'vitest';
import { explainSv } from '../../../src/faces/taskpane/i18n/explain.sv';
import { explainEn } from '../../../src/faces/taskpane/i18n/explain.en';
import { explainMessages, say } from '../../../src/workbook/explain/messages';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

function samePlaceholders(a: Record<string, string>, b: Record<string, string>): void {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const key of Object.keys(a)) expect([key, placeholders(b[key]!)]).toEqual([key, placeholders(a[key]!)]);
}

describe('explain catalogues (task pane)', () => {
  it('have the same keys and placeholders in Swedish and English', () => {
    samePlaceholders(explainSv, explainEn);
  });
});

describe('say', () => {
  it('has the same keys and placeholders in Swedish and English', () => {
    samePlaceholders(explainMessages.sv, explainMessages.en);
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(say('sv', 'years', { count: 10 })).toBe('10 år');
    expect(say('en', 'years')).toBe('{count} years');
  });
});
