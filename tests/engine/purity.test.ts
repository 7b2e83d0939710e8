/**
 * The engine is headless: it runs in the task pane, a Web Worker, the CLI and
 * tests alike. So src/engine imports only its own modules — no Office.js,
 * React, DOM or Node APIs, and nothing from the layers that depend on it.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../src/engine');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/engine imports', () => {
  it.each(files)('%s imports only sibling engine modules', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const specifiers = [...source.matchAll(/(?:import|export)[^'"]*from\s+'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => !/^\.\/[\w]+$/.test(s!))).toEqual([]);
  });

  it.each(files)('%s uses no host globals (Office, Excel, window, document, process)', (file) => {
    const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(source).not.toMatch(/\b(Office|Excel|window|document|process|require)\b\s*[.(]/);
  });
});
