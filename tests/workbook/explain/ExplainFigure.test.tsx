/**
 * ExplainFigure as first rendered (static markup: the repository's unit tests
 * run without a DOM): a labelled button and a polite live region. The click
 * and follow-the-selection flows are in the pane's browser tests
 * (tests/browser/taskpane.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ExplainFigure } from '../../../src/faces/taskpane/ui/ExplainFigure';

const never = () => new Promise<undefined>(() => undefined);

describe('ExplainFigure', () => {
  it('shows the Swedish button and an empty, labelled polite live region', () => {
    const html = renderToStaticMarkup(<ExplainFigure explain={never} language="sv" />);
    expect(html).toContain('Förklara markerad siffra</button>');
    expect(html).toMatch(/role="region" aria-label="Förklaring av markerad siffra" aria-live="polite"/);
  });

  it('speaks English when asked', () => {
    const html = renderToStaticMarkup(<ExplainFigure explain={never} language="en" />);
    expect(html).toContain('Explain selected figure</button>');
    expect(html).toContain('aria-label="Explanation of the selected figure"');
  });

  it('points the button at the region it fills', () => {
    const html = renderToStaticMarkup(<ExplainFigure explain={never} language="sv" />);
    const controls = /aria-controls="([^"]+)"/.exec(html)?.[1];
    expect(controls).toBeDefined();
    expect(html).toContain(`id="${controls}"`);
  });
});
