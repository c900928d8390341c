import { expect, test } from '@playwright/test';
import { Agent, request as httpRequest } from 'node:http';
import { fuzzCases, REFLECTION_MARKERS, type FuzzCase } from './url-fuzz-cases';
import { BRIEFING_IDS } from './app-routes';
import { watchErrors } from './explorer';

/**
 * URL fuzz (issue #7 §1): random and malformed paths and query strings,
 * sent raw (Node's HTTP client, no URL normalisation) to every route of the
 * production server. None may get a 5xx, bring the server down, or come back
 * with the markup it carried unescaped (HTML and React Server Components
 * responses alike); a traversal never reaches a file outside the app. Then a
 * few of the worst URLs open in the browser: each page renders, says what it
 * ignored, and throws nothing.
 *
 * The cases come from a seeded PRNG: `URL_FUZZ_SEED=<n>` replays a run.
 */
const SEED = Number(process.env.URL_FUZZ_SEED ?? 20130413);
const RANDOM_CASES = 900;

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(origin: URL, agent: Agent, fuzz: FuzzCase): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: origin.hostname, port: origin.port, path: fuzz.target, method: 'GET', headers: fuzz.headers, agent, timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within 15 s to ${fuzz.target.slice(0, 200)}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Text that only a file outside the app's routes would contain. */
const LEAKS = ['root:x:0:', '"name": "athar"', 'nextConfig', '"devDependencies"'];

test('1,000+ malformed URLs: no 5xx, no crash, no reflected markup, no file outside the routes', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const cases = fuzzCases(SEED, RANDOM_CASES);
  console.log(`url fuzz: seed ${SEED} (URL_FUZZ_SEED to replay), ${cases.length} requests`);
  expect(cases.length).toBeGreaterThanOrEqual(1000);
  const origin = new URL(baseURL!);
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  let reflectedChecks = 0;
  const started = Date.now();

  // A few at a time, as a crowd of browsers would; the server must answer each.
  const queue = [...cases];
  const worker = async () => {
    for (let fuzz = queue.shift(); fuzz; fuzz = queue.shift()) {
      const where = `${fuzz.kind}: ${fuzz.target.slice(0, 160)}${fuzz.headers ? ` ${JSON.stringify(fuzz.headers).slice(0, 100)}` : ''}`;
      let answer: Answer;
      const oversized = fuzz.target.length > 16 * 1024;
      try {
        // Past Node's 16 KB header limit the server answers 431 and closes at once, which can reset a socket still
        // sending: such requests go alone, on a socket of their own, and a reset counts as the refusal it is.
        answer = await send(origin, oversized ? new Agent({ keepAlive: false }) : agent, fuzz);
      } catch (error) {
        if (oversized && (error as NodeJS.ErrnoException).code === 'ECONNRESET') {
          statuses.set(431, (statuses.get(431) ?? 0) + 1);
          reflectedChecks++;
          continue;
        }
        problems.push(`${where} → no answer (${String(error)})`);
        continue;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status >= 500 || answer.status === 0) problems.push(`${where} → ${answer.status}`);
      for (const marker of REFLECTION_MARKERS) {
        if (answer.body.includes(marker)) problems.push(`${where} → ${answer.contentType} reflects ${marker}`);
      }
      reflectedChecks++;
      for (const leak of LEAKS) if (answer.body.includes(leak)) problems.push(`${where} → body holds ${leak}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  agent.destroy();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
  console.log(`url fuzz: ${cases.length} requests in ${seconds} s; statuses ${summary}; ${problems.length} problems`);
  test.info().annotations.push({ type: 'url fuzz', description: `seed ${SEED}: ${cases.length} requests, statuses ${summary}` });
  expect(problems).toEqual([]);
  expect(reflectedChecks).toBe(cases.length);

  // Still up, and still serving the real pages.
  const home = await fetch(new URL('/', origin));
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('Athar');
});

const BRIEFING = BRIEFING_IDS[0]!;

test('the worst URLs render in the browser with a notice, inert text and no page error', async ({ page }) => {
  const errors = watchErrors(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const notices = page.getByTestId('url-notice');

  await page.goto(`/?actor=${encodeURIComponent('<script>alert(1337)</script>')}&event=${encodeURIComponent('"><img src=x onerror=alert(1337)>')}`);
  await expect(notices.filter({ hasText: 'Unknown actor "<script>alert(1337)</script>" was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: 'Unknown event "\\"><img src=x onerror=alert(1337)>" was ignored.' })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await page.goto('/?from=%zz&to=%ED%A0%80&passage=9-1&lanes=%E2%80%AEedis&q=%ff%fe');
  await expect(notices.filter({ hasText: '"from" must be a date like 2013-04-13; "%zz" was ignored.' })).toBeVisible();
  // Bytes that are not UTF-8 decode to replacement characters, quoted in the notice.
  await expect(notices.filter({ hasText: /^"to" must be a date like 2013-04-13; "\uFFFD+" was ignored\.$/ })).toBeVisible();
  await expect(notices.filter({ hasText: '"passage" must be two offsets like 120-180; "9-1" was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: '"lanes" must be "side" or "actor"' })).toBeVisible();

  await page.goto(`/?relations=${'x,'.repeat(1500)}&source=${'s'.repeat(5000)}&${Array.from({ length: 60 }, (_, i) => `k${i}=1`).join('&')}`);
  await expect(notices.filter({ hasText: 'parameters; only the first 50 were read.' })).toBeVisible();
  await expect(notices.filter({ hasText: '"relations" is longer than 2000 characters and was ignored.' })).toBeVisible();
  await expect(notices.filter({ hasText: '"source" is longer than 200 characters and was ignored.' })).toBeVisible();
  // The explorer still works after all that.
  await page.locator('button[data-actor-id="wang-yi"]').click();
  await expect(page).toHaveURL(/\/\?actor=wang-yi$/);

  await page.goto(`/briefing/${BRIEFING}?step=${encodeURIComponent('<script>alert(1337)</script>')}`);
  await expect(page.locator('.briefing-notice')).toContainText('<script>alert(1337)</script>');
  await expect(page.getByTestId('briefing-counter')).toHaveText(/^Step 1 of \d+$/);

  const junkPath = await page.goto(`/actors/${encodeURIComponent('<img src=x onerror=alert(1337)>')}?q=%zz`);
  expect(junkPath?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();

  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
