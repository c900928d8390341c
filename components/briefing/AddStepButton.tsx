'use client';
/**
 * "Add this view as a step", for the explorer: collects the current view
 * (selected event or actor, brushed period) into a draft briefing kept in
 * this browser's localStorage, and offers it as a JSON file ready for
 * data/briefings/. Each step comes with its key passage (./draft), so the
 * file passes the schema as downloaded; its author then writes the
 * narratives and glosses and runs `npm run validate`.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { BriefingStep } from '@/lib/briefing';
import type { DatasetIndex } from '@/lib/query';
import { DRAFT_ID, DRAFT_STORAGE_KEY, draftJson, parseStoredDraft, stepFromView, type ViewForStep } from './draft';
import { BRIEFING_STRINGS } from './strings';
import { useLang } from '@/components/i18n/lang-context';
import './add-step.css';

export interface AddStepButtonProps {
  /** The explorer's index over the dataset. */
  index: DatasetIndex;
  /** The explorer's current view: `state.actor`, `state.event`, `state.from`, `state.to`. */
  view: ViewForStep;
}

/** Same-tab writes announce themselves with this event; other tabs' writes arrive as `storage` events. */
const CHANGE_EVENT = 'athar-briefing-draft-change';
/** The draft when storage is refused (private windows, policies): it then lives as long as the page. */
let memory: string | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return memory;
  }
}

function writeDraft(steps: readonly BriefingStep[]): void {
  memory = steps.length === 0 ? null : JSON.stringify(steps);
  try {
    if (memory === null) window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    else window.localStorage.setItem(DRAFT_STORAGE_KEY, memory);
  } catch {
    // Kept in `memory` only.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === DRAFT_STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

export function AddStepButton({ index, view }: AddStepButtonProps) {
  // The server (and hydration) sees no draft; the browser's storage takes over after.
  const raw = useSyncExternalStore(subscribe, readRaw, () => null);
  const steps = useMemo(() => parseStoredDraft(raw), [raw]);
  const [message, setMessage] = useState('');
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];

  const step = useMemo(() => stepFromView(index, view), [index, view]);
  const update = (next: BriefingStep[]) => writeDraft(next);
  const add = () => {
    if (!step) return;
    update([...steps, step]);
    setMessage(STRINGS.draftAdded(step.title[lang]));
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([draftJson(steps)], { type: 'application/json;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${DRAFT_ID}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="add-step" role="group" aria-label={STRINGS.draftTitle}>
      <button type="button" onClick={add} disabled={!step} aria-describedby={step ? undefined : 'add-step-hint'}>
        {STRINGS.addStep}
      </button>
      {!step && (
        <span id="add-step-hint" className="add-step-hint">
          {STRINGS.addStepNeedsSelection}
        </span>
      )}
      <span className="add-step-status" role="status">
        {message ? `${message} ` : ''}
        {STRINGS.draftCount(steps.length)}
      </span>
      {steps.length > 0 && (
        <>
          <button type="button" onClick={download}>
            {STRINGS.downloadDraft}
          </button>
          <button
            type="button"
            onClick={() => {
              update([]);
              setMessage('');
            }}
          >
            {STRINGS.clearDraft}
          </button>
        </>
      )}
    </div>
  );
}

export default AddStepButton;
