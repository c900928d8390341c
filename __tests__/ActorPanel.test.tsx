import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActorPanel, type ActorPanelProps } from '@/components/panels/ActorPanel';
import { LangContext } from '@/components/i18n/lang-context';
import { ANALYST_BADGE_TEXT } from '@/components/panels/AnalystNote';
import { buildIndex } from '@/lib/query';
import type { Actor, Dataset } from '@/lib/schema';
import { PAYLOAD, panelDataset } from './helpers/panel-fixture';
import { FIRST_ITEMS } from '@/components/panels/useFirstItems';
import { generateDataset } from '@/lib/synthetic/generate';

const index = buildIndex(panelDataset());

function props(id: string, extra: Partial<ActorPanelProps> = {}): ActorPanelProps {
  const actor = index.actors.get(id);
  if (!actor) throw new Error(`no actor ${id}`);
  return {
    actor,
    // Reversed on purpose: the panel must put them in date order itself.
    statements: [...(index.statementsBySpeaker.get(id) ?? [])].reverse(),
    events: index.eventsByActor.get(id) ?? [],
    eventsById: index.events,
    actorsById: index.actors,
    sourcesById: index.sources,
    ...extra,
  };
}

/** The section under the heading with this name. */
const section = (name: RegExp | string) => screen.getByRole('heading', { name }).closest('section') as HTMLElement;

const statementCards = () => screen.getAllByRole('article', { name: /^Statement by/ });

