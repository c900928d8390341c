'use client';
/**
 * The reader column: a tab per source article and the reader of the chosen
 * one. What each highlight supports is worded here from the index, so the
 * reader itself stays generic.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Passage } from '@/lib/schema';
import type { SourceSummary } from '@/lib/source-summary';
import type { DatasetIndex, PassageOwner, PassageRef } from '@/lib/query';
import { describePassage } from './describe-passage';
import { SourceReader } from '@/components/reader/SourceReader';
import { useLang } from '@/components/i18n/lang-context';
import { READER_STRINGS } from '@/components/reader/strings';
import { EXPLORER_STRINGS } from './strings';
import { SourceTabs } from './SourceTabs';

export interface ReaderPaneProps {
  /** The records loaded for the view: the shown source's text and every record citing it, once its shard has come. */
  index: DatasetIndex;
  /** Every source, for the tabs. */
  sources: readonly SourceSummary[];
  /** The shown source's shard is still on its way. */
  busy?: boolean;
  /** Source shown; null only for an empty dataset. */
  sourceId: string | null;
  onSourceChange: (id: string) => void;
  selected: PassageOwner | null;
  /** Passage to scroll to and outline. */
  focus: Passage | null;
  /** Incremented when the user explicitly opens a passage: keyboard focus then moves onto it. */
  focusRequest?: number;
  onSelect: (owner: PassageOwner) => void;
}

export function ReaderPane({ index, sources, busy = false, sourceId, onSourceChange, selected, focus, focusRequest = 0, onSelect }: ReaderPaneProps) {
  const paneRef = useRef<HTMLDivElement>(null);
  // Runs after the reader has marked the new focus, so the marked range is the one that takes focus.
  useEffect(() => {
    if (focusRequest === 0) return;
    const frame = requestAnimationFrame(() => {
      const marked = paneRef.current?.querySelector<HTMLElement>('[data-focused]');
      if (!marked) return;
      // The highlight inside the marked range is the tab stop; the range itself takes focus only when it has none.
      const target = marked.querySelector<HTMLElement>('[tabindex]') ?? marked;
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      // An explicit open brings the passage on screen even when the reader pane is below the fold (one-column layout).
      target.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, focus?.source, focus?.position.start, focus?.position.end]);
  const lang = useLang();
  const words = READER_STRINGS[lang];
  const describe = useCallback((ref: PassageRef) => describePassage(index, ref, lang), [index, lang]);
  const source = sourceId ? index.sources.get(sourceId) : undefined;
  const text = source ? index.dataset.texts[source.id] : undefined;
  const explorerWords = EXPLORER_STRINGS[lang];
  // The tabs keep one callback for the pane's life, which calls the latest onSourceChange, so their memo holds across the explorer's renders.
  const latestSourceChange = useRef(onSourceChange);
  useEffect(() => {
    latestSourceChange.current = onSourceChange;
  });
  const pickSource = useCallback((id: string) => latestSourceChange.current(id), []);
  return (
    <div className="reader-pane" ref={paneRef}>
      <SourceTabs sources={sources} sourceId={sourceId} label={words.sourceTabs} moreLabel={words.showMoreSources} onPick={pickSource} />
      {source && text !== undefined ? (
        <div role="tabpanel" aria-label={source.title[lang]}>
          <SourceReader
            source={source}
            text={text}
            passages={index.passagesBySource.get(source.id) ?? []}
            describe={describe}
            selected={selected}
            focusPassage={focus && focus.source === source.id ? focus.position : null}
            onSelect={onSelect}
            headingLevel={3}
            scrollPage={false}
          />
        </div>
      ) : busy || (sourceId !== null && !source) ? (
        <p role="status">{explorerWords.loadingRecords}</p>
      ) : (
        <p>{words.noSource}</p>
      )}
    </div>
  );
}
