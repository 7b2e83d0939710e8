import { describe, expect, it } from 'vitest';
import { broken, findings } from './realManifest';

const resids = (xml: string) => findings(xml).filter((finding) => finding.rule === 'resids');

describe('residRule', () => {
  it('happy path: every resid of the real manifest resolves to a resource of the right kind', () => {
    expect(resids(broken('resid="Group.Label"', 'resid="Group.Label"'))).toEqual([]);
  });

  it('given a resid with no resource, names the element and the id', () => {
    const result = resids(broken('<Label resid="Group.Label" />', '<Label resid="Group.Lable" />'));
    expect(result.map((f) => f.message)).toEqual([
      '<Label resid="Group.Lable"> has no matching resource in <Resources>',
    ]);
  });

  it('given a resource removed that a button still uses, reports every use', () => {
    const result = resids(broken(/<bt:Image id="Icon.80"[^>]*\/>/, ''));
    // The group icon and the button icon both use Icon.80.
    expect(result).toHaveLength(2);
  });

  it('given a Label pointing at a URL resource, reports the kind mismatch', () => {
    const result = resids(broken('<Label resid="OpenPane.Label" />', '<Label resid="Taskpane.Url" />'));
    expect(result.map((f) => f.message)).toEqual([
      '<Label resid="Taskpane.Url"> must point at ShortStrings, but "Taskpane.Url" is in Urls',
    ]);
  });

  it('given a resource id declared twice, reports the second', () => {
    const result = resids(broken('<bt:Url id="Support.Url"', '<bt:Url id="Taskpane.Url"'));
    expect(result.map((f) => f.message)).toContain('resource id "Taskpane.Url" is declared twice');
  });

  it('given a resource id longer than 32 characters, reports it', () => {
    const long = 'Skolkostnad.OpenPane.Label.Swedish';
    const xml = broken('<bt:String id="OpenPane.Label"', `<bt:String id="${long}"`).replace(
      /resid="OpenPane\.Label"/g,
      `resid="${long}"`,
    );
    expect(resids(xml).map((f) => f.message)).toEqual([`resource id "${long}" is longer than 32 characters`]);
  });
});
