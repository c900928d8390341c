import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox, type SearchCoverage } from '@/components/explorer/SearchBox';
import { LangContext } from '@/components/i18n/lang-context';
import { buildSearchIndex, search, searchIndexFromEntries, type SearchIndex } from '@/lib/search';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

// A generated dataset's index, and its first part as the page holds it while the rest loads: the actors, which come first.
const whole = buildSearchIndex({ ...generateDataset({ events: 300, actors: 60, seed: 3 }), briefings: [] } as Dataset);
const actorsOnly = searchIndexFromEntries(whole.entries.filter((e) => e.kind === 'actor'));
const total = whole.entries.length;
const actorName = actorsOnly.entries[0]!.labels.ar;
// A word of the statements' glosses that no actor holds: found only once the later parts are in.
const laterWord = whole.entries
  .filter((e) => e.kind === 'statement')
  .flatMap((e) => e.texts.filter((f) => f.field === 'gloss').flatMap((f) => f.raw.split(/\W+/)))
  .find((w) => w.length > 4 && search(actorsOnly, w).length === 0 && search(whole, w).length > 0)!;

/** The box as the explorer feeds it: the results of the query it reports, over the entries in so far. */
function Fed({ index, coverage }: { index: SearchIndex; coverage: SearchCoverage }) {
  const [query, setQuery] = useState('');
  return <SearchBox results={search(index, query, { limit: 12 })} coverage={coverage} onQueryChange={setQuery} onPick={() => undefined} />;
}

function typeInto(query: string) {
  const box = screen.getByRole('combobox');
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: query } });
}

describe('SearchBox while the index comes in parts', () => {
  it('shows the results so far and says how much of the index they cover', () => {
    render(<Fed index={actorsOnly} coverage={{ searched: actorsOnly.entries.length, total }} />);
    typeInto(actorName);
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    // Above the results, where it is read (and seen, in a list that scrolls) before them.
    expect(screen.getByRole('listbox').firstElementChild?.textContent).toMatch(/entries so far/);
    expect(screen.getByText(`Searched ${actorsOnly.entries.length.toLocaleString('en')} of ${total.toLocaleString('en')} entries so far; the rest of the index is loading, and more results may come.`)).toBeTruthy();
  });

  it('does not say "no match" before the whole index is searched', () => {
    render(<Fed index={actorsOnly} coverage={{ searched: actorsOnly.entries.length, total }} />);
    expect(laterWord).toBeTruthy();
    typeInto(laterWord);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.queryByText(/No match/)).toBeNull();
    expect(screen.getByText(/entries so far/)).toBeTruthy();
  });

  it('says nothing of coverage once every part is in, and "no match" when nothing matches', () => {
    render(<Fed index={whole} coverage={{ searched: total, total }} />);
    typeInto(laterWord);
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    expect(screen.queryByText(/entries so far/)).toBeNull();
    typeInto('zzzq');
    expect(screen.getByText(/No match/)).toBeTruthy();
  });

  it('asks for the index when the pointer comes over the box, before any click, and not before', () => {
    const want = jest.fn();
    render(<SearchBox results={null} onWantIndex={want} onPick={() => undefined} />);
    expect(want).not.toHaveBeenCalled();
    fireEvent.pointerEnter(screen.getByRole('combobox'));
    expect(want).toHaveBeenCalledTimes(1);
  });

  it('picks the first result of an Enter pressed before the answer came, once it comes, unless the user typed on', async () => {
    const picked: string[] = [];
    let answer: (results: ReturnType<typeof search>) => void = () => undefined;
    const awaitAnswer = () => new Promise<ReturnType<typeof search>>((resolve) => (answer = resolve));
    // The results on screen answer an older query: the Enter must not pick from them.
    const older = actorsOnly.entries.find((e) => e.labels.ar !== actorName)!.labels.ar;
    const stale = search(whole, older, { limit: 12 });
    expect(stale.length).toBeGreaterThan(0);
    const { unmount } = render(<SearchBox results={stale} resultsFor={older} awaitAnswer={awaitAnswer} onPick={(hit) => picked.push(hit.id)} onQueryChange={() => undefined} />);
    typeInto(actorName);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(picked).toEqual([]);
    const fresh = search(actorsOnly, actorName, { limit: 12 });
    await act(async () => answer(fresh));
    expect(picked).toEqual([fresh[0]!.id]);
    unmount();

    render(<SearchBox results={stale} resultsFor={older} awaitAnswer={awaitAnswer} onPick={(hit) => picked.push(hit.id)} />);
    typeInto(actorName);
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    typeInto(`${actorName} x`);
    await act(async () => answer(fresh));
    expect(picked).toHaveLength(1);
  });

  it('does not say "no match" for the query typed while only an older query has been answered', () => {
    render(<SearchBox results={[]} resultsFor="zzzq" coverage={{ searched: total, total }} onPick={() => undefined} />);
    typeInto(actorName);
    expect(screen.queryByText(/No match/)).toBeNull();
  });

  it('says it is loading the index until the first part is in', () => {
    render(<SearchBox results={null} onPick={() => undefined} />);
    typeInto('China');
    expect(screen.getByText('Loading the search index…')).toBeTruthy();
    expect(screen.queryByText(/No match/)).toBeNull();
  });

  it('says it in Arabic in the Arabic interface', () => {
    render(
      <LangContext.Provider value="ar">
        <Fed index={actorsOnly} coverage={{ searched: 100, total: 2000 }} />
      </LangContext.Provider>,
    );
    typeInto(actorName);
    expect(screen.getByText(`بُحث حتى الآن في ${(100).toLocaleString('ar')} من ${(2000).toLocaleString('ar')} مدخلًا؛ يجري تحميل بقية الفهرس، وقد تظهر نتائج أخرى.`)).toBeTruthy();
  });
});
