import { describe, expect, it } from 'vitest';
import { validateManifestXml } from '../../src/tools/manifest/validate';
import { environment, findings, MANIFEST_XML } from './realManifest';

describe('validateManifestXml', () => {
  it('happy path: the real manifest passes every rule', () => {
    expect(findings(MANIFEST_XML)).toEqual([]);
  });

  it('given XML that is not well-formed, reports that alone with its line', () => {
    const result = validateManifestXml(MANIFEST_XML.replace('</DefaultLocale>', ''), environment());
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ rule: 'wellFormed' });
    expect(result[0]!.message).toMatch(/line \d+/);
  });

  it('collects findings from several rules at once instead of stopping at the first', () => {
    const xml = MANIFEST_XML.replace('<Version>1.0.0.0</Version>', '<Version>1.0</Version>').replace(
      'https://localhost:3000/support.html" />\n  <AppDomains>',
      'http://localhost:3000/support.html" />\n  <AppDomains>',
    );
    const rules = findings(xml).map((finding) => finding.rule);
    expect(rules).toContain('identity');
    expect(rules).toContain('https');
  });
});
