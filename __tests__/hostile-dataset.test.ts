/** @jest-environment node */
/**
 * The hostile dataset the e2e suite builds (e2e/hostile/dataset.ts) must
 * stay valid, or the suite would test an error page: checked here without
 * a build, with what makes it hostile.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDatasetFiles } from '@/lib/load';
import { validateDataset } from '@/lib/validate';
import { writeHostileDataset } from '../e2e/hostile/dataset';
import { HOSTILE_SOURCE, LONG_PARAGRAPH_BYTES, LONG_SOURCE, PAYLOAD } from '../e2e/hostile/payloads';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'athar-hostile-dataset-'));
  writeHostileDataset(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('passes the validator', () => {
  const { dataset, issues } = validateDataset(readDatasetFiles(dir));
  expect(issues).toEqual([]);
  expect(dataset?.briefings.map((b) => b.id)).toEqual(['hostile-briefing']);
});

it('carries every payload in its text and its records, and a one-paragraph megabyte', () => {
  const text = readFileSync(path.join(dir, 'sources', `${HOSTILE_SOURCE}.txt`), 'utf8');
  const records = ['actors.json', 'events.json', 'statements.json', 'briefings/hostile-briefing.json'].map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown);
  for (const payload of Object.values(PAYLOAD)) expect(text.includes(payload) || JSON.stringify(records).includes(JSON.stringify(payload).slice(1, -1))).toBe(true);
  const long = path.join(dir, 'sources', `${LONG_SOURCE}.txt`);
  expect(statSync(long).size).toBeGreaterThanOrEqual(LONG_PARAGRAPH_BYTES);
  expect(readFileSync(long, 'utf8').trimEnd()).not.toContain('\n');
});
