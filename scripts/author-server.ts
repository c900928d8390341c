/**
 * The authoring server behind `npm run author`: a plain Node `http` server
 * bound to 127.0.0.1, serving the review page (a small client bundle) and
 * the few requests it makes. It is not part of the Next app, so the
 * production build and the static export hold no write endpoint at all.
 *
 *   GET  /                          the review page
 *   GET  /client.js, /author.css    its script and styles; /fonts/… the Arabic font
 *   GET  /api/drafts                the drafts in <data>/drafts
 *   GET  /api/drafts/<id>           a draft, its article text, and the dataset's actors and events
 *   POST /api/drafts/<id>/save      keep the reviewed draft (decisions so far) in drafts/<id>.json
 *   POST /api/drafts/<id>/accept    accept it: the same step as `npm run accept`, atomic and
 *                                   validated; the reviewed draft is written in the same batch
 *
 * Every request passes the Host/Origin guard (author-guard.ts) first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseReviewedDraft, type AcceptProblem } from '../lib/accept/review';
import { serializeRecords } from '../lib/accept/accept';
import { formatSummary } from '../lib/accept/summary';
import { loadDataset } from '../lib/load';
import { IdSchema } from '../lib/schema';
import { AcceptFileError, acceptIntoDataDir, underSaveLock, writeBatch } from './accept-files';
import { LOOPBACK, refusal, SECURITY_HEADERS } from './author-guard';

const ROOT = path.join(__dirname, '..');
const FONT_DIR = path.join(ROOT, 'node_modules', '@fontsource', 'noto-naskh-arabic');
const CSS_FILE = path.join(ROOT, 'components', 'author', 'author.css');
/** A reviewed draft of a long article is well under this; anything larger is not one. */
const MAX_BODY = 5 * 1024 * 1024;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Athar · review a draft</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/fonts/400.css">
<link rel="stylesheet" href="/author.css">
</head>
<body>
<div id="root"><p>Loading the review page…</p></div>
<script src="/client.js"></script>
</body>
</html>
`;

export interface AuthorServerOptions {
  dataDir: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The bundled review page script. */
  clientJs: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, 'the request is too large to be a draft');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'the request body is not JSON');
  }
}

function draftIds(dataDir: string): string[] {
  const dir = path.join(dataDir, 'drafts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('.') && IdSchema.safeParse(f.slice(0, -5)).success)
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A draft with what the page needs to review it: the article, and the dataset's actors and events to pick from. */
function draftBundle(dataDir: string, id: string): unknown {
  const file = path.join(dataDir, 'drafts', `${id}.json`);
  if (!existsSync(file)) throw new HttpError(404, `no draft ${id} in drafts/`);
  const draft = JSON.parse(readFileSync(file, 'utf8')) as { source?: { textFile?: unknown; id?: unknown } };
  const textFile = draft.source?.textFile;
  const textPath = typeof textFile === 'string' && /^[a-z0-9-]+\.txt$/.test(textFile) ? path.join(dataDir, 'sources', textFile) : null;
  const text = textPath && existsSync(textPath) ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(textPath)) : null;
  const dataset = loadDataset(dataDir);
  return {
    id,
    draft,
    text,
    accepted: dataset.sources.some((s) => s.id === draft.source?.id),
    actors: dataset.actors.map((a) => ({ id: a.id, nameEn: a.name.en, nameAr: a.name.ar, kind: a.kind })),
    events: dataset.events.map((e) => ({ id: e.id, titleEn: e.title.en, type: e.type, edtf: e.date.edtf, participants: e.participants.map((p) => p.actor) })),
  };
}

function problemsAnswer(problems: AcceptProblem[], label: string): { ok: false; problems: AcceptProblem[]; lines: string[] } {
  return { ok: false, problems, lines: problems.map((p) => `${label}: ${p.proposal === null ? '' : `${p.proposal}: `}${p.message}`) };
}

async function route(req: IncomingMessage, res: ServerResponse, options: AuthorServerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
  const method = req.method ?? 'GET';
  const api = /^\/api\/drafts\/([^/]+)(?:\/(save|accept))?$/.exec(url.pathname);
  if (method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE);
  if (method === 'GET' && url.pathname === '/client.js') return send(res, 200, 'text/javascript; charset=utf-8', options.clientJs);
  if (method === 'GET' && url.pathname === '/author.css') return send(res, 200, 'text/css; charset=utf-8', readFileSync(CSS_FILE));
  const font = /^\/fonts\/(400\.css|files\/[a-z0-9-]+\.woff2?)$/.exec(url.pathname)?.[1];
  if (method === 'GET' && font !== undefined) {
    const type = font.endsWith('.css') ? 'text/css; charset=utf-8' : font.endsWith('.woff2') ? 'font/woff2' : 'font/woff';
    const file = path.join(FONT_DIR, font);
    if (!existsSync(file)) throw new HttpError(404, 'no such font file');
    return send(res, 200, type, readFileSync(file));
  }
  if (method === 'GET' && url.pathname === '/api/drafts') return sendJson(res, 200, { drafts: draftIds(options.dataDir) });
  if (!api) throw new HttpError(404, `nothing at ${method} ${url.pathname}`);
  const id = decodeURIComponent(api[1] ?? '');
  if (!IdSchema.safeParse(id).success) throw new HttpError(400, `"${id}" is not a draft id`);
  const action = api[2];
  if (action === undefined) {
    if (method !== 'GET') throw new HttpError(405, 'use GET');
    return sendJson(res, 200, draftBundle(options.dataDir, id));
  }
  if (method !== 'POST') throw new HttpError(405, 'use POST');
  const body = await readJsonBody(req);
  const sourceId = (body as { source?: { id?: unknown } } | null)?.source?.id;
  if (sourceId !== id) throw new HttpError(400, `the draft posted is of source ${JSON.stringify(sourceId)}, not ${id}`);
  const label = `drafts/${id}.json`;
  const draftFile = { [label]: serializeRecords(body) };
  if (action === 'save') {
    const parsed = parseReviewedDraft(body);
    if (parsed.draft === null) return sendJson(res, 422, problemsAnswer(parsed.problems, label));
    const current = path.join(options.dataDir, label);
    underSaveLock(options.dataDir, () => writeBatch(options.dataDir, draftFile, { [label]: existsSync(current) ? readFileSync(current, 'utf8') : null }));
    return sendJson(res, 200, { ok: true, lines: [`review kept in ${label}`] });
  }
  const run = acceptIntoDataDir(options.dataDir, body, { extraFiles: draftFile });
  if (!run.outcome.ok) return sendJson(res, 422, problemsAnswer(run.outcome.problems, label));
  return sendJson(res, 200, { ok: true, summary: run.outcome.summary, lines: formatSummary(run.outcome.summary) });
}

/** Starts the server on 127.0.0.1 (never another interface); resolves once it listens. */
export function startAuthorServer(options: AuthorServerOptions): Promise<{ server: Server; url: string; port: number }> {
  // A save killed before this start may have left a journal or temporary files: undo it before serving.
  underSaveLock(options.dataDir, () => undefined);
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    const refused = refusal(req.method, req.headers, port);
    if (refused !== null) {
      send(res, 403, 'text/plain; charset=utf-8', `Forbidden: ${refused}.\n`);
      return;
    }
    route(req, res, options).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof AcceptFileError ? 409 : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: message, lines: [message] });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, port, url: `http://${LOOPBACK}:${port}/` });
    });
  });
}
