/**
 * The explorer's payload as the page receives it (useExplorerPayload): a
 * small timeline's words carried inside it reach the records at once, and a
 * payload whose words do not fit its timeline is refused with a message that
 * names the file, instead of a page left loading.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { renderHook, waitFor } from '@testing-library/react';
import { useExplorerPayload } from '@/components/explorer/useExplorerPayload';
import { explorerPayload } from '@/lib/explorer-payload';
import { loadDataset } from '@/lib/load';
import { buildIndex } from '@/lib/query';

const served = new Map<string, unknown>();
jest.mock('@/components/explorer/fetch-json', () => ({
  fetchJson: (url: string) => (served.has(url) ? Promise.resolve(JSON.parse(JSON.stringify(served.get(url)))) : Promise.reject(new Error(`${url}: HTTP 404`))),
}));

const PAYLOAD = '/data/explorer.json';
const TEXT = '/data/timeline-text.json';
// The dataset loader decodes its files with TextDecoder (and the payload's text columns are encoded with TextEncoder), which jsdom leaves out.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const wire = JSON.parse(JSON.stringify(explorerPayload(buildIndex(loadDataset('data')), {})));

describe('the explorer payload on the page', () => {
  afterEach(() => served.clear());

  it('hands over a small timeline with its words in hand', async () => {
    served.set(PAYLOAD, wire);
    const { result } = renderHook(() => useExplorerPayload(PAYLOAD, TEXT));
    await waitFor(() => expect(result.current.payload).not.toBeNull());
    const words = result.current.text?.now;
    expect(words?.count).toBe(wire.timeline.count);
    expect(words?.word('title', 0)).toBe(wire.timelineText.title[0]);
  });

  it('refuses words that do not fit the timeline, naming the file and the column', async () => {
    served.set(PAYLOAD, { ...wire, timelineText: { ...wire.timelineText, edtf: wire.timelineText.edtf.slice(1) } });
    const { result } = renderHook(() => useExplorerPayload(PAYLOAD, TEXT));
    await waitFor(() => expect(result.current.error).not.toBeNull());
    expect(result.current.error).toMatch(/^\/data\/explorer\.json: timelineText: .*edtf has \d+ entries, expected \d+/);
    expect(result.current.payload).toBeNull();
  });
});
