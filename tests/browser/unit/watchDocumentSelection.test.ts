/**
 * Following Excel's selection through Office's DocumentSelectionChanged,
 * against a stand-in for office.js that models only that event.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  watchDocumentSelection,
  type OfficeSelectionApi,
} from '../../../src/hosts/officejs/office/watchDocumentSelection';

type Registration = 'succeeds' | 'fails' | 'throws' | 'later';

const SELECTION_CHANGED = 'documentSelectionChanged' as unknown as Office.EventType;

function fakeOffice(registration: Registration = 'succeeds') {
  const handlers = new Set<() => void>();
  const removed: (() => void)[] = [];
  let confirm: (() => void) | null = null;
  const office = {
    EventType: { DocumentSelectionChanged: SELECTION_CHANGED },
    AsyncResultStatus: { Succeeded: 'succeeded' as unknown as Office.AsyncResultStatus },
    context: {
      document: {
        addHandlerAsync: (
          type: Office.EventType,
          handler: () => void,
          callback?: (result: { status: Office.AsyncResultStatus }) => void,
        ) => {
          if (type !== SELECTION_CHANGED) throw new Error(`not modelled: ${String(type)}`);
          if (registration === 'throws') throw new Error('event not supported');
          const answer = (ok: boolean) => {
            if (ok) handlers.add(handler);
            callback?.({ status: (ok ? 'succeeded' : 'failed') as unknown as Office.AsyncResultStatus });
          };
          if (registration === 'later') confirm = () => answer(true);
          else answer(registration === 'succeeds');
        },
        removeHandlerAsync: (type: Office.EventType, { handler }: { handler: () => void }) => {
          if (type !== SELECTION_CHANGED) throw new Error(`not modelled: ${String(type)}`);
          handlers.delete(handler);
          removed.push(handler);
        },
      },
    },
  } satisfies OfficeSelectionApi;
  return {
    office,
    removed,
    /** The analyst selects another cell in Excel. */
    select: () => handlers.forEach((h) => h()),
    handlerCount: () => handlers.size,
    confirm: () => confirm?.(),
  };
}

describe('watchDocumentSelection', () => {
  it('calls onChange for every selection change in the document', () => {
    const { office, select } = fakeOffice();
    const onChange = vi.fn();
    const onUnavailable = vi.fn();
    watchDocumentSelection(office, onChange, onUnavailable);
    select();
    select();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onUnavailable).not.toHaveBeenCalled();
  });

  it('removes the very handler it added when stopped, and calls onChange no more', () => {
    const { office, select, removed, handlerCount } = fakeOffice();
    const onChange = vi.fn();
    const stop = watchDocumentSelection(office, onChange, vi.fn());
    stop();
    select();
    expect(onChange).not.toHaveBeenCalled();
    expect(removed).toHaveLength(1);
    expect(handlerCount()).toBe(0);
  });

  it('removes the handler once Office confirms it, when stopped before that', () => {
    const { office, select, confirm, handlerCount } = fakeOffice('later');
    const onChange = vi.fn();
    const stop = watchDocumentSelection(office, onChange, vi.fn());
    stop();
    confirm();
    select();
    expect(handlerCount()).toBe(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('says the host cannot follow when Office refuses the handler or throws', () => {
    for (const registration of ['fails', 'throws'] as const) {
      const { office } = fakeOffice(registration);
      const onUnavailable = vi.fn();
      watchDocumentSelection(office, vi.fn(), onUnavailable);
      expect(onUnavailable, registration).toHaveBeenCalledTimes(1);
    }
  });

  it('says the host cannot follow when office.js has no such event or no document events', () => {
    const onUnavailable = vi.fn();
    watchDocumentSelection({ context: { document: fakeOffice().office.context.document } }, vi.fn(), onUnavailable);
    watchDocumentSelection(
      { EventType: { DocumentSelectionChanged: SELECTION_CHANGED }, context: {} },
      vi.fn(),
      onUnavailable,
    );
    expect(onUnavailable).toHaveBeenCalledTimes(2);
  });
});
