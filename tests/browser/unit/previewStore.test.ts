/**
 * The preview's stand-in for Office's DocumentSelectionChanged: the store
 * over the emulated sample tells selection listeners of every cell selected
 * (in the grid or by the add-in) and of every change of active sheet, and
 * the observed session hands that to the pane as its watchSelection.
 */
import { describe, expect, it, vi } from 'vitest';
import { createPreviewStore, observedSession } from '../../../src/faces/preview/previewStore';
import { createPreviewWorkbook } from '../../../src/faces/preview/previewWorkbook';
import { createWorkbookSession } from '../../../src/hosts/officejs/session';

function preview() {
  const workbook = createPreviewWorkbook('sample');
  const store = createPreviewStore(workbook);
  const session = observedSession(
    createWorkbookSession({ run: workbook.run, isSetSupported: () => true, illustrative: true }),
    store,
  );
  /** What the grid does on a click: select through Excel.run, then tell the store. */
  const click = async (sheet: string, address: string) => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(address).select();
      await context.sync();
    });
    store.select({ sheet, address });
  };
  /** What the grid does on a tab click. */
  const activate = async (sheet: string) => {
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
    store.changed();
  };
  return { workbook, store, session, click, activate };
}

describe('createPreviewStore', () => {
  it('tells selection listeners of a cell selected in the grid', async () => {
    const { store, click } = preview();
    const listener = vi.fn();
    store.onSelectionChanged(listener);
    await click('Resurser', 'D6');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.selection()).toEqual({ sheet: 'Resurser', address: 'D6' });
  });

  it('does not call a change of the workbook on the same sheet a selection change', () => {
    const { store } = preview();
    const listener = vi.fn();
    store.onSelectionChanged(listener);
    store.changed();
    expect(listener).not.toHaveBeenCalled();
  });

  it("moves the selection to A1 of a newly activated sheet, as the emulation's active cell does", async () => {
    const { workbook, store, click, activate } = preview();
    const other = workbook.sheetNames().find((name) => name !== 'Resurser')!;
    await click('Resurser', 'D6');
    const listener = vi.fn();
    store.onSelectionChanged(listener);
    await activate(other);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.selection()).toEqual({ sheet: other, address: 'A1' });
  });

  it('stops telling a listener that unsubscribed', async () => {
    const { store, click } = preview();
    const listener = vi.fn();
    store.onSelectionChanged(listener)();
    await click('Resurser', 'D6');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('observedSession', () => {
  it("gives the pane the store's selection events, including the add-in's own go-to-cell", async () => {
    const { session, store } = preview();
    const onChange = vi.fn();
    const onUnavailable = vi.fn();
    const stop = session.watchSelection!(onChange, onUnavailable);
    await session.selectCell({ sheet: 'Resurser', cell: 'D6' });
    expect(onChange).toHaveBeenCalled();
    expect(store.selection()).toEqual({ sheet: 'Resurser', address: 'D6' });
    stop();
    onChange.mockClear();
    await session.selectCell({ sheet: 'Resurser', cell: 'D7' });
    expect(onChange).not.toHaveBeenCalled();
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('forwards every capability of the session it wraps, optional ones included (a dropped one hides a button)', () => {
    const workbook = createPreviewWorkbook('sample');
    const inner = createWorkbookSession({ run: workbook.run, isSetSupported: () => true, illustrative: true });
    const outer = observedSession(inner, createPreviewStore(workbook));
    const capabilities = (o: object) =>
      Object.keys(o).filter((k) => typeof (o as Record<string, unknown>)[k] === 'function');
    expect(capabilities(outer).sort()).toEqual(expect.arrayContaining(capabilities(inner).sort()));
    expect(typeof outer.addDecision).toBe('function');
  });
});
