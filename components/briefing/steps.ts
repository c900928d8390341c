/**
 * Step navigation as pure functions: the reducer both windows (audience and
 * presenter) run, the keys a presenter's clicker sends, the `?step=` URL
 * parameter (1-based, untrusted) and the links out of a step. No React and
 * no DOM here, so every rule is tested without rendering.
 */
import { dayNumber, isoDay } from '@/lib/day';

/** The step shown, 0-based, and how many there are (at least 1). */
export interface StepState {
  index: number;
  count: number;
}

export type StepAction = { type: 'next' } | { type: 'previous' } | { type: 'first' } | { type: 'last' } | { type: 'goto'; index: number };

/** Next and previous stop at the ends (a clicker pressed once too often must not wrap to the start). */
export function stepReducer(state: StepState, action: StepAction): StepState {
  const last = Math.max(0, state.count - 1);
  const clamp = (index: number) => Math.min(last, Math.max(0, Math.trunc(index)));
  let index: number;
  switch (action.type) {
    case 'next':
      index = clamp(state.index + 1);
      break;
    case 'previous':
      index = clamp(state.index - 1);
      break;
    case 'first':
      index = 0;
      break;
    case 'last':
      index = last;
      break;
    case 'goto':
      index = Number.isFinite(action.index) ? clamp(action.index) : state.index;
      break;
  }
  return index === state.index ? state : { ...state, index };
}

/** What a key press asks for: a step action, full screen, or leaving the briefing. */
export type KeyCommand = StepAction | { type: 'fullscreen' } | { type: 'leave' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The command for a key, or null. Presentation clickers send PageDown /
 * PageUp (some send arrows); Shift+Space goes back as in slide software.
 * Combinations with Ctrl, Meta or Alt are the browser's (Ctrl+F, Alt+←).
 */
export function commandForKey({ key, shiftKey, ctrlKey, metaKey, altKey }: KeyInput): KeyCommand | null {
  if (ctrlKey || metaKey || altKey) return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return shiftKey ? { type: 'previous' } : { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'leave' };
    default:
      return null;
  }
}

/** The step a `?step=` value asks for, 0-based, and whether it had to be refused (shown as a notice). */
export function parseStepParam(raw: string | null | undefined, count: number): { index: number; refused: boolean } {
  if (raw === null || raw === undefined || raw === '') return { index: 0, refused: false };
  // Digits only: "3.5", "3abc", "+3", " 3" are malformed, not rounded, since a guessed step could mislead a room.
  if (!/^\d{1,4}$/.test(raw)) return { index: 0, refused: true };
  const step = Number(raw);
  if (step < 1 || step > count) return { index: 0, refused: true };
  return { index: step - 1, refused: false };
}

/** `?step=3` for index 2: the URL of a step, relative to the briefing's own path. */
export function stepQuery(index: number): string {
  return `?step=${index + 1}`;
}

/** The explorer showing the step's period, where Esc leaves to. */
export function explorerHref(window: { from: string; to: string }): string {
  return `/?${new URLSearchParams({ from: window.from, to: window.to }).toString()}`;
}

/**
 * The days the timeline shows for a step: its window with a margin each
 * side, so events at the edges are not cut, and a one-day window still
 * shows the days around it. More room after than before: event titles are
 * written after their glyphs, to the right.
 */
export function paddedWindow(window: { from: string; to: string }, before = 0.15, after = 0.45, minDays = 3): { from: string; to: string } {
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  const span = to - from + 1;
  return { from: isoDay(from - Math.max(minDays, Math.round(span * before))), to: isoDay(to + Math.max(minDays, Math.round(span * after))) };
}
