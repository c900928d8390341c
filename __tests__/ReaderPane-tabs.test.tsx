/**
 * The reader's source tabs: one per source, the shown one selected, and a
 * press always reaches the explorer's current handler — the tab list is
 * memoised and keeps one callback, which must not hold an old one.
 */
import path from 'node:path';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ReaderPane, type ReaderPaneProps } from '@/components/explorer/ReaderPane';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { summariseSource, type SourceSummary } from '@/lib/source-summary';
import { TABS_PER_PAGE } from '@/components/explorer/SourceTabs';

// jsdom has no TextDecoder; the loader (meant for Node) decodes the files with one.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const index = buildIndex(loadDataset(path.join(__dirname, '..', 'data')));
const sources = index.dataset.sources.map(summariseSource);

function props(overrides: Partial<ReaderPaneProps> = {}): ReaderPaneProps {
  return { index, sources, sourceId: sources[0]!.id, onSourceChange: () => {}, selected: null, focus: null, onSelect: () => {}, ...overrides };
}

describe('ReaderPane source tabs', () => {
  it('shows a tab per source with its Arabic title and day, the shown one selected', () => {
    render(<ReaderPane {...props({ sourceId: sources[1]!.id })} />);
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs).toHaveLength(sources.length);
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'false');
    expect(tabs[1]).toHaveTextContent(sources[1]!.title.ar);
    expect(tabs[1]).toHaveTextContent(sources[1]!.publication.datetime.slice(0, 10));
  });

  it('calls the handler of the latest render when a tab is pressed, not the one it was first drawn with', () => {
    const first = jest.fn();
    const latest = jest.fn();
    const { rerender } = render(<ReaderPane {...props({ onSourceChange: first })} />);
    rerender(<ReaderPane {...props({ onSourceChange: latest, selected: { kind: 'actor', id: index.dataset.actors[0]!.id } })} />);
    fireEvent.click(within(screen.getByRole('tablist')).getAllByRole('tab')[1]!);
    expect(latest).toHaveBeenCalledWith(sources[1]!.id);
    expect(first).not.toHaveBeenCalled();
  });

  it('moves the selected mark when the shown source changes', () => {
    const { rerender } = render(<ReaderPane {...props()} />);
    rerender(<ReaderPane {...props({ sourceId: sources[1]!.id })} />);
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs[0]).toHaveAttribute('aria-selected', 'false');
    expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
  });

  // 2,500 sources at 100,000 events: every tab at once cost ~290 ms of layout, and 2,500 tab stops.
  describe('with more sources than a page of tabs', () => {
    const many: SourceSummary[] = Array.from({ length: TABS_PER_PAGE * 2 + 5 }, (_, i) => ({
      ...sources[0]!,
      id: `source-${String(i).padStart(4, '0')}`,
      title: { ...sources[0]!.title, ar: `مقال رقم ${i}` },
    }));
    const tabIds = () => within(screen.getByRole('tablist')).getAllByRole('tab').map((t) => t.textContent);

    it('lists a page of tabs, and each press of "show more" lists the next page', () => {
      render(<ReaderPane {...props({ sources: many, sourceId: many[0]!.id })} />);
      expect(tabIds()).toHaveLength(TABS_PER_PAGE);
      fireEvent.click(screen.getByRole('button', { name: `Show ${TABS_PER_PAGE} more sources (${TABS_PER_PAGE} of ${many.length} listed)` }));
      expect(tabIds()).toHaveLength(TABS_PER_PAGE * 2);
      fireEvent.click(screen.getByRole('button', { name: `Show 5 more sources (${TABS_PER_PAGE * 2} of ${many.length} listed)` }));
      expect(tabIds()).toHaveLength(many.length);
      expect(screen.queryByRole('button', { name: /more sources/ })).toBeNull();
    });

    it('always lists the shown source, selected, even past the page', () => {
      const shown = many[TABS_PER_PAGE + 7]!;
      render(<ReaderPane {...props({ sources: many, sourceId: shown.id })} />);
      const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
      expect(tabs).toHaveLength(TABS_PER_PAGE + 1);
      expect(tabs[TABS_PER_PAGE]).toHaveTextContent(`مقال رقم ${TABS_PER_PAGE + 7}`);
      expect(tabs[TABS_PER_PAGE]).toHaveAttribute('aria-selected', 'true');
    });
  });
});
