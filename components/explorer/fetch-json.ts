/**
 * Fetches a JSON file of the site's data routes and parses it.
 *
 * The body is read as a stream of chunks, then decoded and parsed once. In
 * Chromium, `response.arrayBuffer()` receives the bytes in long main-thread
 * tasks: for the 12.5 MB explorer payload at 100,000 events, in a loaded
 * page, two or three tasks of 70–180 ms (275–320 ms in all); a stream reader
 * receives it in tasks too short to count as long (none over 20 ms; headless
 * Chromium on the 2-core machine). The 28 MB of timeline words and the shards
 * a selection asks for come while the user is working, so input is not held
 * up. (The explorer payload itself is preloaded by the page's head, which
 * receives it its own way: starting it from a script instead, to read it as a
 * stream, made no difference to the first drawing over seven alternated
 * loads, 1,848 against 1,849 ms.) `response.json()` is slower still:
 * it builds the string as the body streams in, on the main thread. The
 * payloads are ASCII (lib/ascii-json), so the decoded string is one byte per
 * character.
 */

/** Every chunk of a response's body, read as a stream (see the top of this file). */
async function readChunks(response: Response): Promise<Uint8Array[]> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const step = await reader.read();
    if (step.done) return chunks;
    chunks.push(step.value);
  }
}

/** The chunks as one run of bytes (copied only when there are several). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = joinChunks(await readChunks(response));
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as T;
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}
