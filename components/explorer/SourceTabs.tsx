'use client';
/**
 * The reader's tab list: a tab per source, its Arabic title and publication
 * day. A dataset with more than TABS_PER_PAGE sources lists them a page at a
 * time ("show more"), the shown source always, as the actor list does.
 *
 * Why pages, not every tab in a scrolled box: at 100,000 events there are
 * 2,500 sources. Laid out at once, their Arabic titles took ~290 ms. Skipped
 * while off screen (`content-visibility: auto`, tried first), each tab became
 * one more target of the browser's own intersection checks, run on every
 * frame after a change: 8–10 ms of each selection's frame in a trace. And
 * 2,500 tab stops are no way for a keyboard user to reach the text.
 *
 * Memoised: it is made again only when the sources, the shown one or the
 * language change, not on every selection elsewhere in the explorer.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { SourceSummary } from '@/lib/source-summary';
import { usePages } from '@/components/usePages';

/** Tabs listed at first and added per press of "show more". */
export const TABS_PER_PAGE = 48;

export interface SourceTabsProps {
  sources: readonly SourceSummary[];
  /** The shown source, marked selected and always listed; null for none. */
  sourceId: string | null;
  /** The tab list's accessible name. */
  label: string;
  /** The "show more" button's words: how many it adds, how many are listed, of how many. */
  moreLabel: (more: number, shown: number, total: number) => string;
  /** Called with a source's id when its tab is pressed; keep it stable (the list re-renders when it changes). */
  onPick: (id: string) => void;
}

export const SourceTabs = memo(function SourceTabs({ sources, sourceId, label, moreLabel, onPick }: SourceTabsProps) {
  const pages = usePages(sources, TABS_PER_PAGE, (s) => s.id === sourceId);
  const listRef = useRef<HTMLDivElement>(null);
  // The list scrolls in its own box: the shown source's tab is brought into it, or a selection could open a source whose tab is out of sight.
  useLayoutEffect(() => {
    const list = listRef.current;
    const active = list?.querySelector('[aria-selected="true"]');
    if (!list || !active) return;
    const box = list.getBoundingClientRect();
    const tab = active.getBoundingClientRect();
    if (tab.top < box.top) list.scrollTop -= box.top - tab.top;
    else if (tab.bottom > box.bottom) list.scrollTop += tab.bottom - box.bottom;
  }, [sourceId]);
  return (
    <div className="reader-tabs-box">
      <div role="tablist" aria-label={label} className="reader-tabs" ref={listRef}>
        {pages.listed.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sourceId}
            className={s.id === sourceId ? 'active' : undefined}
            onClick={() => onPick(s.id)}
          >
            <span lang="ar" dir="rtl" className="ar-inline">
              {s.title.ar}
            </span>
            <span className="reader-tab-date">{s.publication.datetime.slice(0, 10)}</span>
          </button>
        ))}
      </div>
      {pages.more > 0 && (
        <button type="button" className="reader-tabs-more link-button" onClick={pages.showMore}>
          {moreLabel(pages.more, pages.paged, sources.length)}
        </button>
      )}
    </div>
  );
});
