/** @jest-environment node */
import { decodeTimelineColumns, TEXT_KEYS } from '@/lib/columnar';
import { explorerPayload, explorerTimelineText, receiveExplorerPayload, TEXT_INLINE_UP_TO } from '@/lib/explorer-payload';
import { encodeGraphColumns, graphFromColumns } from '@/lib/graph-columns';
import { actorGraph } from '@/lib/graph';
import { OPEN_DAY } from '@/lib/columnar';
import { figureCaption } from '@/components/export/caption';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';
import { toTimelineEvents } from '@/lib/timeline-model';

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
    expect(payload.sources.map((s: { id: string }) => s.id)).toEqual(index.dataset.sources.map((s) => s.id));
    expect(payload.sources[0]).not.toHaveProperty('publisher');
    for (const lang of ['en', 'ar'] as const) {
      expect(figureCaption({ figure: 'Timeline', sources: payload.sources, lang })).toEqual(figureCaption({ figure: 'Timeline', sources: index.dataset.sources, lang }));
    }
  });
});
