import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventPanel, groupBySource, type EventPanelProps } from '@/components/panels/EventPanel';
import { ANALYST_BADGE_TEXT } from '@/components/panels/AnalystNote';
import { CONTEXT_DATE_LABEL } from '@/components/panels/DateSummary';
import { buildIndex } from '@/lib/query';
import type { AtharEvent } from '@/lib/schema';
import { PAYLOAD, panelDataset } from './helpers/panel-fixture';

const index = buildIndex(panelDataset());

/** The section under the heading with this name. */
const section = (name: RegExp | string) => screen.getByRole('heading', { name }).closest('section') as HTMLElement;

/** The `<dd>` after the `<dt>` with this label. */
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

function props(id: string, extra: Partial<EventPanelProps> = {}): EventPanelProps {
  const event = index.events.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return {
    event,
    statements: index.statementsByEvent.get(id) ?? [],
    actorsById: index.actors,
    sourcesById: index.sources,
    ...extra,
  };
}

describe('EventPanel', () => {
  it('shows the title in English and Arabic, the type with its CAMEO code, and the status', () => {
    render(<EventPanel {...props('working-group')} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Kerry and Wang agree on a working group');
    expect(within(heading).getByText('حدث working-group')).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('Diplomatic cooperation, agreement')).toBeInTheDocument();
    expect(screen.getByText('CAMEO 057')).toBeInTheDocument();
    expect(screen.getByText('Occurred')).toBeInTheDocument();
  });

  it('shows the date as written, as resolved, its precision and the source that anchors it', () => {
    render(<EventPanel {...props('li-appeal')} />);
    expect(screen.getByText('في الشهر الماضي', { selector: 'bdi' })).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('March 2013')).toBeInTheDocument();
    expect(screen.getByText('precision: month')).toBeInTheDocument();
    const anchor = screen.getByText(/Resolved from the publication date of/).closest('p') as HTMLElement;
    expect(anchor).toHaveTextContent('Kerry in Beijing');
    expect(within(anchor).getByText(/Inferred by the analyst/)).toHaveClass('analyst-mark');
  });

  it('marks a date taken from context as the analyst’s inference, with its note', () => {
    render(<EventPanel {...props('wang-says')} />);
    const date = fact('Date');
    expect(within(date).getByText(CONTEXT_DATE_LABEL)).toHaveClass('analyst-mark');
    expect(within(date).getByText(/Said at the Saturday meeting/)).toBeInTheDocument();
  });

  it('does not badge a date the passage names', () => {
    render(<EventPanel {...props('working-group')} />);
    expect(screen.queryByText(CONTEXT_DATE_LABEL)).not.toBeInTheDocument();
  });

  it('lists participants with their roles; a click selects the actor', async () => {
    const onSelectActor = jest.fn();
    render(<EventPanel {...props('working-group', { onSelectActor })} />);
    const participants = fact('Participants');
    const kerry = within(participants).getByRole('button', { name: 'كيري John Kerry' });
    expect(kerry.closest('li')).toHaveTextContent('initiator');
    expect(within(participants).getByRole('button', { name: 'وانغ Wang Yi' }).closest('li')).toHaveTextContent('participant');
    await userEvent.click(kerry);
    expect(onSelectActor).toHaveBeenCalledWith('kerry');
  });

  it('groups evidence by source and says how many sources corroborate it', () => {
    render(<EventPanel {...props('working-group')} />);
    const evidence = section(/^Evidence/);
    expect(within(evidence).getByText('Corroborated by 2 sources')).toBeInTheDocument();
    const groups = within(evidence).getAllByRole('heading', { level: 4 }).map((h) => h.closest('section') as HTMLElement);
    expect(groups.map((g) => g.getAttribute('data-source'))).toEqual(['beijing', 'jazeera']);
    expect(within(groups[0] as HTMLElement).getByText('اتفقا على مجموعة عمل', { selector: 'mark' })).toBeInTheDocument();
    expect(within(groups[1] as HTMLElement).getByText('وافقت على إقامة مجموعة عمل مشتركة', { selector: 'mark' })).toBeInTheDocument();
  });

  it('does not claim corroboration for a single source', () => {
    render(<EventPanel {...props('li-appeal')} />);
    expect(screen.queryByText(/Corroborated by/)).not.toBeInTheDocument();
    expect(screen.getByText('Told by a single source.')).toBeInTheDocument();
  });

  it('opens evidence in the reader with the event as owner', async () => {
    const onOpenPassage = jest.fn();
    render(<EventPanel {...props('working-group', { onOpenPassage })} />);
    const group = screen.getByRole('heading', { level: 4, name: /Progress in US–China cyber talks/ }).closest('section') as HTMLElement;
    await userEvent.click(within(group).getByRole('button', { name: /Open in source/ }));
    const passage = index.events.get('working-group')?.evidence[1];
    expect(onOpenPassage).toHaveBeenCalledWith(passage, { kind: 'event', id: 'working-group' });
  });

  it('shows the event’s statements; clicking one opens its passage', async () => {
    const onOpenPassage = jest.fn();
    render(<EventPanel {...props('wang-says', { onOpenPassage })} />);
    const statements = section(/^Statements/);
    const card = within(statements).getByRole('article');
    expect(card).toHaveTextContent('that cooperation matters');
    await userEvent.click(within(card).getByText('إن التعاون مهم'));
    expect(onOpenPassage).toHaveBeenCalledWith(index.statements.get('s-wang')?.passage, { kind: 'statement', id: 's-wang' });
  });

  it('marks analyst notes visibly', () => {
    render(<EventPanel {...props('working-group')} />);
    const notes = section('Analyst notes');
    expect(within(notes).getByText(ANALYST_BADGE_TEXT)).toHaveClass('analyst-mark');
    expect(notes).toHaveTextContent('The group first met in July 2013.');
    expect(notes).toHaveTextContent('Basis: State Department press release');
  });

  it('renders markup in titles and summaries as inert text', () => {
    const base = index.events.get('li-appeal') as AtharEvent;
    const evil: AtharEvent = { ...base, title: { en: PAYLOAD, ar: PAYLOAD }, summary: PAYLOAD };
    const { container } = render(<EventPanel {...props('li-appeal', { event: evil })} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(PAYLOAD);
  });
});

describe('groupBySource', () => {
  it('keeps sources in the order of their first passage', () => {
    const event = index.events.get('working-group') as AtharEvent;
    const [b, j] = event.evidence;
    expect(groupBySource([j, b, j].filter((p) => p !== undefined)).map((g) => [g.source, g.passages.length])).toEqual([
      ['jazeera', 2],
      ['beijing', 1],
    ]);
  });
});
