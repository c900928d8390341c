import { expect, test } from '@playwright/test';
import { snap, VIEWPORTS } from './helpers';
import { clickGraphNode, openExplorer, params, regions, visibleWithin, watchErrors } from './explorer';

/**
 * Journey (a): from a node on the graph canvas to the exact words in the
 * source. An analyst clicks John Kerry on the canvas, reads his statements
 * (the Arabic as the source has it, right to left, with the English gloss),
 * clicks one, and the reader outlines that passage, scrolled into view, with
 * the statement in the URL.
 */
for (const viewport of VIEWPORTS) {
  test(`actor journey at ${viewport.width}px: canvas node → statements → passage in the reader`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(viewport);
    await openExplorer(page);
    const { detail, reader } = regions(page);
    await snap(page, 'actor-1-start');

    // 1. Click John Kerry's node on the canvas.
    await clickGraphNode(page, 'john-kerry');
    await expect(page).toHaveURL(/[?&]actor=john-kerry(&|$)/);
    const panel = detail.locator('section.panel-actor');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('John Kerry');
    // The canvas and its twin agree: Kerry is selected in the actor list too.
    await expect(page.locator('button[data-actor-id="john-kerry"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => window.__atharCy?.getElementById('john-kerry').hasClass('selected'))).toBe(true);

    // 2. His statements: Arabic passage, right to left, and the analyst's English gloss.
    await expect(panel.getByRole('heading', { level: 3, name: /^Statements \(\d+\)$/ })).toBeVisible();
    const statements = panel.locator('article[data-statement]');
    await expect(statements).toHaveCount(3);
    for (const statement of await statements.all()) {
      const quote = statement.locator('blockquote');
      await expect(quote).toHaveAttribute('lang', 'ar');
      await expect(quote).toHaveAttribute('dir', 'rtl');
      expect(await quote.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      await expect(quote.locator('mark.panel-exact')).toHaveText(/[\u0600-\u06FF]/);
      await expect(statement.locator('.panel-gloss')).toContainText('English gloss (analyst translation)');
      await expect(statement.locator('.panel-gloss [lang="en"]')).toHaveText(/[a-z]{3,}/);
    }
    // The Arabic is drawn with the Arabic face the app ships, not a fallback box font.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'كيري'))).toBe(true);
    await panel.scrollIntoViewIfNeeded();
    await snap(page, 'actor-2-panel', { fullPage: false });

    // 3. Click one statement (its Arabic words) → the reader marks that passage.
    const chosen = statements.nth(1);
    const statementId = await chosen.getAttribute('data-statement');
    const passage = (await chosen.locator('figure[data-passage]').getAttribute('data-passage'))!;
    const [sourceId, range] = passage.split(':');
    const exact = (await chosen.locator('mark.panel-exact').textContent())!;
    await chosen.locator('mark.panel-exact').click();

    await expect(page).toHaveURL(new RegExp(`[?&]statement=${statementId}(&|$)`));
    expect(params(page).get('source')).toBe(sourceId);
    expect(params(page).get('actor')).toBe('john-kerry');
    await expect(reader.getByRole('tab', { selected: true })).toHaveCount(1);
    const article = reader.locator('article.rdr-text');
    await expect(article).toHaveAttribute('data-focus', `p-${range}`);
    const focused = article.locator('.rdr-focus[data-focused]');
    await expect(focused.first()).toBeVisible();
    // The outline holds exactly the words of the statement.
    expect((await focused.allTextContents()).join('')).toBe(exact);
    expect(await focused.first().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    // The statement's highlight is the selected one.
    await expect(article.locator(`[data-owner="statement:${statementId}"][data-selected]`).first()).toBeVisible();
    // Scrolled into view inside the reader's own scrolling pane.
    await expect.poll(() => visibleWithin(focused.first(), reader)).toBe(true);
    // On a phone the reader sits below the graph: bring the outlined words on screen to look at them,
    // with the pointer out of the way (left where it clicked, it would hover a highlight and open its tooltip).
    await page.mouse.move(0, 0);
    await focused.first().scrollIntoViewIfNeeded();
    await expect(focused.first()).toBeInViewport();
    await expect.poll(() => visibleWithin(focused.first(), reader)).toBe(true);
    await snap(page, 'actor-3-reader', { fullPage: false });

    expect(errors).toEqual([]);
  });
}
