/**
 * styles.xml: the user's own styles kept exactly, ours appended. Every cell
 * of ours points at a cellXfs entry for its look (styles.ts) and number
 * format; those entries, and the fonts, fills, borders and number formats
 * they use, are added after the user's (so every existing style index keeps
 * its meaning), or reused where an identical entry is already there (so
 * regenerating does not grow the file each time).
 */

import type { CellStyle } from '../../workbook/plan';
import { CELL_LOOKS, type XlsxCellLook } from './styles';
import { attributes, escapeXml } from './xml';

/** Number formats Excel knows by id (ECMA-376 Part 1, 18.8.30) that read the same in every locale. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '# ?/?': 12,
  '# ??/??': 13,
  'h:mm': 20,
  'h:mm:ss': 21,
  'mm:ss': 45,
  '[h]:mm:ss': 46,
  'mmss.0': 47,
  '##0.0E+0': 48,
  '@': 49,
};
/** Custom number formats start here (ids below are Excel's). */
const FIRST_CUSTOM_FORMAT = 164;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A styles.xml for a new workbook: the default font, the two fills Excel requires, one empty border. */
export const NEW_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<styleSheet xmlns="${NS}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

/** One list of styles.xml (fonts, fills, …): its existing entries and the ones we add. */
class StyleList {
  readonly existing: string[];
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    readonly element: string,
    readonly child: string,
    readonly prefix: string,
    inner: string | undefined,
  ) {
    const p = prefix ? `${prefix}:` : '';
    const re = new RegExp(`<${p}${child}\\b(?:[^>]*/>|[\\s\\S]*?</${p}${child}>)`, 'g');
    this.existing = inner === undefined ? [] : (inner.match(re) ?? []);
    this.existing.forEach((xml, i) => {
      if (!this.index.has(xml)) this.index.set(xml, i);
    });
  }

  /** The index of this entry (written without prefix; prefixed here if the list uses one). */
  indexOf(xml: string): number {
    const own = this.prefix ? xml.replace(/<(\/?)(\w)/g, `<$1${this.prefix}:$2`) : xml;
    let i = this.index.get(own);
    if (i === undefined) {
      i = this.existing.length + this.added.length;
      this.added.push(own);
      this.index.set(own, i);
    }
    return i;
  }

  get count(): number {
    return this.existing.length + this.added.length;
  }
}

interface Section {
  /** Start and end offsets of the whole element in the XML. */
  start: number;
  end: number;
  openTag: string;
  inner: string | undefined;
  prefix: string;
}

