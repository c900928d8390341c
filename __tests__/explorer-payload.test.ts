/** @jest-environment node */
import { decodeTimelineColumns, encodeTimelineColumns, TEXT_KEYS } from '@/lib/columnar';
import { explorerPayload, explorerTimelineText, receiveExplorerPayload, TEXT_INLINE_UP_TO, type ExplorerPayloadWire } from '@/lib/explorer-payload';
import { encodeGraphColumns, graphFromColumns } from '@/lib/graph-columns';
import { actorGraph } from '@/lib/graph';
import { edgeTypeCounts } from '@/components/graph/elements';
import { OPEN_DAY } from '@/lib/columnar';
import { figureCaption } from '@/components/export/caption';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { toTimelineEvents } from '@/lib/timeline-model';
import { prepareLanes } from '@/lib/timeline/lanes';
import { recordsFromColumns } from '@/lib/timeline/records';
import { generateDataset } from '@/lib/synthetic/generate';
import type { Dataset } from '@/lib/schema';

describe('explorer payload and the timeline’s words', () => {
  const index = buildIndex(loadDataset('data'));
  const timeline = toTimelineEvents(index);
  const payload = JSON.parse(JSON.stringify(explorerPayload(index, {})));
  const text = JSON.parse(JSON.stringify(explorerTimelineText(index)));

  it('sends the timeline without its words, which the text file has in the same order', () => {
    for (const key of TEXT_KEYS) expect(payload.timeline).not.toHaveProperty(key);
    expect(decodeTimelineColumns(receiveExplorerPayload(payload).timeline, text)).toEqual(timeline);
  });

  it('carries the words inside the payload for a small timeline, so it draws its titles from the start', () => {
    expect(timeline.length).toBeLessThanOrEqual(TEXT_INLINE_UP_TO);
    expect(payload.timelineText).toEqual(text);
  });

  it('sends each event id once, and the page gives the graph the same event names as the server', () => {
    expect(payload.graph).not.toHaveProperty('eventId');
    const received = receiveExplorerPayload(payload);
    expect(received.graph).toEqual(encodeGraphColumns(index));
    const days = { earliest: received.timeline.earliest, latest: received.timeline.latest, open: OPEN_DAY };
    // Every edge names the events behind it: the same ids as the graph built from the records.
    expect(graphFromColumns(received.graph, days).edges.map((e) => e.events)).toEqual(actorGraph(index).edges.map((e) => e.events));
  });

  it('refuses a payload whose timeline ids do not match its count, naming the file', () => {
    const broken = { ...payload, timeline: { ...payload.timeline, id: payload.timeline.id.slice(1) } };
    expect(() => receiveExplorerPayload(broken)).toThrow(/\/data\/explorer\.json: the timeline has \d+ events but \d+ ids/);
  });

  it('sends each source as a summary that captions a figure exactly as the full record does', () => {
    const { sources } = receiveExplorerPayload(payload);
    expect(sources.map((s) => s.id)).toEqual(index.dataset.sources.map((s) => s.id));
    expect(sources[0]).not.toHaveProperty('publisher');
    for (const lang of ['en', 'ar'] as const) {
      expect(figureCaption({ figure: 'Timeline', sources, lang })).toEqual(figureCaption({ figure: 'Timeline', sources: index.dataset.sources, lang }));
    }
  });

  it('sends each actor as what the views read of it; its aliases and role words come with its shard, as the panel shows them', () => {
    const { actors } = receiveExplorerPayload(payload);
    expect(Object.keys(actors[0]!).sort()).toEqual(['affiliation', 'country', 'firstSource', 'id', 'kind', 'name']);
    const kerry = index.dataset.actors.find((a) => a.role !== null && a.aliases.length > 0)!;
    const summary = actors.find((a) => a.id === kerry.id);
    expect(summary).toEqual({ id: kerry.id, name: kerry.name, kind: kerry.kind, country: kerry.country, affiliation: kerry.affiliation ? { actor: kerry.affiliation.actor } : null, firstSource: kerry.mentions[0]!.source });
    expect(actors.map((a) => a.name)).toEqual(index.dataset.actors.map((a) => a.name));
    expect(actors.filter((a) => a.affiliation !== null).length).toBeGreaterThan(0);
  });

  it('refuses positions that name an actor the graph does not have, naming the file', () => {
    const broken = { ...payload, positions: { actor: [0, 99_999], x: [1, 2], y: [3, 4] } };
    expect(() => receiveExplorerPayload(broken)).toThrow(/\/data\/explorer\.json positions: actor number 99999 is not one of the graph’s \d+ actors/);
  });
});

