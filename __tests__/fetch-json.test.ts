/**
 * fetchJson (components/explorer/fetch-json): a data file arrives as chunks
 * of a stream and is parsed whole; a failure names the file.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { fetchJson, joinChunks } from '@/components/explorer/fetch-json';

// jsdom has no text codecs; the browser has both.
Object.assign(globalThis, { TextDecoder, TextEncoder });
const encoder = new TextEncoder();

/** A response whose body arrives in the given pieces, as a browser's stream reader hands them over. */
function streamed(pieces: Uint8Array[], status = 200) {
  let at = 0;
  return {
    ok: status >= 200 && status < 300,
    status,
    body: {
      getReader: () => ({
        read: async () => (at < pieces.length ? { done: false, value: pieces[at++]! } : { done: true, value: undefined }),
      }),
    },
    arrayBuffer: async () => {
      throw new Error('the body must be read as a stream');
    },
  };
}

/** The bytes of `text` cut at the given byte offsets. */
function cut(text: string, ...at: number[]): Uint8Array[] {
  const bytes = encoder.encode(text);
  const ends = [...at, bytes.length];
  return ends.map((end, i) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
}

const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  (globalThis as { fetch?: unknown }).fetch = fetchMock;
});

describe('fetchJson', () => {
  it('parses a body that arrives in several chunks, an Arabic letter cut between two of them', async () => {
    const text = JSON.stringify({ title: 'الحوار', count: 3 });
    const arabicAt = encoder.encode('{"title":"ا').length - 1; // inside the two bytes of the first letter
    fetchMock.mockResolvedValue(streamed(cut(text, 4, arabicAt)));
    await expect(fetchJson('/data/x.json')).resolves.toEqual({ title: 'الحوار', count: 3 });
    expect(fetchMock).toHaveBeenCalledWith('/data/x.json', { credentials: 'same-origin' });
  });

  it('names the file and the status when the server refuses it', async () => {
    fetchMock.mockResolvedValue(streamed([], 404));
    await expect(fetchJson('/data/events/9.json')).rejects.toThrow('/data/events/9.json: HTTP 404');
  });

  it('names the file when its body is not JSON', async () => {
    fetchMock.mockResolvedValue(streamed(cut('{"cut": ')));
    await expect(fetchJson('/data/explorer.json')).rejects.toThrow(/^\/data\/explorer\.json: not valid JSON/);
  });
});

describe('joinChunks', () => {
  it('keeps every byte in order and copies nothing for a single chunk', () => {
    const one = encoder.encode('abc');
    expect(joinChunks([one])).toBe(one);
    expect(new TextDecoder().decode(joinChunks(cut('hello world', 2, 7)))).toBe('hello world');
    expect(joinChunks([])).toHaveLength(0);
  });
});
