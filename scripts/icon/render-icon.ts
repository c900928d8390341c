/**
 * Renders the site icon (`app/icon.png`, 32 × 32) from its drawing,
 * `scripts/icon/icon.svg`: `npx tsx scripts/icon/render-icon.ts`.
 *
 * The icon is a PNG because Chromium downloads and decodes the page's icon
 * again after every change of the URL, so after every selection in the
 * explorer, and an SVG icon is decoded as a document of its own: ~3.4 ms of
 * the main thread in a trace of a selection at 100,000 events, against a
 * fraction of a millisecond for a small PNG.
 */
import { readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const SIZE = 32;
const root = path.resolve(__dirname, '..', '..');
const source = path.join(__dirname, 'icon.svg');
const target = path.join(root, 'app', 'icon.png');

async function main(): Promise<void> {
  const svg = readFileSync(source, 'utf8');
  if (!svg.trimStart().startsWith('<svg')) throw new Error(`${source}: not an SVG drawing (it must start with <svg)`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    // The drawing is shown as an image, so nothing in it runs.
    await page.setContent(`<body style="margin:0"><img alt="" width="${SIZE}" height="${SIZE}" style="display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    // Written beside the icon, then renamed over it: a failed run leaves the old icon whole.
    const temporary = `${target}.tmp-${process.pid}`;
    await page.screenshot({ path: temporary, type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
    renameSync(temporary, target);
    console.log(`wrote ${path.relative(root, target)} (${SIZE} × ${SIZE}) from ${path.relative(root, source)}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
