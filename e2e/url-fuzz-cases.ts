/**
 * Hostile URLs for the fuzz test, generated from a seed so that every run
 * with the same seed sends the same requests (a failure can be replayed with
 * `URL_FUZZ_SEED=<seed>`). Each case is a raw request target (path and
 * query, exactly the bytes sent, not normalised by a URL parser) and
 * optional request headers (an RSC request, a malformed router state).
 */
import { ACTOR_IDS, DYNAMIC_PREFIXES, EVENT_IDS, EXPORT_FILES, PAGE_ROUTES, SOURCE_IDS } from './app-routes';

export interface FuzzCase {
  /** What the case is about, for the failure message. */
  kind: string;
  /** The request target, e.g. `/actors/x?q=%zz`. */
  target: string;
  headers?: Record<string, string>;
}

/** mulberry32: a small, well-mixed 32-bit PRNG; enough for test inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Markup and script payloads: none may come back unescaped in a response body. */
export const PAYLOADS = [
  '<script>alert(1337)</script>',
  '"><img src=x onerror=alert(1337)>',
  "'><svg onload=alert(1337)>",
  'javascript:alert(1337)',
  '</script><script>alert(1337)</script>',
  '<iframe src="javascript:alert(1337)">',
] as const;

/** The raw fragments a reflected payload would show; each is unlikely in Athar's own pages. */
export const REFLECTION_MARKERS = ['<script>alert(1337)', '<img src=x onerror=', '<svg onload=', 'javascript:alert(1337)', '<iframe src="javascript:'];

/** Every parameter the explorer and the briefing read (lib/url-state.ts, components/briefing/steps.ts). */
export const URL_PARAMS = ['actor', 'event', 'statement', 'edge', 'source', 'passage', 'from', 'to', 'lanes', 'relations', 'q', 'step', 'lang'] as const;

/** Broken percent-encoding and hostile Unicode, already encoded as they travel. */
const BROKEN_ENCODINGS = [
  '%', '%%', '%z', '%zz', '%g0', '%ff%fe', '%ED%A0%80', '%ED%BF%BF', '%C0%AF', '%C0%80', '%E0%80%AF', '%F8%88%80%80%80', '%00', '%0d%0a',
  '%E2%80%AE', '%E2%80%AD', '%E2%81%A6', '%E2%80%8B', '%EF%BB%BF', '%CC%81%CC%81%CC%81', '%u202e', '%25zz', '%2525', '%EF%BF%BF', '%F4%90%80%80',
];

