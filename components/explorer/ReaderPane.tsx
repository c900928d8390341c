'use client';
/**
 * The reader column: a tab per source article and the reader of the chosen
 * one. What each highlight supports is worded here from the index, so the
 * reader itself stays generic.
 */
import { useCallback } from 'react';
import type { Passage } from '@/lib/schema';
import type { DatasetIndex, PassageOwner, PassageRef } from '@/lib/query';
import { SourceReader } from '@/components/reader/SourceReader';

export interface ReaderPaneProps {
  index: DatasetIndex;
  /** Source shown; null only for an empty dataset. */
  sourceId: string | null;
  onSourceChange: (id: string) => void;
  selected: PassageOwner | null;
  /** Passage to scroll to and outline. */
  focus: Passage | null;
  onSelect: (owner: PassageOwner) => void;
}

/** Words for what a passage supports, e.g. "Statement by John Kerry". */
export function describePassage(index: DatasetIndex, ref: PassageRef): string {
  const { owner } = ref;
  if (owner.kind === 'event') {
    const e = index.events.get(owner.id);
    return `${ref.role === 'date' ? 'Date of event' : 'Event'}: ${e?.title.en ?? owner.id}`;
  }
  if (owner.kind === 'statement') {
    const s = index.statements.get(owner.id);
    const speaker = s ? index.actors.get(s.speaker)?.name.en : undefined;
    return `Statement by ${speaker ?? 'unknown speaker'}: ${s?.gloss ?? owner.id}`;
  }
  if (owner.kind === 'actor') {
    const a = index.actors.get(owner.id);
    const what = ref.role === 'role' ? 'Role of' : ref.role === 'affiliation' ? 'Affiliation of' : 'Mention of';
    return `${what} ${a?.name.en ?? owner.id}`;
  }
  if (owner.kind === 'relation') {
    const r = index.relations.get(owner.id);
    const name = (id: string | undefined) => (id ? index.actors.get(id)?.name.en ?? id : '');
    return `Relation: ${name(r?.source)} ${r?.type ?? ''} ${name(r?.target)}`;
  }
  return ref.role === 'publication' ? 'Publication date of the article' : 'Publisher or credited agency';
}

export function ReaderPane({ index, sourceId, onSourceChange, selected, focus, onSelect }: ReaderPaneProps) {
  const describe = useCallback((ref: PassageRef) => describePassage(index, ref), [index]);
  const source = sourceId ? index.sources.get(sourceId) : undefined;
  const text = source ? index.dataset.texts[source.id] : undefined;
  return (
    <div className="reader-pane">
      <div role="tablist" aria-label="Source articles" className="reader-tabs">
        {index.dataset.sources.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sourceId}
            className={s.id === sourceId ? 'active' : undefined}
            onClick={() => onSourceChange(s.id)}
          >
            <span lang="ar" dir="rtl" className="ar-inline">
              {s.title.ar}
            </span>
            <span className="reader-tab-date">{s.publication.datetime.slice(0, 10)}</span>
          </button>
        ))}
      </div>
      {source && text !== undefined ? (
        <div role="tabpanel" aria-label={source.title.en}>
          <SourceReader
            source={source}
            text={text}
            passages={index.passagesBySource.get(source.id) ?? []}
            describe={describe}
            selected={selected}
            focusPassage={focus && focus.source === source.id ? focus.position : null}
            onSelect={onSelect}
          />
        </div>
      ) : (
        <p>No source selected.</p>
      )}
    </div>
  );
}
