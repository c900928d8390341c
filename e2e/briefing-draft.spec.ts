import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetFiles } from '../lib/load';
import { validateDataset } from '../lib/validate';

/**
 * "Add this view as a step" from the explorer: two views become two steps,
 * the draft downloads as JSON, and that file, dropped into data/briefings/,
 * passes the same validation as the shipped briefings.
 */
const DATA = join(__dirname, '..', 'data');

test('two explorer views become a draft briefing that validates with the dataset', async ({ page }) => {
  await page.goto('/?event=li-keqiang-calls-to-end-war-of-words');
  const add = page.getByRole('button', { name: 'Add this view as a step' });
  await expect(add).toBeEnabled();
  await add.click();
  await expect(page.locator('.add-step-status')).toContainText('1 step');

  await page.goto('/?actor=robert-hormats&from=2013-04-01&to=2013-05-31');
  await page.getByRole('button', { name: 'Add this view as a step' }).click();
  await expect(page.locator('.add-step-status')).toContainText('2 steps');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download draft briefing (JSON)' }).click()]);
  const json = readFileSync((await download.path())!, 'utf8');
  const draft = JSON.parse(json) as { id: string; steps: { focus: { actors: string[]; events: string[] }; window: { from: string; to: string } }[] };
  expect(draft.steps).toHaveLength(2);
  expect(draft.steps[0]!.focus.events).toEqual(['li-keqiang-calls-to-end-war-of-words']);
  expect(draft.steps[1]!.focus.actors).toEqual(['robert-hormats']);
  expect(draft.steps[1]!.window.from <= '2013-04-01').toBe(true);

  const input = readDatasetFiles(DATA);
  const result = validateDataset({ ...input, json: { ...input.json, [`briefings/${draft.id}.json`]: json } });
  expect(result.issues).toEqual([]);
});
