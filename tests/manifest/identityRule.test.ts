import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broken, findings } from './realManifest';

const ID = '<Id>fd71835d-7c61-4379-975a-e67eba2a2a33</Id>';
const identity = (xml: string) => findings(xml).filter((finding) => finding.rule === 'identity');

describe('identityRule', () => {
  it('happy path: the real Id is a GUID and the version is 1.0.0.0', () => {
    expect(identity(broken(ID, ID))).toEqual([]);
  });

  it('given an Id that is not a GUID, reports it', () => {
    const result = identity(broken(ID, '<Id>skolkostnad</Id>'));
    expect(result.map((f) => f.message)).toEqual([
      'Id "skolkostnad" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
    ]);
  });

  it('given a GUID with a non-hex digit, reports it', () => {
    expect(identity(broken(ID, '<Id>gd71835d-7c61-4379-975a-e67eba2a2a33</Id>'))).toHaveLength(1);
  });

  it.each(['1.0', '1.0.0', '1.0.0.0.0', 'v1.0.0.0', '1.0.0.123456'])('given version "%s", reports it', (version) => {
    const result = identity(broken('<Version>1.0.0.0</Version>', `<Version>${version}</Version>`));
    expect(result.map((f) => f.path)).toEqual(['OfficeApp/Version']);
  });

  it('property: every GUID and every four-part version passes', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.nat({ max: 99_999 }), { minLength: 4, maxLength: 4 }), (guid, parts) => {
        const xml = broken(ID, `<Id>${guid}</Id>`).replace(
          '<Version>1.0.0.0</Version>',
          `<Version>${parts.join('.')}</Version>`,
        );
        expect(identity(xml)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});
