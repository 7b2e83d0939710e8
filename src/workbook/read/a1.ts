/** A1 addresses for problems and plans: 0-based row/column ↔ 'D7' (see ../a1). */
export { cellAddress, columnLetters, parseRange, rangeAddress, type RangePos } from '../a1';