describe('explorer payload of a numbered dataset (synthetic, 3,000 events)', () => {
  const index = buildIndex({ ...generateDataset({ events: 3000, actors: 400, seed: 5 }), briefings: [] } as Dataset);
  const positions = Object.fromEntries(index.dataset.actors.map((a, i) => [a.id, { x: (i % 40) * 90 - 1800, y: Math.floor(i / 40) * 70 }]));
  const sent = JSON.stringify(explorerPayload(index, positions));
  const received = receiveExplorerPayload(JSON.parse(sent));

  it('gives the page the same columns, ids and positions as the server encoded', () => {
    expect(received.graph).toEqual(encodeGraphColumns(index));
    expect(received.timeline.id).toEqual(index.eventsInOrder.map((e) => e.id));
    expect(received.positions).toEqual(positions);
    expect(decodeTimelineColumns(received.timeline, received.timelineText)).toEqual(toTimelineEvents(index));
  });

  it('sends numbered ids as numbers and each actor’s events not at all: under half the bytes of the columns as encoded', () => {
    const wire = JSON.parse(sent);
    expect(Array.isArray(wire.timeline.id)).toBe(false);
    expect(Array.isArray(wire.graph.statementId)).toBe(false);
    expect(wire.graph).not.toHaveProperty('actorEvents');
    const idBytes = JSON.stringify(wire.timeline.id).length + JSON.stringify(wire.graph.statementId).length + JSON.stringify(wire.graph.relationId).length;
    const encoded = encodeGraphColumns(index);
    const plainBytes = JSON.stringify(received.timeline.id).length + JSON.stringify(encoded.statementId).length + JSON.stringify(encoded.relationId).length;
    expect(idBytes).toBeLessThan(plainBytes / 2);
  });

  it('sends the actor ids once, in the summaries: the graph’s actors and the timeline’s table of actors are made again from them', () => {
    const wire = JSON.parse(sent);
    expect(wire.graph).not.toHaveProperty('actors');
    expect(wire.timeline).not.toHaveProperty('actors');
    expect(received.graph.actors).toEqual(index.dataset.actors.map((a) => a.id));
    expect(received.timeline.actors).toEqual(encodeTimelineColumns(toTimelineEvents(index)).actors);
    const broken = JSON.parse(sent);
    broken.timeline.actorNumbers = [0, 99_999];
    expect(() => receiveExplorerPayload(broken).timeline.actors).toThrow(/\/data\/explorer\.json timeline\.actorNumbers: entry 1 \(99999\) is not one of the 400 actors/);
  });

  it('unpacks a column only when a view reads it: the first drawing of side lanes reads days and lane sides, no lead, no id and no participant', () => {
    const fresh = receiveExplorerPayload(JSON.parse(sent));
    const unread = (record: object, key: string) => typeof Object.getOwnPropertyDescriptor(record, key)?.get === 'function';
    prepareLanes(recordsFromColumns(fresh.timeline, null), index.dataset.actors, 'side');
    for (const key of ['earliest', 'latest', 'laneSide']) expect([key, unread(fresh.timeline, key)]).toEqual([key, false]);
    for (const key of ['id', 'lead', 'sides', 'sideStart', 'participants', 'participantStart', 'type', 'status']) expect([key, unread(fresh.timeline, key)]).toEqual([key, true]);
    for (const key of ['eventId', 'actorEvents', 'relationEvents', 'statementId']) expect([key, unread(fresh.graph, key)]).toEqual([key, true]);
    // Read later, they are what the server sent.
    expect(fresh.timeline.id).toEqual(index.eventsInOrder.map((e) => e.id));
    expect(fresh.graph).toEqual(encodeGraphColumns(index));
  });

  it('sends each event’s side lane as the page would work it out, so the lanes by side are the same with or without it', () => {
    const fresh = receiveExplorerPayload(JSON.parse(sent));
    const { laneSide, ...withoutLaneSides } = encodeTimelineColumns(toTimelineEvents(index));
    expect(laneSide).toBeUndefined();
    const summaries = index.dataset.actors;
    const shipped = prepareLanes(recordsFromColumns(fresh.timeline, null), summaries, 'side');
    const worked = prepareLanes(recordsFromColumns(withoutLaneSides, null), summaries, 'side');
    const lanes = (prepared: typeof shipped) => prepared.map((lane) => [lane.key, Array.from(lane.order)]);
    expect(lanes(shipped)).toEqual(lanes(worked));
    expect(shipped.length).toBeGreaterThan(2);
    // A side that is not one is refused when the lanes read it, naming the column and the entry.
    const broken = JSON.parse(sent);
    broken.timeline.laneSide = { ...broken.timeline.laneSide, base64: 'f'.repeat(broken.timeline.laneSide.base64.length) };
    expect(() => prepareLanes(recordsFromColumns(receiveExplorerPayload(broken).timeline, null), summaries, 'side')).toThrow(/timeline columns: laneSide entry \d+ \(\d+\) is not one of the \d+ sides/);
    const short = JSON.parse(sent);
    short.timeline.laneSide = [0, 1];
    expect(() => receiveExplorerPayload(short)).toThrow(/timeline columns: laneSide has 2 entries, expected 3000/);
  });

  it('gives the relation filter the counts of the whole graph as it is drawn, without unpacking a relation column', () => {
    const fresh = receiveExplorerPayload(JSON.parse(sent));
    const unread = (key: string) => typeof Object.getOwnPropertyDescriptor(fresh.graph, key)?.get === 'function';
    expect([...fresh.relationCounts]).toEqual([...edgeTypeCounts(actorGraph(index))]);
    expect(fresh.relationCounts.size).toBeGreaterThan(1);
    for (const key of ['relationType', 'relationSource', 'relationTarget']) expect([key, unread(key)]).toEqual([key, true]);
  });

  it('refuses relation counts that are not the vocabulary’s types, once each and in order, with whole numbers of edges', () => {
    const withCounts = (relationCounts: unknown) => () => receiveExplorerPayload({ ...JSON.parse(sent), relationCounts });
    const [first, second] = JSON.parse(sent).relationCounts as [string, number][];
    expect(withCounts(undefined)).toThrow(/\/data\/explorer\.json: relationCounts is not a list of \[type, edges\] pairs/);
    const refused = (k: number) => new RegExp(`/data/explorer\\.json: relationCounts entry ${k} \\(.*\\) is not a relation type after the entry before it with a whole number of edges above 0`);
    expect(withCounts([['befriends', 3]])).toThrow(refused(0));
    expect(withCounts([second, first])).toThrow(refused(1));
    expect(withCounts([first, first])).toThrow(refused(1));
    expect(withCounts([[first![0], 2.5]])).toThrow(refused(0));
    expect(withCounts([[first![0], 0]])).toThrow(refused(0));
    expect(withCounts([first, 'x'])).toThrow(refused(1));
  });

  it('still refuses a broken column when the payload comes, before any view reads it, naming the file and the column', () => {
    const broken = (edit: (wire: ExplorerPayloadWire) => void) => {
      const wire = JSON.parse(sent) as ExplorerPayloadWire;
      edit(wire);
      return () => receiveExplorerPayload(wire);
    };
    const packed = (column: unknown) => column as { base64: string; length: number };
    expect(broken((w) => (packed(w.timeline.type).base64 = packed(w.timeline.type).base64.slice(4)))).toThrow(
      /\/data\/explorer\.json timeline\.type: \d+ base64 characters for \d+ values of \d bits \(expected \d+\)/,
    );
    expect(broken((w) => (packed(w.graph.relationEvents).base64 = '!' + packed(w.graph.relationEvents).base64.slice(1)))).toThrow(
      /\/data\/explorer\.json graph\.relationEvents: the packed bytes are not base64/,
    );
    expect(broken((w) => (w.timeline.sourceCount = [1, 2, 3]))).toThrow(/timeline columns: sourceCount has 3 entries, expected 3000/);
    expect(broken((w) => ((w.graph.statementId as { digits: number }).digits = 42))).toThrow(/graph\.statementId: 42 is not a digit count/);
  });
});
