/** @jest-environment node */
/**
 * The graph the browser draws from columns must be the graph the index gives:
 * same nodes with the same counts, same edges with the same events in the same
 * order, for the whole dataset, a brushed window and a relation filter.
 */
import { buildIndex } from '@/lib/query';
import { actorGraph, type GraphFilter } from '@/lib/graph';
import { edgeTypeCountsFromColumns, encodeGraphColumns, eventWindowMask, eventWindowTest, graphFromColumns } from '@/lib/graph-columns';
import { dayNumber } from '@/lib/day';
import { edgeTypeCounts } from '@/components/graph/elements';
import { shardLookups } from '@/lib/shard-plan';
import { encodeTimelineColumns, OPEN_DAY } from '@/lib/columnar';
import { toTimelineEvents } from '@/lib/timeline-model';
import { loadDataset } from '@/lib/load';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

function parity(dataset: Dataset, filters: GraphFilter[]) {
  const index = buildIndex(dataset);
  // Through JSON, as the page props carry them.
  const columns = JSON.parse(JSON.stringify(encodeGraphColumns(index))) as ReturnType<typeof encodeGraphColumns>;
  const timeline = encodeTimelineColumns(toTimelineEvents(index));
  const days = { earliest: timeline.earliest, latest: timeline.latest, open: OPEN_DAY };
  for (const filter of filters) expect(graphFromColumns(columns, days, filter)).toEqual(actorGraph(index, filter));
  return { index, columns };
}

describe('graphFromColumns', () => {
  it('equals actorGraph on the shipped dataset, whole, windowed and filtered', () => {
    const { index, columns } = parity(loadDataset(), [
      {},
      { window: { from: '2013-06-01', to: '2013-06-30' } },
      { window: { from: '2013-07-01', to: null } },
      { window: { from: null, to: '2013-04-15' } },
      { relationTypes: new Set(['met-with', 'spoke-to']) },
      { window: { from: '2013-06-07', to: '2013-06-08' }, relationTypes: new Set(['met-with']) },
    ]);
    const whole = actorGraph(index);
    expect(whole.edges.length).toBeGreaterThan(3);
    expect(shardLookups(columns).statementEvent.size).toBe(index.statements.size);
  });

  it('equals actorGraph on a synthetic dataset with fuzzy and open dates', () => {
    const dataset = generateDataset({ events: 1500, actors: 300, seed: 3 });
    const { index } = parity({ ...dataset, briefings: [] } as Dataset, [
      {},
      { window: { from: '2015-01-01', to: '2016-06-30' } },
      { window: { from: '2020-02-01', to: '2020-02-01' } },
      { window: { from: '2014-01-01', to: '2014-03-31' } },
      { relationTypes: new Set(['met-with']) },
    ]);
    const windowed = actorGraph(index, { window: { from: '2015-01-01', to: '2016-06-30' } });
    // The window really cuts: fewer edges than the whole graph, and some actor loses events.
    const whole = actorGraph(index);
    expect(windowed.edges.length).toBeLessThan(whole.edges.length);
    // In the first quarter of 2014 an edge of two relations keeps only the one with an event in the period (graphFromColumns filters the whole graph's edges).
    const relationsOf = new Map(whole.edges.map((e) => [e.id, e.relations.length]));
    const quarter = actorGraph(index, { window: { from: '2014-01-01', to: '2014-03-31' } });
    expect(quarter.edges.some((e) => e.relations.length < (relationsOf.get(e.id) ?? 0))).toBe(true);
  });

  it('equals actorGraph where one edge gathers relations that share events, list them out of order or run the other way', () => {
    const base = generateDataset({ events: 300, actors: 60, seed: 5 });
    const [a, b, c] = base.actors.map((x) => x.id);
    const ids = base.events.map((e) => e.id);
    const relation = (id: string, type: string, source: string, target: string, events: string[]) => ({ id, type, source, target, events, passages: [] });
    const relations = [
      ...base.relations,
      // cooperates-with is undirected: b–a and a–b are one edge; its events, some shared, come in no order and repeat.
      relation('relation-x1', 'cooperates-with', b!, a!, [ids[40]!, ids[7]!, ids[40]!]),
      relation('relation-x2', 'cooperates-with', a!, b!, [ids[7]!, ids[120]!, ids[3]!]),
      relation('relation-x3', 'cooperates-with', a!, b!, []),
      // accuses is directed: a→c and c→a stay two edges.
      relation('relation-x4', 'accuses', a!, c!, [ids[200]!, ids[10]!]),
      relation('relation-x5', 'accuses', c!, a!, [ids[10]!]),
    ];
    const dataset = { ...base, relations, briefings: [] } as unknown as Dataset;
    const { index } = parity(dataset, [{}, { window: { from: '2000-01-01', to: '2016-12-31' } }, { relationTypes: new Set(['cooperates-with']) }]);
    const joined = actorGraph(index).edges.find((e) => e.relations.includes('relation-x1'));
    expect(joined?.relations).toEqual(expect.arrayContaining(['relation-x1', 'relation-x2', 'relation-x3']));
    // Each event once, however many of the edge's relations name it.
    expect(new Set(joined?.events).size).toBe(joined?.events.length);
    expect(joined?.events).toEqual(expect.arrayContaining([ids[3], ids[7], ids[40], ids[120]]));
  });

  it('counts the edges of each type the whole graph draws, without building it (the relation filter reads these first)', () => {
    for (const dataset of [loadDataset(), { ...generateDataset({ events: 1500, actors: 300, seed: 3 }), briefings: [] } as Dataset]) {
      const index = buildIndex(dataset);
      const columns = encodeGraphColumns(index);
      const counts = edgeTypeCountsFromColumns(columns);
      expect([...counts]).toEqual([...edgeTypeCounts(actorGraph(index))]);
      expect([...counts.values()].every((n) => n > 0)).toBe(true);
    }
  });
});

describe('eventWindowMask', () => {
  it('marks exactly the events the window test accepts, open dates and open windows included', () => {
    // Days around a window of 10–20, with open earliest or latest days (unknown start or end), and events that only touch an edge.
    const open = -99;
    const earliest = [5, 10, 20, 21, open, open, 12, 0, open, 19];
    const latest = [9, 10, 25, 30, 9, 11, open, 100, open, 19];
    const days = { earliest, latest, open };
    const at = (day: number) => new Date(Date.UTC(1970, 0, 1 + day)).toISOString().slice(0, 10);
    expect(dayNumber(at(10))).toBe(10);
    const windows = [
      { from: at(10), to: at(20) },
      { from: null, to: at(9) },
      { from: at(21), to: null },
      { from: at(19), to: at(19) },
    ];
    for (const window of windows) {
      const mask = eventWindowMask(days, window)!;
      const test = eventWindowTest(days, window)!;
      expect(Array.from(mask, (m) => m === 1)).toEqual(earliest.map((_, n) => test(n)));
    }
    expect(Array.from(eventWindowMask(days, windows[0])!)).toEqual([0, 1, 1, 0, 0, 1, 1, 1, 1, 1]);
    expect(eventWindowMask(days, { from: null, to: null })).toBeNull();
    expect(eventWindowMask(days, null)).toBeNull();
  });
});
