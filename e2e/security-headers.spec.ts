import { expect, test, type APIResponse, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickGraphNode, openExplorer } from './explorer';
import { BRIEFING_IDS, EXPORT_FILES, PAGE_ROUTES, SOURCE_IDS } from './app-routes';

/**
 * The production server's security headers (issue #7 §2): every page, file
 * and 404 carries them; every page's Content-Security-Policy allows scripts
 * only from the app's origin and by the hash of each inline script it holds
 * (never 'unsafe-inline'); and a scripted session through the explorer, the
 * briefing and the exports makes no request to any other host and meets no
 * policy violation, while every page still works (it hydrated: clicks and
 * keys do what they should).
 */
const COMMON = JSON.parse(readFileSync(join(__dirname, '..', 'lib', 'security', 'common-headers.json'), 'utf8')) as Record<string, string>;
const BRIEFING = BRIEFING_IDS[0]!;
const STEP_COUNT = (JSON.parse(readFileSync(join(__dirname, '..', 'data', 'briefings', `${BRIEFING}.json`), 'utf8')) as { steps: unknown[] }).steps.length;

/** Directive → sources of a policy header. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Each inline script of a page: its hash source (computed here as a browser does, from the UTF-8 bytes of the raw text) and its nonce attribute. */
function inlineScripts(html: string): { hash: string; nonce: string | null }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter(([, attributes, text]) => !/(^|\s)src\s*=/i.test(attributes!) && text !== '')
    .map(([, attributes, text]) => ({
      hash: `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`,
      nonce: /(?:^|\s)nonce="([^"]*)"/.exec(attributes!)?.[1] ?? null,
    }));
}

function expectCommonHeaders(response: APIResponse, url: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(COMMON)) expect(headers[name.toLowerCase()], `${name} on ${url}`).toBe(value);
  expect(headers['x-powered-by'], url).toBeUndefined();
}

/** Checks an HTML response's policy; returns it parsed. */
async function expectPagePolicy(response: APIResponse, url: string): Promise<Map<string, string[]>> {
  expectCommonHeaders(response, url);
  expect(response.headers()['content-type'], url).toBe('text/html; charset=utf-8');
  const csp = response.headers()['content-security-policy'];
  expect(csp, `Content-Security-Policy on ${url}`).toBeTruthy();
  const policy = directives(csp!);
  const scripts = policy.get('script-src') ?? [];
  expect(scripts, url).toContain("'self'");
  // Only the origin, hashes and one nonce: no 'unsafe-inline', no 'unsafe-eval', no host or scheme wildcard.
  const nonces = scripts.filter((source) => /^'nonce-[A-Za-z0-9+/_-]{16,}={0,2}'$/.test(source));
  expect(nonces.length, url).toBeLessThanOrEqual(1);
  expect(scripts.filter((source) => source !== "'self'" && !/^'sha256-[A-Za-z0-9+/]{43}='$/.test(source) && !nonces.includes(source)), url).toEqual([]);
  const expected: Record<string, string[]> = {
    'default-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'connect-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'worker-src': ["'self'"],
  };
  for (const [name, sources] of Object.entries(expected)) expect(policy.get(name), `${name} on ${url}`).toEqual(sources);
  // Every inline script of the page is allowed, by its hash or (a page rendered on request) by the policy's nonce.
  const found = inlineScripts(await response.text());
  expect(found.length, `inline scripts on ${url}`).toBeGreaterThan(0);
  const nonce = nonces[0]?.slice("'nonce-".length, -1);
  expect(found.filter((script) => !scripts.includes(script.hash) && (nonce === undefined || script.nonce !== nonce)), `scripts the policy blocks on ${url}`).toEqual([]);
  if (response.status() === 200) {
    // A prerendered page: exactly its own scripts' hashes, none left over from another page.
    expect(new Set(scripts.filter((source) => source.startsWith("'sha256-"))), url).toEqual(new Set(found.map((script) => script.hash)));
  }
  return policy;
}

test('every page sends the security headers and a hash-based policy that allows exactly its inline scripts', async ({ request }) => {
  expect(PAGE_ROUTES.length).toBeGreaterThan(50);
  for (const route of PAGE_ROUTES) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    await expectPagePolicy(response, route);
  }
  test.info().annotations.push({ type: 'routes', description: `${PAGE_ROUTES.length} pages checked` });
});

test('unknown pages are 404 with the same headers and the not-found page’s own policy', async ({ request }) => {
  for (const route of ['/no-such-page', '/actors/nobody', '/events/nobody', '/sources/nobody', `/briefing/nobody`, `/briefing/nobody/presenter`, '/export/nothing.csv']) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(404);
    await expectPagePolicy(response, route);
  }
});

