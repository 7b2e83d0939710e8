/**
 * The declarative description of the input workbook: sheets, blocks, columns,
 * value types and the vocabularies of choices. See docs/workbook-format.md.
 */
export * from './choices';
export * from './format';
export * from './normalise';
export * from './types';
