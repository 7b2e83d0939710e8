/**
 * Counts how often reserved helper rows (the allocation block) are produced:
 * HelperArea.reserve is wrapped so every reservation's `produce` counts its
 * calls. Lets a test tell that building the plan produces none and a writer
 * produces each block once, as it writes it.
 */
import { vi } from 'vitest';
import { HelperArea, type ReservedRows } from '../../../src/workbook/write/helperArea';

export function countProduced(): { readonly count: number; restore: () => void } {
  const counter = { count: 0, restore: () => spy.mockRestore() };
  // The method itself, called with the area as `this` below.
  const reserve = Object.getOwnPropertyDescriptor(HelperArea.prototype, 'reserve')?.value as HelperArea['reserve'];
  const spy = vi.spyOn(HelperArea.prototype, 'reserve').mockImplementation(function (
    this: HelperArea,
    count: number,
    rows: ReservedRows,
  ) {
    const counted: ReservedRows = {
      ...rows,
      produce: (at) => {
        counter.count += 1;
        return rows.produce(at);
      },
    };
    return reserve.call(this, count, counted);
  });
  return counter;
}