describe('ActorPanel', () => {
  it('names the actor in Arabic and English, with kind, country and role', () => {
    render(<ActorPanel {...props('kerry')} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(within(heading).getByText('كيري')).toHaveAttribute('lang', 'ar');
    expect(heading).toHaveTextContent('John Kerry');
    expect(screen.getByText('Person')).toBeInTheDocument();
    expect(screen.getByText('United States (US)')).toBeInTheDocument();
    expect(screen.getAllByText('وزير الخارجية', { selector: 'bdi' })[0]).toHaveAttribute('lang', 'ar');
    expect(screen.getByText(/Secretary of State/, { selector: 'dd' })).toBeInTheDocument();
  });

  it('names the country in the language of the page, each language keeping its own names', () => {
    const { unmount } = render(<ActorPanel {...props('kerry')} />);
    expect(screen.getByText('United States (US)')).toBeInTheDocument();
    unmount();
    render(
      <LangContext.Provider value="ar">
        <ActorPanel {...props('kerry')} />
      </LangContext.Provider>,
    );
    expect(screen.getByText(/^الولايات المتحدة.*\(US\)$/)).toBeInTheDocument();
    expect(screen.queryByText('United States (US)')).toBeNull();
  });

  it('lists every alias in Arabic', () => {
    render(<ActorPanel {...props('kerry')} />);
    for (const alias of ['كيري', '"كيري"']) {
      const item = screen.getByText(alias, { selector: 'li' });
      expect(item).toHaveAttribute('lang', 'ar');
      expect(item).toHaveAttribute('dir', 'rtl');
    }
  });

  it('shows every statement in date order with its Arabic words, gloss, dates and source', () => {
    render(<ActorPanel {...props('kerry')} />);
    const cards = statementCards();
    expect(cards).toHaveLength(2);
    const [early, late] = cards as [HTMLElement, HTMLElement];
    expect(within(early).getByText('إن البلدين اتفقا على مجموعة عمل').closest('blockquote')).toHaveAttribute('dir', 'rtl');
    expect(early).toHaveTextContent('the two countries agreed on a working group');
    expect(within(early).getByText('اليوم السبت')).toHaveAttribute('lang', 'ar');
    expect(early).toHaveTextContent('13 April 2013');
    expect(early).toHaveTextContent('Direct quote');
    expect(early).toHaveTextContent('(date only)'); // the Beijing text's publication date is inferred
    expect(within(late).getByText('إن الاتفاق رسمي')).toBeInTheDocument();
    expect(late).toHaveTextContent('14 May 2013');
    expect(late).toHaveTextContent('Reported speech');
    expect(late).toHaveTextContent('15 May 2013, 12:06 (UTC+03:00)');
    expect(within(late).getByText('stated in the text')).toBeInTheDocument();
  });

  it('says who relays reported words and to whom they were said', () => {
    render(<ActorPanel {...props('wang')} />);
    const [card] = statementCards();
    expect(within(card as HTMLElement).getByText('reported by')).toBeInTheDocument();
    expect(card).toHaveTextContent(/reported by\s*شينخوا Xinhua/);
    expect(card).toHaveTextContent(/to\s*كيري John Kerry/);
    expect(card).toHaveTextContent('Analyst inference — the passage does not name this date');
  });

  it('opens the reader at a statement’s passage when the statement is clicked', async () => {
    const onOpenPassage = jest.fn();
    render(<ActorPanel {...props('kerry', { onOpenPassage })} />);
    const early = statementCards()[0] as HTMLElement;
    await userEvent.click(within(early).getByText('إن البلدين اتفقا على مجموعة عمل'));
    expect(onOpenPassage).toHaveBeenCalledTimes(1);
    expect(onOpenPassage).toHaveBeenCalledWith(index.statements.get('s-kerry-early')?.passage, { kind: 'statement', id: 's-kerry-early' });
  });

  it('opens a statement from the keyboard through its button', async () => {
    const onOpenPassage = jest.fn();
    render(<ActorPanel {...props('kerry', { onOpenPassage })} />);
    within(statementCards()[1] as HTMLElement).getByRole('button', { name: /Open in source/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onOpenPassage).toHaveBeenCalledWith(index.statements.get('s-kerry-late')?.passage, { kind: 'statement', id: 's-kerry-late' });
  });

  it('selects an actor or an event without also opening the statement', async () => {
    const onOpenPassage = jest.fn();
    const onSelectActor = jest.fn();
    const onSelectEvent = jest.fn();
    render(<ActorPanel {...props('wang', { onOpenPassage, onSelectActor, onSelectEvent })} />);
    const card = statementCards()[0] as HTMLElement;
    await userEvent.click(within(card).getByRole('button', { name: /Xinhua/ }));
    expect(onSelectActor).toHaveBeenCalledWith('xinhua');
    await userEvent.click(within(card).getByRole('button', { name: 'Wang tells Kerry cooperation matters' }));
    expect(onSelectEvent).toHaveBeenCalledWith('wang-says');
    expect(onOpenPassage).not.toHaveBeenCalled();
  });

  it('links the affiliation and lists the events the actor takes part in', async () => {
    const onSelectActor = jest.fn();
    const onSelectEvent = jest.fn();
    render(<ActorPanel {...props('kerry', { onSelectActor, onSelectEvent })} />);
    await userEvent.click(screen.getByRole('button', { name: /United States/ }));
    expect(onSelectActor).toHaveBeenCalledWith('us');
    const events = section(/^Events/);
    expect(within(events).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Wang tells Kerry cooperation matters',
      'Kerry and Wang agree on a working group',
      'Official reports progress',
    ]);
    await userEvent.click(within(events).getByRole('button', { name: 'Official reports progress' }));
    expect(onSelectEvent).toHaveBeenCalledWith('official-announces');
  });

  it('counts every event when a record page lists only the first ones, and links to the rest', () => {
    const all = index.eventsByActor.get('kerry') ?? [];
    render(<ActorPanel {...props('kerry', { events: all.slice(0, 1), eventTotal: 2500, allEventsHref: '/?actor=kerry' })} />);
    const events = section('Events (2500)');
    expect(within(events).getAllByRole('listitem')).toHaveLength(1);
    expect(events).toHaveTextContent('Showing the first 1 of 2,500 events, in date order.');
    expect(within(events).getByRole('link', { name: 'Read all of them in the explorer' })).toHaveAttribute('href', '/?actor=kerry');
  });

  it('says nothing of a cut when the list is whole', () => {
    const all = index.eventsByActor.get('kerry') ?? [];
    render(<ActorPanel {...props('kerry', { eventTotal: all.length, allEventsHref: '/?actor=kerry' })} />);
    expect(section(`Events (${all.length})`)).not.toHaveTextContent(/Showing the first/);
    expect(screen.queryByRole('link', { name: 'Read all of them in the explorer' })).not.toBeInTheDocument();
  });

  it('marks analyst notes as analyst knowledge, with their basis', () => {
    render(<ActorPanel {...props('kerry')} />);
    const notes = section('Analyst notes');
    expect(within(notes).getByText(ANALYST_BADGE_TEXT)).toHaveClass('analyst-mark');
    expect(notes).toHaveTextContent('US Secretary of State from February 2013.');
    expect(notes).toHaveTextContent('Basis: Public record');
  });

  it('uses links to record pages when no callbacks are given', () => {
    render(<ActorPanel {...props('kerry')} />);
    expect(screen.getByRole('link', { name: /United States/ })).toHaveAttribute('href', '/actors/us');
    const eventLinks = screen.getAllByRole('link', { name: 'Official reports progress' });
    expect(eventLinks.length).toBeGreaterThan(0);
    for (const link of eventLinks) expect(link).toHaveAttribute('href', '/events/official-announces');
    expect(screen.queryByRole('button', { name: /Open in source/ })).not.toBeInTheDocument();
  });

  it('accepts plain-object and function lookups', () => {
    const actorsById = Object.fromEntries(index.actors);
    render(<ActorPanel {...props('wang', { actorsById, sourcesById: (id) => index.sources.get(id), eventsById: undefined })} />);
    expect(statementCards()[0]).toHaveTextContent(/reported by\s*شينخوا Xinhua/);
  });

  it('renders markup in names and notes as inert text', () => {
    const base = index.actors.get('wang') as Actor;
    const evil: Actor = {
      ...base,
      name: { ar: PAYLOAD, en: PAYLOAD },
      aliases: [PAYLOAD],
      analystNotes: [{ text: PAYLOAD, basis: PAYLOAD }],
    };
    const { container } = render(<ActorPanel {...props('wang', { actor: evil })} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(PAYLOAD);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('ActorPanel in the explorer (progressive)', () => {
  // A busy actor of a synthetic set: more statements and events than a panel's first items.
  const synthetic = buildIndex({ ...generateDataset({ events: 1500, actors: 40, seed: 3 }), briefings: [] } as Dataset);
  const busy = synthetic.dataset.actors
    .map((a) => ({ a, statements: synthetic.statementsBySpeaker.get(a.id) ?? [], events: synthetic.eventsByActor.get(a.id) ?? [] }))
    .find(({ statements, events }) => statements.length > 5 && statements.length < FIRST_ITEMS && statements.length + events.length > FIRST_ITEMS + 10)!;
  const busyProps = (progressive: boolean): ActorPanelProps => ({
    actor: busy.a,
    statements: busy.statements,
    events: busy.events,
    eventsById: synthetic.events,
    actorsById: synthetic.actors,
    sourcesById: synthetic.sources,
    progressive,
  });
  const eventItems = () => within(section(/^Events/)).queryAllByRole('listitem');

  it('renders the first items with the panel and every item a moment later, the headings counting all from the start', async () => {
    render(<ActorPanel {...busyProps(true)} />);
    expect(statementCards()).toHaveLength(busy.statements.length);
    expect(eventItems()).toHaveLength(FIRST_ITEMS - busy.statements.length);
    expect(screen.getByRole('heading', { name: new RegExp(`^Events \\(${busy.events.length}\\)`) })).toBeInTheDocument();
    await waitFor(() => expect(eventItems()).toHaveLength(busy.events.length));
  });

  it('renders every item at once on a record page', () => {
    render(<ActorPanel {...busyProps(false)} />);
    expect(eventItems()).toHaveLength(busy.events.length);
  });
});
