import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASKPANE_APP_SEQUENCE } from '../../src/tools/manifest/schemaOrder';
import { checkSequence, structureRule } from '../../src/tools/manifest/structureRule';
import type { XmlElement } from '../../src/tools/manifest/xml';
import { broken, environment, findings, manifestTree, rulesOf } from './realManifest';

const structure = (xml: string) => findings(xml).filter((finding) => finding.rule === 'structure');

describe('structureRule', () => {
  it('happy path: the real manifest has every required element in schema order', () => {
    expect(structureRule({ ...environment(), root: manifestTree() })).toEqual([]);
  });

  it('given a missing required element (Permissions), names it', () => {
    const result = structure(broken('<Permissions>ReadWriteDocument</Permissions>', ''));
    expect(result.map((f) => f.message)).toEqual(['<OfficeApp> must contain <Permissions>']);
  });

  it('given Requirements moved after DefaultSettings, says which must come first', () => {
    const tree = manifestTree();
    const names = tree.children.map((child) => child.name);
    const requirements = tree.children.splice(names.indexOf('Requirements'), 1)[0]!;
    tree.children.splice(names.indexOf('DefaultSettings'), 0, requirements);
    const result = structureRule({ ...environment(), root: tree });
    expect(result.map((f) => f.message)).toEqual(['<Requirements> must come before <DefaultSettings> in <OfficeApp>']);
  });

  it('given an element the schema does not know, reports it as not a valid child', () => {
    const result = structure(broken('<DefaultLocale>', '<Colour>blue</Colour>\n  <DefaultLocale>'));
    expect(result[0]!.message).toMatch(/^<Colour> is not a valid child of <OfficeApp>/);
  });

  it('given a second DisplayName, reports the repetition', () => {
    const result = structure(broken('<IconUrl', '<DisplayName DefaultValue="Igen" />\n  <IconUrl'));
    expect(result.map((f) => f.message)).toContain('<OfficeApp> may contain at most 1 <DisplayName>');
  });

  it('given a root that is not a TaskPaneApp, says so', () => {
    const result = structure(broken('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'));
    expect(result.map((f) => f.message)).toContain('<OfficeApp> must have xsi:type="TaskPaneApp", found "ContentApp"');
  });

  it('given a Permissions value outside the schema enumeration, reports it', () => {
    const result = structure(broken('ReadWriteDocument', 'Everything'));
    expect(result.map((f) => f.message)).toEqual([
      '<Permissions> must be one of Restricted, ReadDocument, ReadAllDocument, WriteDocument, ReadWriteDocument; found "Everything"',
    ]);
  });

  it('given the ribbon button without its Supertip, checks nested sequences too', () => {
    const xml = broken(/<Supertip>[\s\S]*?<\/Supertip>\s*/, '');
    const result = structure(xml);
    expect(result.map((f) => f.message)).toEqual(['<Control> must contain <Supertip>']);
    expect(result[0]!.path).toMatch(/Group\/Control$/);
  });

  it('given Resources groups in the wrong order (Urls before Images), reports it', () => {
    const xml = broken(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1');
    expect(rulesOf(findings(xml))).toEqual(['structure']);
  });

  it('property: any reordering of the root children is caught, and only a reordering', () => {
    const original = manifestTree();
    fc.assert(
      fc.property(fc.shuffledSubarray(original.children, { minLength: original.children.length }), (shuffled) => {
        const root: XmlElement = { ...original, children: shuffled };
        const reordered = shuffled.some((child, i) => child !== original.children[i]);
        expect(structureRule({ ...environment(), root }).length > 0).toBe(reordered);
      }),
    );
  });
});

describe('checkSequence', () => {
  const element = (...names: string[]): XmlElement => ({
    name: 'OfficeApp',
    attributes: {},
    text: '',
    path: 'OfficeApp',
    children: names.map((name) => ({ name, attributes: {}, children: [], text: '', path: `OfficeApp/${name}` })),
  });
  const minimal = [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'DefaultSettings',
    'Permissions',
  ];

  it('happy path: only the required elements, in order', () => {
    expect(checkSequence(element(...minimal), TASKPANE_APP_SEQUENCE)).toEqual([]);
  });

  it('given an empty element, lists every required child', () => {
    expect(checkSequence(element(), TASKPANE_APP_SEQUENCE)).toHaveLength(minimal.length);
  });

  it('given optional AlternateId in its place between Id and Version, accepts it', () => {
    expect(checkSequence(element('Id', 'AlternateId', ...minimal.slice(1)), TASKPANE_APP_SEQUENCE)).toEqual([]);
  });
});