function findSection(xml: string, element: string): Section | undefined {
  const open = new RegExp(`<(?:(\\w+):)?${element}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const prefix = open[1] ?? '';
  const start = open.index;
  if (open[2] === '/') return { start, end: start + open[0].length, openTag: open[0], inner: undefined, prefix };
  const close = `</${prefix ? `${prefix}:` : ''}${element}>`;
  const closeAt = xml.indexOf(close, start + open[0].length);
  if (closeAt < 0) return undefined;
  return {
    start,
    end: closeAt + close.length,
    openTag: open[0],
    inner: xml.slice(start + open[0].length, closeAt),
    prefix,
  };
}

/** CT_Stylesheet's sequence: a list we must add goes before the first of these that exists. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles'];

export class StyleBook {
  private readonly xml: string;
  private readonly sections = new Map<string, Section | undefined>();
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly formatIds = new Map<string, number>();
  private readonly addedFormats: { id: number; code: string }[] = [];
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly byLook = new Map<string, number>();
  private readonly baseFont: { size: string; name: string; family: string };
  private readonly hasStyleXf: boolean;

  /** `existing`: the workbook's styles.xml, or undefined for a new workbook. */
  constructor(existing: string | undefined) {
    this.xml = openRoot(existing ?? NEW_STYLES_XML);
    for (const name of [...ORDER, 'styleSheet']) this.sections.set(name, findSection(this.xml, name));
    const list = (element: string, child: string) => {
      const s = this.sections.get(element);
      return new StyleList(element, child, s?.prefix ?? this.rootPrefix(), s?.inner);
    };
    this.fonts = list('fonts', 'font');
    this.fills = list('fills', 'fill');
    this.borders = list('borders', 'border');
    this.xfs = list('cellXfs', 'xf');
    const numFmts = this.sections.get('numFmts')?.inner ?? '';
    for (const m of numFmts.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
      const a = attributes(m[0]);
      const id = Number(a.numFmtId);
      if (!Number.isInteger(id)) continue;
      if (a.formatCode !== undefined && !this.formatIds.has(a.formatCode)) this.formatIds.set(a.formatCode, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    const font0 = this.fonts.existing[0] ?? '';
    // The value as the file spells it (escaped): it goes back into XML. Either quote, as XML allows.
    const val = (tag: string) => {
      const m = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*\\bval\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(font0);
      return m ? (m[1] ?? m[2]) : undefined;
    };
    this.baseFont = { size: val('sz') ?? '11', name: val('name') ?? 'Calibri', family: val('family') ?? '2' };
    this.hasStyleXf = /<(?:\w+:)?xf\b/.test(this.sections.get('cellStyleXfs')?.inner ?? '');
    // A workbook needs at least one font, the two reserved fills, one border and the default cell format.
    if (this.fonts.count === 0) this.fonts.indexOf(`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`);
    if (this.fills.count === 0) {
      this.fills.indexOf('<fill><patternFill patternType="none"/></fill>');
      this.fills.indexOf('<fill><patternFill patternType="gray125"/></fill>');
    }
    if (this.borders.count === 0) this.borders.indexOf('<border><left/><right/><top/><bottom/><diagonal/></border>');
    if (this.xfs.count === 0) this.xfs.indexOf('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
  }

  private rootPrefix(): string {
    return this.sections.get('styleSheet')?.prefix ?? '';
  }

  /** The cellXfs index for a cell with this look and number format; `wrapped`: text wrapped from the top (a wrapped note). */
  xf(look: CellStyle | undefined, numberFormat: string | undefined, wrapped = false): number {
    const key = `${look ?? ''}\u0000${numberFormat ?? ''}${wrapped ? '\u0000wrap' : ''}`;
    let index = this.byLook.get(key);
    if (index === undefined) {
      const base = CELL_LOOKS[look ?? 'label'];
      const cellLook = wrapped
        ? { ...base, alignment: { ...base.alignment, wrapText: true, vertical: 'top' as const } }
        : base;
      index = look === undefined && numberFormat === undefined && !wrapped ? 0 : this.newXf(cellLook, numberFormat);
      this.byLook.set(key, index);
    }
    return index;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(code, id);
      this.addedFormats.push({ id, code });
    }
    return id;
  }

  private newXf(look: XlsxCellLook, numberFormat: string | undefined): number {
    const numFmtId = this.formatId(numberFormat);
    const fontId = look.font ? this.fonts.indexOf(this.fontXml(look.font)) : 0;
    const fillId = look.fill ? this.fills.indexOf(fillXml(look.fill)) : 0;
    const borderId = look.border ? this.borders.indexOf(borderXml(look.border)) : 0;
    const alignment = look.alignment ? alignmentXml(look.alignment) : '';
    const applies =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (fillId !== 0 ? ' applyFill="1"' : '') +
      (borderId !== 0 ? ' applyBorder="1"' : '') +
      (alignment ? ' applyAlignment="1"' : '');
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasStyleXf ? ' xfId="0"' : ''}${applies}`;
    return this.xfs.indexOf(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  private fontXml(font: NonNullable<XlsxCellLook['font']>): string {
    const color = font.color && 'argb' in font.color ? `<color rgb="${font.color.argb}"/>` : '';
    return (
      `<font>${font.bold ? '<b/>' : ''}${font.italic ? '<i/>' : ''}<sz val="${font.size ?? this.baseFont.size}"/>${color}` +
      `<name val="${escapeXml(this.baseFont.name)}"/><family val="${this.baseFont.family}"/></font>`
    );
  }

  /** True when the workbook's styles.xml must be rewritten (something was added). */
  changed(): boolean {
    return (
      this.addedFormats.length +
        this.fonts.added.length +
        this.fills.added.length +
        this.borders.added.length +
        this.xfs.added.length >
      0
    );
  }

  /** styles.xml with our entries appended; the user's bytes elsewhere unchanged. */
  toXml(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    const p = this.rootPrefix() ? `${this.rootPrefix()}:` : '';
    const formats = this.addedFormats.map((f) => `<${p}numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`);
    const numFmts = this.sections.get('numFmts');
    if (formats.length > 0) {
      const existing = numFmts?.inner?.match(/<(?:\w+:)?numFmt\b/g)?.length ?? 0;
      edits.push(this.listEdit('numFmts', numFmts, existing + formats.length, formats, p));
    }
    for (const list of [this.fonts, this.fills, this.borders, this.xfs]) {
      if (list.added.length === 0) continue;
      edits.push(this.listEdit(list.element, this.sections.get(list.element), list.count, list.added, p));
    }
    // From the end backwards; at one offset the replacement before the insertion, so neither shifts the other.
    edits.sort((a, b) => b.start - a.start || b.end - a.end);
    let xml = this.xml;
    for (const e of edits) xml = xml.slice(0, e.start) + e.text + xml.slice(e.end);
    return xml;
  }

  private listEdit(
    element: string,
    section: Section | undefined,
    count: number,
    added: string[],
    rootPrefix: string,
  ): { start: number; end: number; text: string } {
    if (section) {
      const pre = section.prefix ? `${section.prefix}:` : '';
      const openTag = withCount(section.openTag.replace(/\/>$/, '>'), count);
      return {
        start: section.start,
        end: section.end,
        text: `${openTag}${section.inner ?? ''}${added.join('')}</${pre}${element}>`,
      };
    }
    // Absent: insert before the first later list of CT_Stylesheet's sequence that exists.
    const later = ORDER.slice(ORDER.indexOf(element) + 1)
      .map((name) => this.sections.get(name))
      .find((s) => s !== undefined);
    const root = this.sections.get('styleSheet');
    const at = later?.start ?? (root ? root.start + root.openTag.length : 0);
    return {
      start: at,
      end: at,
      text: `<${rootPrefix}${element} count="${count}">${added.join('')}</${rootPrefix}${element}>`,
    };
  }
}

/** A root written as an empty element (`<styleSheet …/>`) opened and closed, so lists can go inside it. */
function openRoot(xml: string): string {
  const root = findSection(xml, 'styleSheet');
  if (!root || root.inner !== undefined) return xml;
  const close = `</${root.prefix ? `${root.prefix}:` : ''}styleSheet>`;
  return xml.slice(0, root.start) + root.openTag.replace(/\s*\/>$/, '>') + close + xml.slice(root.end);
}

function withCount(openTag: string, count: number): string {
  return /\bcount\s*=\s*(?:"[^"]*"|'[^']*')/.test(openTag)
    ? openTag.replace(/\bcount\s*=\s*(?:"[^"]*"|'[^']*')/, `count="${count}"`)
    : openTag.replace(/>$/, ` count="${count}">`);
}

function colorXml(tag: string, color: unknown): string {
  const argb = (color as { argb?: string } | undefined)?.argb;
  return argb ? `<${tag} rgb="${argb}"/>` : '';
}

function fillXml(fill: NonNullable<XlsxCellLook['fill']>): string {
  if (fill.type !== 'pattern') return '<fill><patternFill patternType="none"/></fill>';
  return `<fill><patternFill patternType="${fill.pattern}">${colorXml('fgColor', fill.fgColor)}<bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(border: NonNullable<XlsxCellLook['border']>): string {
  const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const b = border[name];
    return b?.style ? `<${name} style="${b.style}">${colorXml('color', b.color)}</${name}>` : `<${name}/>`;
  };
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(alignment: NonNullable<XlsxCellLook['alignment']>): string {
  const attrs =
    (alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : '') +
    (alignment.vertical ? ` vertical="${alignment.vertical}"` : '') +
    (alignment.wrapText ? ' wrapText="1"' : '');
  return attrs ? `<alignment${attrs}/>` : '';
}
