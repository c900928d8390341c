/** @jest-environment node */
/**
 * Hostile input to the two commands that write data/: `npm run ingest` on
 * files that are not UTF-8 articles, and `npm run accept` on a draft edited
 * by hand into nonsense. Each must exit non-zero with the file, the place
 * and the reason (for a wrong encoding: which one and the iconv command),
 * and leave the data folder byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTICLE_MAX_BYTES } from '@/lib/ingest/article-bytes';
import type { ReviewedDraft } from '@/lib/accept/review';
import { ARTICLE, proposal, reviewedDraft, SOURCE_ID, tempDataDir } from './helpers/accept-fixture';

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '..');
/** What the tsx command adds to node, given as absolute paths so a run from a temporary folder finds them. */
const TSX_LOADER = ['--require', path.join(ROOT, 'node_modules/tsx/dist/preflight.cjs'), '--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href];

let data: string;
let work: string;
beforeAll(() => {
  data = tempDataDir('athar-hostile-ingest-');
  work = path.dirname(data);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file (bytes hashed) under the data folder: what "untouched" means. */
function bytesSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const p = path.join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function cli(script: 'ingest' | 'accept', ...args: string[]) {
  // One node process with tsx as its loader (the tsx wrapper would start a second one for every run).
  const result = spawnSync(process.execPath, [...TSX_LOADER, path.join(ROOT, 'scripts', `${script}.ts`), ...args, '--data', data], { cwd: work, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** Runs the command and checks the refusal: non-zero, the message, the data folder unchanged. */
function refuses(script: 'ingest' | 'accept', file: string, message: RegExp): void {
  const before = bytesSnapshot(data);
  const result = cli(script, file, ...(script === 'ingest' ? ['--published', '2013-06-20T00:00:00+08:00'] : []));
  expect(result.status).not.toBe(0);
  expect(result.stdout).not.toMatch(/✓/);
  expect(result.stderr).toMatch(message);
  expect(bytesSnapshot(data)).toEqual(before);
}

const arabicUtf16 = 'قال وزير الخارجية إن المحادثات تقدمت.\n';
const WINDOWS_1256 = Buffer.from([0xe4, 0xd5, 0x20, 0xc7, 0xe1, 0xe3, 0xde, 0xc7, 0xe1, 0x20, 0xc8, 0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9, 0x0a]);

describe('npm run ingest refuses what is not a UTF-8 article', () => {
  it.each<[string, Buffer | string, RegExp]>([
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /image\.txt: the file is a PNG image, not a text article/],
    ['nul.txt', Buffer.concat([Buffer.from('قال الوزير'), Buffer.from([0, 1, 2, 3, 0xff, 0, 0, 0x10]), Buffer.from('x'.repeat(40))]), /nul\.txt: the file contains NUL bytes: binary data/],
    ['cp1256.txt', WINDOWS_1256, /cp1256\.txt: the file is not valid UTF-8 \(byte 0xe4 at offset 0\); it reads as Arabic in Windows-1256.*iconv -f WINDOWS-1256 -t UTF-8/],
    ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(arabicUtf16, 'utf16le')]), /utf16le-bom\.txt: the file is UTF-16 \(byte-order mark FF FE\): UTF-16LE.*iconv -f UTF-16LE -t UTF-8/],
    ['utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(arabicUtf16, 'utf16le').swap16()]), /utf16be-bom\.txt: the file is UTF-16 \(byte-order mark FE FF\): UTF-16BE.*iconv -f UTF-16BE -t UTF-8/],
    ['utf16le.txt', Buffer.from(arabicUtf16, 'utf16le'), /utf16le\.txt: the file contains NUL bytes: it looks like UTF-16LE without a byte-order mark.*iconv -f UTF-16LE -t UTF-8/],
    ['utf16be.txt', Buffer.from(arabicUtf16, 'utf16le').swap16(), /utf16be\.txt: the file contains NUL bytes: it looks like UTF-16BE without a byte-order mark.*iconv -f UTF-16BE -t UTF-8/],
    ['huge.txt', Buffer.alloc(ARTICLE_MAX_BYTES + 1, 'ا'), /huge\.txt: the file is 2\.0 MiB, over the 2\.0 MiB an article may be/],
  ])('%s', (name, content, message) => {
    const file = path.join(work, name);
    writeFileSync(file, content);
    refuses('ingest', file, message);
  });

  it('still takes a UTF-8 article of the same words (the checks are not over-eager)', () => {
    const file = path.join(work, 'good.txt');
    writeFileSync(file, `بكين 2013-06-20 (رويترز) - ${arabicUtf16}`);
    const result = cli('ingest', file, '--id', 'good-article');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    rmSync(path.join(data, 'sources', 'good-article.txt'));
    rmSync(path.join(data, 'drafts', 'good-article.json'));
  });
});

describe('npm run accept refuses a draft edited into nonsense', () => {
  const draftFile = () => path.join(data, 'drafts', `${SOURCE_ID}.json`);
  const write = (content: string) => writeFileSync(draftFile(), content);
  const edited = (edit: (draft: ReviewedDraft) => void) => {
    const draft = reviewedDraft();
    edit(draft);
    write(JSON.stringify(draft, null, 2));
  };
  // A draft is JSON edited by hand: the wrong types below are what a person might type.
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

  it.each<[string, () => void, RegExp]>([
    ['invalid JSON', () => write('{"format": "athar-ingest-draft", "proposals": [\n  {"id": "x",,}\n'), /beijing-2013-06-20\.json: not valid JSON/],
    ['wrong types', () => edited((d) => ((d as Json).proposals = 'all of them')), /beijing-2013-06-20\.json.*proposals.*expected array/],
    ['an offset beyond the text', () => edited((d) => Object.assign(proposal(d, 'mention-wang', 'mention'), { start: ARTICLE.length + 5, end: ARTICLE.length + 12 })), /proposal mention-wang: \[\d+, \d+\) does not fit the article \(\d+ UTF-16 code units\)/],
    ['a stale exact', () => edited((d) => (proposal(d, 'mention-wang', 'mention').exact = 'وانغ يى')), /proposal mention-wang: .*(exact|does not match|reads)/],
    ['an unknown kind', () => edited((d) => ((d.proposals[0] as Json).kind = 'rumour')), /beijing-2013-06-20\.json.*kind/],
    ['clashing ids', () => edited((d) => (proposal(d, 'event-said', 'event').record = { id: 'kerry-wang-yi-meeting' })), /event-said: clashing id: the event "kerry-wang-yi-meeting"/],
  ])('%s', (_case, makeDraft, message) => {
    makeDraft();
    refuses('accept', draftFile(), message);
  });
});
