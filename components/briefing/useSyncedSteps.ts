'use client';
/**
 * The step a window shows, kept in step with every other window of the same
 * briefing in this browser (audience and presenter) over a BroadcastChannel,
 * and written to the URL (`?step=3`) so a reload or a copied link lands on
 * the same step. Either window can advance; a window that opens asks the
 * others where they are and joins them.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { stepQuery, stepReducer, type StepAction, type StepState } from './steps';

/** The channel of one briefing: windows of another briefing do not listen. */
export function channelName(briefingId: string): string {
  return `athar-briefing-${briefingId}`;
}

/**
 * `step`: a window moved, the others follow. `hello`: a window opened and
 * asks where the others are. `here`: the answer, which the new window takes
 * only if it has not moved itself since asking (an answer that arrives late
 * must not undo a press).
 */
export type ChannelMessage = { type: 'step'; index: number } | { type: 'hello' } | { type: 'here'; index: number };

function isMessage(data: unknown): data is ChannelMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  if (data.type === 'hello') return true;
  return (data.type === 'step' || data.type === 'here') && 'index' in data && typeof data.index === 'number';
}

export interface SyncedSteps {
  index: number;
  count: number;
  /** Applies an action here and tells the other windows the resulting step. */
  go: (action: StepAction) => void;
}

export function useSyncedSteps(briefingId: string, count: number, initialIndex: number): SyncedSteps {
  const [state, dispatch] = useReducer(stepReducer, { index: initialIndex, count } satisfies StepState);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  const channel = useRef<BroadcastChannel | null>(null);
  const movedHere = useRef(false);

  useEffect(() => {
    // Old browsers and jsdom have no BroadcastChannel: the window then simply presents alone.
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(channelName(briefingId));
    channel.current = ch;
    ch.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isMessage(message)) return;
      // Remote steps are applied without echoing them back, so two windows never ping-pong.
      if (message.type === 'step') dispatch({ type: 'goto', index: message.index });
      else if (message.type === 'here') {
        if (!movedHere.current) dispatch({ type: 'goto', index: message.index });
      } else ch.postMessage({ type: 'here', index: latest.current.index } satisfies ChannelMessage);
    };
    ch.postMessage({ type: 'hello' } satisfies ChannelMessage);
    // Tells an end-to-end test (and a curious presenter) that this window now listens.
    document.documentElement.dataset.briefingSync = 'on';
    return () => {
      ch.close();
      channel.current = null;
      delete document.documentElement.dataset.briefingSync;
    };
  }, [briefingId]);

  const go = useCallback((action: StepAction) => {
    const next = stepReducer(latest.current, action);
    if (next === latest.current) return;
    latest.current = next;
    movedHere.current = true;
    dispatch({ type: 'goto', index: next.index });
    channel.current?.postMessage({ type: 'step', index: next.index } satisfies ChannelMessage);
  }, []);

  // The URL follows the step (replace, not push: Back leaves the briefing instead of replaying every step).
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      if (new URLSearchParams(window.location.search).get('step') === null) return;
    }
    // Other parameters (the interface language) stay as they are.
    const params = new URLSearchParams(window.location.search);
    params.set('step', stepQuery(state.index).slice('?step='.length));
    const url = `${window.location.pathname}?${params.toString()}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', url);
  }, [state.index]);

  return { index: state.index, count, go };
}
