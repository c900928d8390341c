/** @jest-environment node */
import { decodeTimelineColumns, TEXT_KEYS } from '@/lib/columnar';
import { explorerPayload, explorerTimelineText, TEXT_INLINE_UP_TO } from '@/lib/explorer-payload';
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
    expect(decodeTimelineColumns(payload.timeline, text)).toEqual(timeline);
  });

  it('carries the words inside the payload for a small timeline, so it draws its titles from the start', () => {
    expect(timeline.length).toBeLessThanOrEqual(TEXT_INLINE_UP_TO);
    expect(payload.timelineText).toEqual(text);
  });
});
