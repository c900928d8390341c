import { expect, test, type Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { bundleClient } from '../scripts/author-bundle';
import { startAuthorServer } from '../scripts/author-server';
import { ARTICLE, reviewedDraft, snapshot, SOURCE_ID, span, tempDataDir } from '../__tests__/helpers/accept-fixture';

/**
 * The review page in Chromium, against the real authoring server on a
 * temporary copy of data/ (it starts its own server; no Next build is
 * involved). What jsdom cannot show: a real selection in right-to-left
 * text maps to the right offsets, and Save changes the files.
 *
 * Runs alone with `npx playwright test -c playwright.author.config.ts`.
 */

let data: string;
let server: Server;
let url: string;

test.beforeAll(async () => {
  data = tempDataDir('athar-author-e2e-');
  const draft = reviewedDraft();
  for (const p of draft.proposals) {
    delete p.decision;
    delete p.record;
  }
  writeFileSync(path.join(data, 'drafts', `${SOURCE_ID}.json`), `${JSON.stringify(draft, null, 2)}\n`);
  ({ server, url } = await startAuthorServer({ dataDir: data, port: 0, clientJs: await bundleClient() }));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(path.dirname(data), { recursive: true, force: true });
});

/** Selects [start, end) of the article through the DOM, as a drag across highlight runs would. */
async function select(page: Page, start: number, end: number): Promise<void> {
  await page.getByTestId('article').evaluate(
    (root, [from, to]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let at = 0;
      let started = false;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = (node as Text).data.length;
        if (!started && from <= at + length) {
          range.setStart(node, from - at);
          started = true;
        }
        if (to <= at + length) {
          range.setEnd(node, to - at);
          break;
        }
        at += length;
      }
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [start, end] as const,
  );
}

test('review in the browser: accept, reject, a record from a selection, save', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}?draft=${SOURCE_ID}`);
  const article = page.getByTestId('article');
  await expect(article).toHaveText(ARTICLE, { useInnerText: false });

  // A double-click selects a word (and Chromium adds the space after it); the bar shows its offsets, trimmed.
  const wang = span('وانغ');
  const run = article.locator(`[data-start="${wang.start}"]`);
  const box = await run.boundingBox();
  // Right to left: the first word of the run is at its right end.
  await run.dblclick({ position: { x: (box?.width ?? 40) - 8, y: (box?.height ?? 20) / 2 } });
  await expect(page.getByRole('group', { name: 'Make a record from the selected text' })).toContainText(`[${wang.start}, ${wang.end})`);

  const card = (id: string) => page.locator(`#card-${id}`);
  await card('mention-wang').getByRole('button', { name: 'Accept' }).click();
  await card('mention-ministry').getByRole('button', { name: 'Reject' }).click();

  const sentence = span('أن الجانبين سيلتقيان في يوليو المقبل');
  await select(page, sentence.start, sentence.end);
  await expect(page.getByRole('group', { name: 'Make a record from the selected text' })).toContainText(`[${sentence.start}, ${sentence.end})`);
  await page.getByRole('button', { name: 'New event' }).click();
  const made = card(`manual-event-${sentence.start}-${sentence.end}`);
  await made.getByLabel('Type').selectOption('consultation');
  await made.getByRole('button', { name: 'Add participant' }).click();
  await made.getByLabel('Actor 1').selectOption('a:china');
  await made.getByLabel('Status').selectOption('expected');
  await made.getByRole('textbox', { name: 'Record id' }).fill('sides-to-meet-in-july');

  const before = snapshot(data);
  await page.getByRole('button', { name: 'Save: accept into the data' }).click();
  await expect(page.getByRole('status')).toContainText('✓ Saved.');
  await expect(page.getByRole('status')).toContainText('1 new event: sides-to-meet-in-july');

  const after = snapshot(data);
  const changed = Object.keys(after).filter((f) => after[f] !== before[f]).sort();
  expect(changed).toEqual(['actors.json', `drafts/${SOURCE_ID}.json`, 'events.json', `sources/${SOURCE_ID}.json`]);
  const events = JSON.parse(readFileSync(path.join(data, 'events.json'), 'utf8')) as { id: string; evidence: { quote: { exact: string } }[] }[];
  expect(events.find((e) => e.id === 'sides-to-meet-in-july')?.evidence[0]?.quote.exact).toBe(sentence.exact);
  expect(errors).toEqual([]);
});
