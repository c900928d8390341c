'use client';
/**
 * The presenter's keys, wherever focus is on the page: a clicker or a
 * keyboard drives the briefing without first clicking into it. A key that a
 * focused control already handled (the timeline pans with the arrows, a
 * button presses with Space) is left to that control, so one press never
 * does two things.
 */
import { useEffect, useRef } from 'react';
import { commandForKey, type KeyCommand } from './steps';

/** Elements whose own keys must win: typing, and controls that Space or Enter activate. */
const OWN_KEYS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
const ACTIVATED_BY_SPACE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"], [role="option"]';

export function useBriefingKeys(onCommand: (command: KeyCommand) => void): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_KEYS)) return;
      if ((event.key === ' ' || event.key === 'Spacebar') && target?.closest(ACTIVATED_BY_SPACE)) return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    // Marks the page as listening, so a test does not press keys into a page still hydrating.
    document.documentElement.dataset.briefingKeys = 'ready';
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      delete document.documentElement.dataset.briefingKeys;
    };
  }, []);
}

/** Whether the reader asked for reduced motion; moves are then instant. False until known (no animation on first paint anyway). */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Full screen on the whole page, or back; browsers that refuse (an iframe, a policy) simply stay as they are. */
export function toggleFullScreen(): void {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
