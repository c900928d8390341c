/**
 * While a selected actor's records load (their shards are on their way), the
 * detail panel already names the actor, as its panel will title it, and
 * says the records are coming: the click shows its result at once, and no
 * record of the previous selection is shown meanwhile.
 */
import { render, screen } from '@testing-library/react';
import { DetailPanel, type DetailPanelProps } from '@/components/explorer/DetailPanel';
import { summariseActor } from '@/lib/actor-summary';
import { buildIndex } from '@/lib/query';
import { mergeShards } from '@/lib/dataset-shards';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { panelDataset } from './helpers/panel-fixture';

const full = buildIndex(panelDataset());
const empty = buildIndex(mergeShards([]));
const someone = panelDataset().actors[0]!;

function props(extra: Partial<DetailPanelProps>): DetailPanelProps {
  return { index: empty, state: { ...DEFAULT_VIEW_STATE, actor: someone.id }, edge: null, onSelectActor: jest.fn(), onSelectEvent: jest.fn(), onOpenPassage: jest.fn(), ...extra };
}

describe('DetailPanel while the records load', () => {
  it('names the selected actor in both languages and says its records are loading', () => {
    render(<DetailPanel {...props({ busy: true, actorSummary: summariseActor(someone) })} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent(someone.name.en);
    expect(heading).toHaveTextContent(someone.name.ar);
    expect(heading.querySelector('[lang="ar"]')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the records and passages');
    expect(heading.closest('section')).toHaveAttribute('aria-busy', 'true');
  });

  it('shows the same title once the records are in, with them', () => {
    render(<DetailPanel {...props({ index: full, busy: false, actorSummary: summariseActor(someone) })} />);
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(someone.name.en) })).toBeInTheDocument();
    expect(screen.queryByText('Loading the records and passages…')).not.toBeInTheDocument();
  });

  it('says only that records are loading when an event is selected (its title is in its records)', () => {
    const event = panelDataset().events[0]!;
    render(<DetailPanel {...props({ busy: true, actorSummary: summariseActor(someone), state: { ...DEFAULT_VIEW_STATE, actor: someone.id, event: event.id } })} />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the records and passages');
  });
});
