/**
 * The child sequences the add-in manifest schema prescribes (OfficeAppManifestV1_1.xsd,
 * TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd), for the
 * elements a task pane add-in with a ribbon button uses. Office refuses to load
 * a manifest whose children are out of order, and Microsoft's own validator
 * reports that as "not a valid child", so the check names the order instead.
 */
import { localName, type XmlElement } from './xml';

export interface SequenceEntry {
  name: string;
  min: number;
  max: number;
}

const many = Number.POSITIVE_INFINITY;
const optional = (name: string): SequenceEntry => ({ name, min: 0, max: 1 });
const required = (name: string): SequenceEntry => ({ name, min: 1, max: 1 });
const oneOrMore = (name: string): SequenceEntry => ({ name, min: 1, max: many });

/** OfficeApp base sequence followed by the TaskPaneApp extension. */
export const TASKPANE_APP_SEQUENCE: readonly SequenceEntry[] = [
  required('Id'),
  optional('AlternateId'),
  required('Version'),
  required('ProviderName'),
  required('DefaultLocale'),
  required('DisplayName'),
  required('Description'),
  optional('IconUrl'),
  optional('HighResolutionIconUrl'),
  optional('SupportUrl'),
  optional('AppDomains'),
  optional('Hosts'),
  optional('Requirements'),
  required('DefaultSettings'),
  required('Permissions'),
  optional('Dictionary'),
  optional('VersionOverrides'),
  optional('ExtendedOverrides'),
  optional('Signature'),
];

/** Sequences below the root, keyed by the end of the element's path (local names). */
const NESTED_SEQUENCES: ReadonlyArray<{ pathEnd: string; xsiType?: string; sequence: readonly SequenceEntry[] }> = [
  { pathEnd: 'OfficeApp/DefaultSettings', sequence: [required('SourceLocation')] },
  { pathEnd: 'OfficeApp/Requirements', sequence: [optional('Sets'), optional('Methods')] },
  {
    pathEnd: 'OfficeApp/VersionOverrides',
    sequence: [
      optional('Description'),
      optional('Requirements'),
      optional('Hosts'),
      optional('Resources'),
      optional('WebApplicationInfo'),
      optional('EquivalentAddins'),
      optional('VersionOverrides'),
    ],
  },
  {
    pathEnd: 'VersionOverrides/Resources',
    sequence: [optional('Images'), optional('Urls'), optional('ShortStrings'), optional('LongStrings')],
  },
  {
    pathEnd: 'Host/DesktopFormFactor',
    sequence: [optional('GetStarted'), optional('FunctionFile'), oneOrMore('ExtensionPoint')],
  },
  {
    pathEnd: 'DesktopFormFactor/GetStarted',
    sequence: [required('Title'), required('Description'), required('LearnMoreUrl')],
  },
  { pathEnd: 'OfficeTab/Group', sequence: [required('Label'), required('Icon'), oneOrMore('Control')] },
  {
    pathEnd: 'Group/Control',
    xsiType: 'Button',
    sequence: [required('Label'), required('Supertip'), required('Icon'), required('Action')],
  },
  { pathEnd: 'Control/Supertip', sequence: [required('Title'), required('Description')] },
  {
    pathEnd: 'Control/Action',
    xsiType: 'ShowTaskpane',
    sequence: [optional('TaskpaneId'), required('SourceLocation'), optional('Title')],
  },
];

/** The sequence an element's children must follow, when the check knows one. */
export function sequenceFor(element: XmlElement): readonly SequenceEntry[] | undefined {
  if (!element.path.includes('/')) return TASKPANE_APP_SEQUENCE;
  const xsiType = element.attributes['xsi:type'];
  const match = NESTED_SEQUENCES.find(
    (entry) =>
      (element.path === entry.pathEnd || element.path.endsWith(`/${entry.pathEnd}`)) &&
      (entry.xsiType === undefined || entry.xsiType === xsiType),
  );
  return match?.sequence;
}

export { localName };