test('export files declare their type, download as attachments and carry a policy that runs nothing', async ({ request }) => {
  for (const format of EXPORT_FILES) {
    const url = `/export/${format.fileName}`;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expectCommonHeaders(response, url);
    expect(response.headers()['content-type'], url).toBe(format.mediaType);
    expect(response.headers()['content-disposition'], url).toBe(`attachment; filename="${format.fileName}"`);
    const policy = directives(response.headers()['content-security-policy'] ?? '');
    expect(policy.get('default-src'), url).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors'), url).toEqual(["'none'"]);
    expect(policy.has('sandbox'), url).toBe(true);
    expect((await response.body()).length, url).toBeGreaterThan(100);
  }
  // Script files too are never sniffed into another type.
  const html = await (await request.get('/')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const script = await request.get(chunk!);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
});

interface Recorder {
  requests: string[];
  offOrigin: string[];
  violations: string[];
  errors: string[];
}

/** Records every request of every page in the context, every policy violation and every page error or CSP console message. */
async function record(context: BrowserContext, origin: string): Promise<Recorder> {
  const seen: Recorder = { requests: [], offOrigin: [], violations: [], errors: [] };
  context.on('request', (request) => {
    const url = request.url();
    seen.requests.push(url);
    const parsed = new URL(url);
    if (parsed.origin !== origin && !['data:', 'blob:'].includes(parsed.protocol)) seen.offOrigin.push(url);
  });
  await context.exposeBinding('__atharPolicyViolation', (_source, report: string) => {
    seen.violations.push(report);
  });
  // Runs before the page's own scripts in every document, outside the page's policy (it is the browser's, not the page's).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __atharPolicyViolation: (r: string) => void }).__atharPolicyViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname} (${event.sample}) at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
    });
  });
  const watch = (page: Page) => {
    page.on('pageerror', (error) => seen.errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) seen.errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return seen;
}

test('the policy is enforced: a script injected into a page does not run and is reported', async ({ page, baseURL }) => {
  const seen = await record(page.context(), new URL(baseURL!).origin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  // An injected inline script and an injected inline event handler, as an XSS through the data would try.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onload="window.__handler = true" onerror="window.__handler = true" alt="">';
    document.body.append(holder);
    await new Promise((done) => setTimeout(done, 200));
    const flags = window as unknown as { __injected?: boolean; __handler?: boolean };
    return { script: flags.__injected === true, handler: flags.__handler === true };
  });
  expect(ran).toEqual({ script: false, handler: false });
  await expect.poll(() => seen.violations.length).toBeGreaterThanOrEqual(2);
  expect(seen.violations.every((v) => v.startsWith('script-src'))).toBe(true);
});

test('a session through the explorer, the pages, the briefing and the exports stays on the app’s origin with no violation', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const context = page.context();
  const seen = await record(context, origin);

  // Explorer: a click on the canvas, the actor list, search, a data download and a figure export.
  await openExplorer(page);
  await clickGraphNode(page, 'john-kerry');
  await expect(page).toHaveURL(/[?&]actor=john-kerry(&|$)/);
  await page.locator('button[data-actor-id="wang-yi"]').click();
  await expect(page).toHaveURL(/[?&]actor=wang-yi(&|$)/);
  const search = page.getByRole('combobox', { name: /Search actors, events, statements/ });
  await search.fill('Barack Obama');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]actor=barack-obama(&|$)/);
  await page.locator('details.export-menu summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Events (CSV)', exact: true }).click()]);
  expect(csv.suggestedFilename()).toBe('athar-events.csv');
  await page.locator('details.export-menu summary').click();
  await page.locator('details.figure-export-menu summary').click();
  const [figure] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export timeline (PNG)' }).click()]);
  expect(figure.suggestedFilename()).toMatch(/\.png$/);

  // The other pages, reached by their links (client-side navigation).
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Sources' }).click();
  await page.locator(`a[href^="/sources/${SOURCE_IDS[0]}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/${SOURCE_IDS[0]}`));
  await expect(page.locator('article.rdr-text')).toBeVisible();
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Actors' }).click();
  await page.locator('a[href^="/actors/john-kerry"]').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('John Kerry');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL(/\/events$/);

  // Briefing: keys move the steps (the page hydrated), the figure export works.
  await page.goto(`/briefing/${BRIEFING}`);
  await page.locator('html[data-briefing-keys="ready"]').waitFor({ state: 'attached' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('briefing-counter')).toHaveText(`Step 3 of ${STEP_COUNT}`);
  await page.locator('.briefing-export-menu summary').click();
  const [graph] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export graph (PNG)' }).click()]);
  expect(graph.suggestedFilename()).toMatch(/\.png$/);

  const presenter = await context.newPage();
  await presenter.goto(`/briefing/${BRIEFING}/presenter`);
  // Keys ready is not enough: until the channel is on, the presenter would step from its own step 1, not the audience's 3.
  await presenter.locator('html[data-briefing-keys="ready"][data-briefing-sync="on"]').waitFor({ state: 'attached' });
  await expect(presenter.getByTestId('presenter-counter')).toHaveText(`Step 3 of ${STEP_COUNT}`);
  await presenter.keyboard.press('ArrowRight');
  await expect(page.getByTestId('briefing-counter')).toHaveText(`Step 4 of ${STEP_COUNT}`);
  await presenter.goto(`/briefing/${BRIEFING}/print`);
  await expect(presenter.locator('.print-step')).toHaveCount(STEP_COUNT);
  await presenter.close();

  // 404s: a path no route matches (the prerendered page), and an unknown id under a record route, which the server
  // renders on request and then replays from its cache, so twice.
  for (const path of ['/no-such-page', '/actors/nobody-at-all', '/actors/nobody-at-all']) {
    const missing = await page.goto(path);
    expect(missing?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the explorer' }).waitFor();
  }

  const description = `${seen.requests.length} requests recorded, ${seen.offOrigin.length} off the origin, ${seen.violations.length} policy violations`;
  test.info().annotations.push({ type: 'requests', description });
  console.log(`security session: ${description}`);
  expect(seen.requests.length).toBeGreaterThan(30);
  expect(seen.offOrigin).toEqual([]);
  expect(seen.violations).toEqual([]);
  expect(seen.errors).toEqual([]);
});