const DAYS = ['2013-02-30', '2013-13-01', '0000-00-00', '9999-12-31', '2013-4-13', '2013-04-13T00:00', '-2013-04-13', '2013-04-13 ', '٢٠١٣-٠٤-١٣'];
const SPANS = ['1-0', '0-0', '-1-5', '99999999999-1', '1e3-2e3', '5-', '-', '120-180-240', 'NaN-Infinity', '0x10-0x20'];
const WORDS = ['', ' ', ',', ',,,', '0', '-1', '1.5', '1e9', 'null', 'undefined', '__proto__', 'constructor', 'toString', 'side', 'actor', 'ar', 'en', 'AR', 'كيري', 'الولايات المتحدة', 'a|b|c', '|||', 'john-kerry|wang-yi|meets'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A random run of characters from a hostile alphabet, percent-encoded where a URL must be. */
function junk(random: () => number, maxLength: number): string {
  const alphabet = ['a', 'Z', '9', '-', '_', '.', '~', '/', '?', '#', '&', '=', ';', ',', '+', ' ', '"', "'", '<', '>', '\\', '`', '{', '}', '|', '^', '\u0000', '\u001f', '\u007f', '\u00a0', 'é', 'ك', 'ة', '\u064b', '\u0640', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', '😀', '\ud800', '\udfff'];
  const length = Math.floor(random() * maxLength);
  let text = '';
  for (let i = 0; i < length; i++) text += pick(random, alphabet);
  return encodeLoosely(text);
}

/** Percent-encodes like a careless client: lone surrogates as their three UTF-8-like bytes (invalid UTF-8), the rest by encodeURIComponent. */
function encodeLoosely(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** A junk value for a URL parameter: a payload, broken encoding, a near-miss of a valid value or random characters. */
function junkValue(random: () => number, name: string): string {
  const roll = random();
  if (roll < 0.2) return random() < 0.5 ? encodeURIComponent(pick(random, PAYLOADS)) : pick(random, PAYLOADS).replace(/ /g, '%20');
  if (roll < 0.4) return pick(random, BROKEN_ENCODINGS) + (random() < 0.5 ? junk(random, 6) : '');
  if (roll < 0.55) {
    if (name === 'from' || name === 'to') return encodeLoosely(pick(random, DAYS));
    if (name === 'passage') return pick(random, SPANS);
    if (name === 'actor') return `${pick(random, ACTOR_IDS)}${pick(random, ['x', '%00', '%20', '/', '..', ''])}`;
    if (name === 'event') return `${pick(random, EVENT_IDS)}${pick(random, ['x', '%E2%80%8B', ''])}`;
    if (name === 'source') return `${pick(random, SOURCE_IDS)}${pick(random, ['.txt', '/../', ''])}`;
    return encodeLoosely(pick(random, WORDS));
  }
  if (roll < 0.6) return 'x'.repeat(150 + Math.floor(random() * 2000));
  return junk(random, 40);
}

/** A query string of 1–8 parameters: known names with junk, repeated keys, unknown names, odd separators. */
function junkQuery(random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const roll = random();
    const name = roll < 0.8 ? pick(random, URL_PARAMS) : roll < 0.9 ? junk(random, 12) : pick(random, BROKEN_ENCODINGS);
    if (random() < 0.07) parts.push(name);
    else parts.push(`${name}=${junkValue(random, name)}`);
    if (random() < 0.1) parts.push(`${name}=${junkValue(random, name)}`);
  }
  const separator = random() < 0.9 ? '&' : pick(random, ['&&', ';', '&amp;', '&=&']);
  return parts.join(separator);
}

/** The fixed cases every run sends, then `randomCount` generated ones. */
export function fuzzCases(seed: number, randomCount: number): FuzzCase[] {
  const random = prng(seed);
  const cases: FuzzCase[] = [];
  const fileRoutes = EXPORT_FILES.map((format) => `/export/${format.fileName}`);
  const routes = [...PAGE_ROUTES, ...fileRoutes];

  // Every route, with every URL parameter carrying each payload.
  for (const route of routes) {
    cases.push({ kind: 'every parameter, markup', target: `${route}?${URL_PARAMS.map((name, i) => `${name}=${encodeURIComponent(PAYLOADS[i % PAYLOADS.length]!)}`).join('&')}` });
  }
  // Values far beyond any limit: 100 KB (over Node's 16 KB header limit) and 12 KB (under it, so the app reads it).
  for (const route of ['/', `/briefing/${PAGE_ROUTES.find((r) => r.startsWith('/briefing/'))?.split('/')[2]}`, fileRoutes[0]!]) {
    cases.push({ kind: 'value of 100 KB', target: `${route}?q=${'%3Cscript%3E'.repeat(8534)}` });
    cases.push({ kind: 'value of 12 KB', target: `${route}?q=${'a'.repeat(12_000)}&actor=${'b'.repeat(1000)}` });
  }
  cases.push({ kind: 'repeated keys', target: `/?${Array.from({ length: 300 }, (_, i) => `actor=${i % 2 ? 'john-kerry' : 'x'}`).join('&')}` });
  cases.push({ kind: 'many parameters', target: `/?${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}` });
  // Traversal out of the routes and the static folder.
  const traversal = ['..%2f..%2f..%2fetc%2fpasswd', '..%2F..%2Fpackage.json', '%2e%2e%2f%2e%2e%2fpackage.json', '..%5c..%5cpackage.json', '....//....//etc/passwd', '..%252f..%252fetc%252fpasswd', '%c0%ae%c0%ae%2fetc%2fpasswd'];
  for (const prefix of ['/', ...DYNAMIC_PREFIXES, '/_next/static/', '/_next/static/chunks/', '/_next/image?url=', '/briefing/x/']) {
    for (const path of traversal) cases.push({ kind: 'path traversal', target: `${prefix}${path}` });
  }
  for (const raw of ['/actors/../../../../etc/passwd', '/_next/static/../../package.json', '/_next/static/../server/app/index.html', '/export/../../next.config.js', '/./actors/./john-kerry', '//actors', '///etc/passwd', '/\\actors']) {
    cases.push({ kind: 'raw dot segments', target: raw });
  }
  // Junk in every dynamic segment, and in extra segments.
  for (const prefix of DYNAMIC_PREFIXES) {
    for (const payload of PAYLOADS) cases.push({ kind: 'markup in a segment', target: `${prefix}${encodeURIComponent(payload)}` });
    for (const broken of BROKEN_ENCODINGS) cases.push({ kind: 'broken encoding in a segment', target: `${prefix}${broken}` });
    cases.push({ kind: 'long segment', target: `${prefix}${'a'.repeat(4000)}` });
  }
  for (const route of routes) cases.push({ kind: 'extra segment', target: `${route}/${encodeURIComponent(PAYLOADS[0])}/x` });

  // React Server Components requests, as the client router sends them, with junk router state.
  const stateTrees = ['', '%', 'not json', encodeURIComponent('["",{"children":["__PAGE__",{}]}]'), encodeURIComponent('[' .repeat(2000)), encodeURIComponent(PAYLOADS[0])];
  for (const route of ['/', '/actors/john-kerry', `/${junk(random, 10)}`]) {
    for (const tree of stateTrees) {
      cases.push({ kind: 'RSC request, junk router state', target: `${route}?_rsc=${junk(random, 6)}&q=${encodeURIComponent(PAYLOADS[0])}`, headers: { RSC: '1', 'Next-Router-State-Tree': tree } });
    }
    cases.push({ kind: 'RSC prefetch with junk segment', target: `${route}?_rsc=x`, headers: { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': `/${encodeURIComponent(PAYLOADS[1])}` } });
  }

  for (let i = 0; i < randomCount; i++) {
    const roll = random();
    const route = roll < 0.55 ? pick(random, routes) : roll < 0.85 ? `${pick(random, DYNAMIC_PREFIXES)}${junk(random, 30)}` : `/${junk(random, 40)}`;
    const rsc = random() < 0.15;
    cases.push({
      kind: rsc ? 'random RSC request' : 'random request',
      target: `${route}?${junkQuery(random)}`,
      ...(rsc ? { headers: { RSC: '1' } } : {}),
    });
  }
  return cases;
}
