/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Draft } from '@/lib/ingest/draft';
import { IngestError, ingestArticle } from '@/lib/ingest/store';

const ROOT = path.join(__dirname, '..');
const DATA = path.join(ROOT, 'data');
const SEED_000 = path.join(DATA, 'sources', 'aljazeera-2013-05-15.txt');
const SEED_001 = path.join(DATA, 'sources', 'kerry-beijing-2013-04-13.txt');

let work: string;
let data: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'athar-ingest-'));
  data = path.join(work, 'data');
  cpSync(DATA, data, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` with its hash: what "untouched" means. */
function snapshot(dir: string): Record<string, string> {
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

function article(name: string, content: Buffer | string): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

function refused(options: Parameters<typeof ingestArticle>[0], message: RegExp): void {
  const before = snapshot(data);
  expect(() => ingestArticle(options)).toThrow(IngestError);
  expect(() => ingestArticle(options)).toThrow(message);
  expect(snapshot(data)).toEqual(before);
  expect(existsSync(path.join(data, 'drafts'))).toBe(false);
}

describe('ingestArticle', () => {
  it('copies the article byte for byte and writes the draft', () => {
    const result = ingestArticle({ article: SEED_000, dataDir: data, id: 'jazeera-copy' });
    expect(readFileSync(path.join(data, 'sources', 'jazeera-copy.txt')).equals(readFileSync(SEED_000))).toBe(true);
    const draft = JSON.parse(readFileSync(path.join(data, 'drafts', 'jazeera-copy.json'), 'utf8')) as Draft;
    expect(draft).toEqual(result.draft);
    expect(draft.source).toMatchObject({ id: 'jazeera-copy', textFile: 'jazeera-copy.txt', sha256: '48d3d4cfc0fa9f5764ce64c55557fc47000ea8246483da1d1432b750041e9055' });
    expect(readdirSync(path.join(data, 'drafts'))).toEqual(['jazeera-copy.json']);
  });

  it('takes the id from the file name and, run again on the same text, changes nothing', () => {
    const file = article('Kerry Beijing.txt', readFileSync(SEED_001));
    const first = ingestArticle({ article: file, dataDir: data, published: '2013-04-13T00:00:00+08:00' });
    expect(first.draft.source.id).toBe('kerry-beijing');
    const before = snapshot(data);
    const second = ingestArticle({ article: file, dataDir: data, published: '2013-04-13T00:00:00+08:00' });
    expect(second.textCreated).toBe(false);
    expect(snapshot(data)).toEqual(before);
  });

  it('records --publisher and --published (as inferred)', () => {
    const { draft } = ingestArticle({ article: SEED_001, dataDir: data, id: 'k', published: '2013-04-13', publisher: 'Unknown site' });
    expect(draft.source.publisher.given).toBe('Unknown site');
    expect(draft.source.publication).toMatchObject({ datetime: '2013-04-13T00:00:00+00:00', basis: 'inferred' });
    expect(draft.source.publication.warnings).toHaveLength(2);
  });

  it('refuses an article without a dateline when --published is missing, and says so', () => {
    refused({ article: SEED_001, dataDir: data, id: 'k' }, /kerry-beijing-2013-04-13\.txt: The article has no dateline .* pass --published/);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty\.txt: the file is empty/],
    ['blank.txt', ' \n\t\n', /blank\.txt: the file holds only whitespace/],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('نص', 'utf16le')]), /utf16le\.txt: the file is UTF-16 \(byte-order mark FF FE\)/],
    ['utf16be.txt', Buffer.from([0xfe, 0xff, 0x06, 0x46]), /utf16be\.txt: the file is UTF-16 \(byte-order mark FE FF\)/],
    ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), /latin1\.txt: the file is not valid UTF-8 \(byte 0xe9 at offset 3\)/],
    ['binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01, 0x02]), /binary\.bin: the file contains NUL bytes/],
  ])('refuses %s and leaves the data directory untouched', (name, content, message) => {
    refused({ article: article(name, content), dataDir: data, published: '2013-04-13' }, message);
  });

  it('refuses a missing file, a bad --id, a taken id and a different text under the same id', () => {
    refused({ article: path.join(work, 'nope.txt'), dataDir: data }, /nope\.txt: no such file/);
    refused({ article: SEED_000, dataDir: data, id: 'Not_Kebab' }, /--id "Not_Kebab" is not a valid source id/);
    refused({ article: SEED_000, dataDir: data, id: 'aljazeera-2013-05-15' }, /source id "aljazeera-2013-05-15" is already in the dataset/);
    writeFileSync(path.join(data, 'sources', 'other.txt'), 'نص آخر');
    refused({ article: SEED_000, dataDir: data, id: 'other' }, /other\.txt already exists with different content/);
  });

  it('keeps a draft a reviewer may have edited unless --force', () => {
    ingestArticle({ article: SEED_000, dataDir: data, id: 'j' });
    const draftFile = path.join(data, 'drafts', 'j.json');
    writeFileSync(draftFile, readFileSync(draftFile, 'utf8').replace('"confidence": 0.9', '"confidence": 1'));
    const edited = readFileSync(draftFile, 'utf8');
    expect(() => ingestArticle({ article: SEED_000, dataDir: data, id: 'j' })).toThrow(/j\.json already exists .* pass --force/);
    expect(readFileSync(draftFile, 'utf8')).toBe(edited);
    ingestArticle({ article: SEED_000, dataDir: data, id: 'j', force: true });
    expect(readFileSync(draftFile, 'utf8')).not.toBe(edited);
  });
});

describe('npm run ingest (the script)', () => {
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const run = (...args: string[]) => spawnSync(tsx, [path.join(ROOT, 'scripts', 'ingest.ts'), ...args], { cwd: work, encoding: 'utf8' });

  it('exits 1 with the reason and writes nothing when --published is missing', () => {
    const before = snapshot(data);
    const result = run(SEED_001, '--data', data);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✗ .*kerry-beijing-2013-04-13\.txt: The article has no dateline.*--published/);
    expect(snapshot(data)).toEqual(before);
  }, 30_000);

  it('exits 0 and summarises the draft; a usage error exits 2', () => {
    const result = run(SEED_000, '--data', data, '--id', 'jz');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ draft .*drafts\/jz\.json: 5 dates, \d+ mentions, 0 new actors, \d+ statements, \d+ events/);
    expect(result.stdout).toMatch(/! The Hijri date 1434\/7\/6 is 1 day ahead/);
    expect(run('--data').status).toBe(2);
  }, 30_000);
});
