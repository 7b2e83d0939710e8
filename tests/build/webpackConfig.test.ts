import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface WebpackConfigModule {
  DEV_BASE_URL: string;
  addinBaseUrl: (value?: string) => string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
  default: (
    env?: Record<string, unknown>,
    argv?: Record<string, unknown>,
  ) => Record<string, unknown> & { devtool?: unknown };
}

// webpack.config.js is plain JavaScript without type declarations; import it by a computed specifier.
const specifier: string = '../../webpack.config.js';
const config = (await import(specifier)) as WebpackConfigModule;
const MANIFEST = readFileSync(fileURLToPath(new URL('../../manifest.xml', import.meta.url)), 'utf8');

describe('addinBaseUrl', () => {
  it('happy path: an https URL, trailing slashes dropped', () => {
    expect(config.addinBaseUrl('https://addins.example.se/skolkostnad//')).toBe(
      'https://addins.example.se/skolkostnad',
    );
  });

  it('given nothing, falls back to the dev server', () => {
    expect(config.addinBaseUrl(undefined)).toBe('https://localhost:3000');
    expect(config.addinBaseUrl('  ')).toBe('https://localhost:3000');
  });

  it.each([
    ['http://addins.example.se', /must use https/],
    ['addins.example.se', /not a valid URL/],
    ['https://addins.example.se/?v=1', /query or fragment/],
  ])('given %s, refuses it', (value, message) => {
    expect(() => config.addinBaseUrl(value)).toThrow(message);
  });
});

describe('rewriteManifest', () => {
  it('happy path: no dev URL is left and the AppDomain becomes the origin', () => {
    const rewritten = config.rewriteManifest(MANIFEST, 'https://addins.example.se/skolkostnad');
    expect(rewritten).not.toContain(config.DEV_BASE_URL);
    expect(rewritten).toContain('<AppDomain>https://addins.example.se</AppDomain>');
    expect(rewritten).toContain('DefaultValue="https://addins.example.se/skolkostnad/assets/icon-16.png"');
  });

  it('given the dev base URL, leaves the manifest byte for byte', () => {
    expect(config.rewriteManifest(MANIFEST, config.DEV_BASE_URL)).toBe(MANIFEST);
  });
});

describe('webpack configuration', () => {
  it.each(['production', 'development'])('uses no eval-based devtool in %s mode (the CSP forbids eval)', (mode) => {
    const devtool = config.default({}, { mode }).devtool;
    expect(devtool === false || (typeof devtool === 'string' && !devtool.includes('eval'))).toBe(true);
  });
});
