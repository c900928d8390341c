import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS } from './helpers';
import { waitForGraph, watchErrors } from './explorer';

/**
 * Every route, at a laptop and a phone width: no serious or critical axe
 * violation (WCAG 2.0 A/AA and 2.1 AA rules), no sideways scrolling on a
 * phone, and no uncaught error.
 */

const ROUTES: { path: string; status?: number; explorer?: boolean }[] = [
  { path: '/', explorer: true },
  { path: '/?actor=john-kerry', explorer: true },
  { path: '/?event=us-china-agree-cyber-working-group', explorer: true },
  { path: '/actors' },
  { path: '/events' },
  { path: '/sources' },
  { path: '/actors/john-kerry' },
  { path: '/events/us-china-agree-cyber-working-group' },
  { path: '/sources/kerry-beijing-2013-04-13' },
  { path: '/sources/aljazeera-2013-05-15' },
  { path: '/actors/nobody', status: 404 },
];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One paragraph per violation: rule, impact, help text and link, then each offending node and why. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      html: ${n.html.slice(0, 160)}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

async function open(page: Page, route: (typeof ROUTES)[number]): Promise<void> {
  const response = await page.goto(route.path);
  expect(response?.status(), `HTTP status of ${route.path}`).toBe(route.status ?? 200);
  await expect(page.locator('main#main')).toBeVisible();
  if (route.explorer) await waitForGraph(page);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

for (const viewport of VIEWPORTS) {
  for (const route of ROUTES) {
    test(`${route.path} at ${viewport.width}px: no serious axe violation, no sideways scroll, no error`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize(viewport);
      await open(page, route);

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const minor = results.violations.filter((v) => !serious.includes(v));
      if (minor.length > 0) {
        test.info().annotations.push({ type: 'axe (moderate/minor)', description: minor.map((v) => `${v.id} ×${v.nodes.length}`).join(', ') });
      }
      expect(serious, `axe violations on ${route.path} at ${viewport.width}px:\n\n${describeViolations(serious)}\n`).toEqual([]);

      if (viewport.width <= 390) {
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          // Name the widest culprits, so a failure says where to look.
          const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
            .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
            .filter((el) => !el.closest('.visually-hidden, [hidden]'))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
        });
        expect(overflow.scrollWidth, `horizontal overflow on ${route.path}: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      }

      expect(errors, `uncaught errors on ${route.path}`).toEqual([]);
    });
  }
}

/** A screen-reader user jumps to the page's h1 to learn where they are: every page has exactly one. */
for (const route of ROUTES) {
  test(`${route.path} has exactly one h1`, async ({ page }) => {
    await open(page, route);
    await expect(page.locator('h1')).toHaveCount(1, { timeout: 2000 });
    await expect(page.locator('h1')).not.toHaveText('');
  });
}
