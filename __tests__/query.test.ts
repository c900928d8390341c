/** @jest-environment node */
import { buildIndex, eventInWindow, eventsInWindow } from '@/lib/query';
import { actorGraph, eventsBetween } from '@/lib/graph';
import { toTimelineEvents } from '@/lib/timeline-model';
import { dayNumber } from '@/lib/day';
import { tinyDataset } from './helpers/tiny-dataset';

describe('buildIndex', () => {
  const index = buildIndex(tinyDataset());

  it('orders events by date, earlier first', () => {
    expect(index.eventsInOrder.map((e) => e.id)).toEqual(['report', 'announce', 'wang-says']);
  });

  it('lists each actor’s events and statements in date order', () => {
    expect(index.eventsByActor.get('kerry')?.map((e) => e.id)).toEqual(['announce', 'wang-says']);
    expect(index.statementsBySpeaker.get('wang')?.map((s) => s.id)).toEqual(['s-wang']);
    expect(index.statementsByEvent.get('announce')?.map((s) => s.id)).toEqual(['s-kerry']);
  });

  it('collects every passage of a source in text order with what it supports', () => {
    const refs = index.passagesBySource.get('tiny') ?? [];
    const starts = refs.map((r) => r.passage.position.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(refs.some((r) => r.owner.kind === 'statement' && r.owner.id === 's-wang')).toBe(true);
    expect(refs.some((r) => r.owner.kind === 'relation' && r.role === 'relation')).toBe(true);
  });

  it('makes the passages by source once, when first read: the same map every time after', () => {
    const fresh = buildIndex(tinyDataset());
    const first = fresh.passagesBySource;
    expect(fresh.passagesBySource).toBe(first);
    expect(first.get('tiny')?.length).toBe(index.passagesBySource.get('tiny')?.length);
  });
});

describe('time windows', () => {
  const index = buildIndex(tinyDataset());
  it('keeps events whose interval meets the window, inclusive of its ends', () => {
    expect(eventsInWindow(index, { from: '2013-02-28', to: '2013-03-31' }).map((e) => e.id)).toEqual(['report']);
    expect(eventsInWindow(index, { from: '2013-04-13', to: null }).map((e) => e.id)).toEqual(['announce', 'wang-says']);
  });
  it('lets an open start reach any earlier window', () => {
    const e = { ...index.eventsInOrder[0]!, date: { ...index.eventsInOrder[0]!.date, earliest: null } };
    expect(eventInWindow(e, { from: '1990-01-01', to: '1990-01-02' })).toBe(true);
  });
});

describe('actorGraph', () => {
  const index = buildIndex(tinyDataset());
  it('merges both directions of an undirected relation into one edge weighted by its events', () => {
    const graph = actorGraph(index);
    const meets = graph.edges.filter((e) => e.type === 'meets');
    expect(meets).toHaveLength(1);
    expect(meets[0]).toMatchObject({ directed: false, events: ['announce', 'wang-says'], weight: 2, relations: ['r1', 'r2'] });
  });
  it('keeps the direction of directed relations', () => {
    const speaks = actorGraph(index).edges.find((e) => e.type === 'speaks-to');
    expect(speaks).toMatchObject({ source: 'wang', target: 'kerry', directed: true });
  });
  it('with a window keeps only relations with events inside it, and drops undated ones', () => {
    const graph = actorGraph(index, { window: { from: '2013-01-01', to: '2013-03-31' } });
    expect(graph.edges).toEqual([]);
    expect(graph.nodes.find((n) => n.id === 'company')).toMatchObject({ eventCount: 1 });
    expect(graph.nodes.find((n) => n.id === 'kerry')).toMatchObject({ eventCount: 0, statementCount: 0 });
  });
  it('filters by relation type', () => {
    const graph = actorGraph(index, { relationTypes: new Set(['counterpart-of']) });
    expect(graph.edges.map((e) => e.type)).toEqual(['counterpart-of']);
    expect(graph.edges[0]?.weight).toBe(1);
  });
  it('lists the events between a pair whatever the relation type', () => {
    expect(eventsBetween(actorGraph(index), 'kerry', 'wang')).toEqual(['announce', 'wang-says']);
  });
});

describe('toTimelineEvents', () => {
  it('puts each event in its first source’s lane and counts corroborating sources', () => {
    const [report, announce] = toTimelineEvents(buildIndex(tinyDataset()));
    expect(report).toMatchObject({ lead: 'company', sides: ['companies'], precision: 'month', sourceCount: 1 });
    expect(report?.earliest).toBe(dayNumber('2013-02-01'));
    expect(announce).toMatchObject({ lead: 'kerry', sides: ['us', 'cn'] });
  });
});
