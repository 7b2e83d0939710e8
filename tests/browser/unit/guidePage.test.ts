import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guidePage, inline, markdownToHtml } from '../../../scripts/guidePage.js';
import { ROOT } from '../harness';

describe('inline', () => {
  it('happy path: bold, italic, code and images', () => {
    expect(inline('**Skriv** _Kostnader_ `?lang=en` ![Bild](screenshots/a.png)')).toBe(
      '<strong>Skriv</strong> <em>Kostnader</em> <code>?lang=en</code> <img src="screenshots/a.png" alt="Bild" />',
    );
  });
  it('escapes markup in the text, and leaves code unformatted', () => {
    expect(inline('a < b & `**x**`')).toBe('a &lt; b &amp; <code>**x**</code>');
  });
});

describe('markdownToHtml', () => {
  it('renders headings, paragraphs, quotes, lists and tables', () => {
    const html = markdownToHtml(
      [
        '# T',
        '',
        'a',
        'b',
        '',
        '> q',
        '',
        '- x',
        '  y',
        '- z',
        '',
        '1. one',
        '',
        '| A | B |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(html.split('\n')).toEqual([
      '<h1>T</h1>',
      '<p>a b</p>',
      '<blockquote><p>q</p></blockquote>',
      '<ul><li>x y</li><li>z</li></ul>',
      '<ol><li>one</li></ol>',
      '<table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    ]);
  });
});

describe('guidePage', () => {
  it('renders the whole guide with every screenshot and no Markdown left over, and allows no script', async () => {
    const markdown = await readFile(join(ROOT, 'docs/guide.sv.md'), 'utf8');
    const page = guidePage(markdown);
    const images = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    for (const src of images) expect(page).toContain(`src="${src}"`);
    expect(page).not.toMatch(/\*\*|^#|!\[/m);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain("default-src 'none'");
  });
});
