// Draws the web app's PNG icons from public/icons/icon.svg with Chromium (run by hand when the icon changes).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
// A maskable icon is cropped to a circle of 80 % of its width: full-bleed colour, the house well inside.
const maskable = svg
  .replace(' rx="96"', '')
  .replace(/<path /, '<g transform="translate(256 262) scale(0.72) translate(-256 -256)"><path ')
  .replace('</svg>', '</g></svg>');

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [file, source, size] of [
    ['icon-192.png', svg, 192],
    ['icon-512.png', svg, 512],
    ['maskable-512.png', maskable, 512],
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.screenshot({ path: new URL(`../public/icons/${file}`, import.meta.url).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
