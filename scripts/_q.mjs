import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_FLAGS, findProgram } from './system-programs.mjs';
const server = await startServer({ root: '/tmp/dev/dist', port: 4989 });
const browser = await chromium.launch({ executablePath: findProgram('chromium'), args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4989/search/?q=' + encodeURIComponent(q));
  await page.locator('[data-search-results] ol > li').first().waitFor({ timeout: 15000 });
  const hrefs = await page.locator('[data-search-results] ol > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  console.log(q, '→', hrefs.slice(0, 4).join(' '), '|', await page.locator('[data-search-status]').innerText());
}
await browser.close(); server.close();
