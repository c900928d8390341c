/**
 * An actor's panel in the explorer reads its records from the actor's own
 * shard, which leaves out the other actors those records name: the panel
 * names them from the page's summaries, so no addressee or relaying agency
 * shows as an unknown id.
 */
import { render, screen, within } from '@testing-library/react';
import { DetailPanel, type DetailPanelProps } from '@/components/explorer/DetailPanel';
import { summariseActor } from '@/lib/actor-summary';
import { buildIndex } from '@/lib/query';
import { actorShard, mergeShards } from '@/lib/dataset-shards';
import { DEFAULT_VIEW_STATE } from '@/lib/url-state';
import { panelDataset } from './helpers/panel-fixture';

const whole = buildIndex(panelDataset());
const summaries = new Map(panelDataset().actors.map((a) => [a.id, summariseActor(a)]));

/** The others an actor's statements name (addressees, relaying agencies), with the actor whose shard it is. */
function othersNamed(actorId: string): string[] {
  const ids = new Set<string>();
  for (const s of whole.statementsBySpeaker.get(actorId) ?? []) for (const id of [s.addressee, s.reportedBy]) if (id && id !== actorId) ids.add(id);
  return [...ids];
}

const speaker = panelDataset().actors.find((a) => actorShard(whole, a.id) && othersNamed(a.id).length > 0)!;
const shardIndex = buildIndex(mergeShards([actorShard(whole, speaker.id)!]));

function renderPanel(extra: Partial<DetailPanelProps>) {
  return render(
    <DetailPanel
      index={shardIndex}
      state={{ ...DEFAULT_VIEW_STATE, actor: speaker.id }}
      edge={null}
      onSelectActor={jest.fn()}
      onSelectEvent={jest.fn()}
      onOpenPassage={jest.fn()}
      actorSummary={summariseActor(speaker)}
      {...extra}
    />,
  );
}

describe("DetailPanel on an actor's own shard", () => {
  it('is a shard without the other actors its statements name', () => {
    expect(speaker).toBeDefined();
    for (const id of othersNamed(speaker.id)) expect(shardIndex.actors.has(id)).toBe(speaker.affiliation?.actor === id);
  });

  it("names every actor its statements address or relay through, from the page's summaries", () => {
    const { container } = renderPanel({ actorNames: (id) => summaries.get(id) });
    const panel = within(container);
    expect(panel.queryByText(/unknown actor/)).not.toBeInTheDocument();
    for (const id of othersNamed(speaker.id)) {
      const name = summaries.get(id)!.name.en;
      expect(panel.getAllByRole('button', { name: new RegExp(name) }).length).toBeGreaterThan(0);
    }
  });

  it('shows an id it cannot name as unknown, not a blank, when no summaries are given', () => {
    renderPanel({});
    expect(screen.getAllByText(/unknown actor/).length).toBeGreaterThan(0);
  });
});
