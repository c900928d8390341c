/** @jest-environment node */
/**
 * The authoring server (npm run author): bound to 127.0.0.1 only, refusing
 * a foreign Host or Origin (DNS rebinding, CSRF), and saving through the
 * same accept step as the CLI — on a temporary copy of data/.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { bundleClient } from '@/scripts/author-bundle';
import { startAuthorServer } from '@/scripts/author-server';
import { proposal, reviewedDraft, snapshot, SOURCE_ID, tempDataDir } from './helpers/accept-fixture';

jest.setTimeout(60_000);

let data: string;
let server: Server;
let port: number;

beforeEach(async () => {
  data = tempDataDir('athar-author-');
  ({ server, port } = await startAuthorServer({ dataDir: data, port: 0, clientJs: '/* client */' }));
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(path.dirname(data), { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request, so the test controls Host and Origin exactly as a browser (or an attacker's page) would send them. */
function call(method: string, pathname: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: pathname, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = () => `http://127.0.0.1:${port}`;
const postJson = (pathname: string, value: unknown, origin = own()) =>
  call('POST', pathname, { origin, 'content-type': 'application/json' }, JSON.stringify(value));

describe('where the authoring server listens', () => {
  it('binds 127.0.0.1 and nothing else', () => {
    const address = server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
  });

  it('cannot be reached on another interface of the machine', async () => {
    const other = Object.values(networkInterfaces())
      .flat()
      .find((i) => i !== undefined && !i.internal && i.family === 'IPv4');
    const targets = ['::1', ...(other ? [other.address] : [])];
    for (const host of targets) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host, port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect([host, outcome]).not.toEqual([host, 'connected']);
    }
  });
});

describe('the Host and Origin guard', () => {
  it('serves its own host, as 127.0.0.1 and as localhost, with protective headers', async () => {
    const page = await call('GET', '/', {});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="/client.js"></script>');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await call('GET', '/api/drafts', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) with 403', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1']) {
      const answer = await call('GET', '/api/drafts', { host });
      expect([host, answer.status]).toEqual([host, 403]);
    }
  });

  it('refuses a foreign Origin (CSRF) with 403, and writes nothing', async () => {
    const before = snapshot(data);
    expect((await call('GET', '/api/drafts', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postJson(`/api/drafts/${SOURCE_ID}/accept`, reviewedDraft(), 'https://evil.example')).status).toBe(403);
    expect((await postJson(`/api/drafts/${SOURCE_ID}/accept`, reviewedDraft(), `http://localhost:${port + 1}`)).status).toBe(403);
    expect((await call('GET', '/', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a write without its Origin or without a JSON body type', async () => {
    const body = JSON.stringify(reviewedDraft());
    expect((await call('POST', `/api/drafts/${SOURCE_ID}/accept`, { 'content-type': 'application/json' }, body)).status).toBe(403);
    expect((await call('POST', `/api/drafts/${SOURCE_ID}/accept`, { origin: own(), 'content-type': 'text/plain' }, body)).status).toBe(403);
  });
});

describe('saving through the server', () => {
  it('accepts a reviewed draft like the CLI and records the review in the draft file', async () => {
    const answer = await postJson(`/api/drafts/${SOURCE_ID}/accept`, reviewedDraft());
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { ok: boolean; lines: string[] };
    expect(body.ok).toBe(true);
    expect(body.lines).toContain('1 new actor: hua-chunying');
    expect(existsSync(path.join(data, 'sources', `${SOURCE_ID}.json`))).toBe(true);
    const kept = JSON.parse(readFileSync(path.join(data, 'drafts', `${SOURCE_ID}.json`), 'utf8')) as ReturnType<typeof reviewedDraft>;
    expect(kept.proposals.every((p) => p.decision !== undefined)).toBe(true);
  });

  it('answers 422 with every problem by proposal and writes nothing', async () => {
    const draft = reviewedDraft();
    proposal(draft, 'event-said', 'event').record = { id: 'kerry-wang-yi-meeting' };
    const before = snapshot(data);
    const answer = await postJson(`/api/drafts/${SOURCE_ID}/accept`, draft);
    expect(answer.status).toBe(422);
    const body = JSON.parse(answer.body) as { problems: { proposal: string }[]; lines: string[] };
    expect(body.problems.map((p) => p.proposal)).toEqual(['event-said']);
    expect(body.lines[0]).toMatch(new RegExp(`^drafts/${SOURCE_ID}\\.json: event-said: clashing id`));
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a draft posted under another draft\'s id', async () => {
    const draft = reviewedDraft();
    draft.source.id = 'another-source';
    const answer = await postJson(`/api/drafts/${SOURCE_ID}/accept`, draft);
    expect(answer.status).toBe(400);
    expect((await postJson(`/api/drafts/${SOURCE_ID}/save`, draft)).status).toBe(400);
  });

  it('keeps a review in progress without accepting anything', async () => {
    const draft = reviewedDraft();
    const answer = await postJson(`/api/drafts/${SOURCE_ID}/save`, draft);
    expect(answer.status).toBe(200);
    expect(existsSync(path.join(data, 'sources', `${SOURCE_ID}.json`))).toBe(false);
    const bundle = JSON.parse((await call('GET', `/api/drafts/${SOURCE_ID}`, {})).body) as { draft: unknown; text: string; accepted: boolean };
    expect(bundle.draft).toEqual(JSON.parse(JSON.stringify(draft)));
    expect(bundle.text.startsWith('بكين')).toBe(true);
    expect(bundle.accepted).toBe(false);
  });
});

it('is no part of the Next app: nothing under app/ or the explorer components imports the authoring mode', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
  const root = path.join(__dirname, '..');
  const files = [...walk(path.join(root, 'app')), ...walk(path.join(root, 'components')).filter((f) => !f.includes(`${path.sep}author${path.sep}`))];
  const offenders = files.filter((f) => /from ['"](?:@\/|(?:\.\.\/)+)(?:components\/author|scripts\/|lib\/accept)/.test(readFileSync(f, 'utf8')));
  expect(files.length).toBeGreaterThan(10);
  expect(offenders).toEqual([]);
});

it('bundles the review page for the browser', async () => {
  const js = await bundleClient();
  expect(js.length).toBeGreaterThan(50_000);
  expect(js).not.toContain('process.env.NODE_ENV');
});
