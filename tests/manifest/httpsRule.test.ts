import { describe, expect, it } from 'vitest';
import { broken, findings } from './realManifest';

const https = (xml: string) => findings(xml).filter((finding) => finding.rule === 'https');

describe('httpsRule', () => {
  it('happy path: every URL of the real manifest is https; namespace names are not URLs to load', () => {
    expect(https(broken('<SupportUrl', '<SupportUrl'))).toEqual([]);
  });

  it('given an http SupportUrl, reports it', () => {
    const result = https(broken('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'));
    expect(result.map((f) => [f.path, f.message])).toEqual([
      ['OfficeApp/SupportUrl', 'http://localhost:3000/support.html must use https'],
    ]);
  });

  it('given an http AppDomain (element text, not an attribute), reports it', () => {
    const result = https(
      broken('<AppDomain>https://localhost:3000</AppDomain>', '<AppDomain>http://localhost:3000</AppDomain>'),
    );
    expect(result.map((f) => f.path)).toEqual(['OfficeApp/AppDomains/AppDomain']);
  });

  it('given an http image resource, reports it', () => {
    expect(
      https(broken('<bt:Image id="Icon.80" DefaultValue="https://', '<bt:Image id="Icon.80" DefaultValue="http://')),
    ).toHaveLength(1);
  });

  it('given a malformed URL, reports it as invalid', () => {
    const result = https(
      broken(
        '<SupportUrl DefaultValue="https://localhost:3000/support.html"',
        '<SupportUrl DefaultValue="https://local host:3000/support.html"',
      ),
    );
    expect(result.map((f) => f.message)).toEqual(['"https://local host:3000/support.html" is not a valid URL']);
  });
});
