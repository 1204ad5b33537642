import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sitemapPaths } from '../../src/lib/sitemap';
import { baseUrl, launch } from './browser';
import { htmlPages } from './dist';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Every page in the sitemap, and the finder's question and result pages, which are kept out of it.
const finderSteps = htmlPages()
  .map(([p]) => p)
  .filter((p) => /^\/(fr\/)?finder\/.+\/$/.test(p));
const paths = [...sitemapPaths(readFileSync('dist/sitemap.xml', 'utf8')), ...finderSteps];
// Dark mode changes only colours, which come from each kind of page's components: every guide (status notices, schemes,
// translation notices vary there) and one page of every other kind ("/fr/faq/*/", "/finder/*/*/").
const kind = (path: string) =>
  path.replace(
    /^(\/fr)?\/([a-z-]+)\/.+$/,
    (_, fr = '', first) => `${fr}/${first}/${'*/'.repeat(path.split('/').length - 3 - (fr ? 1 : 0))}`,
  );
const darkPaths = paths.filter((path, i) => /^\/(fr\/)?categories\/.+/.test(path) || paths.findIndex((p) => kind(p) === kind(path)) === i);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Light mode: every WCAG 2.2 AA and best-practice rule. Dark mode changes only colours, so it is checked for contrast.
const MODES = [
  ['light', ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], paths],
  ['dark', ['color-contrast'], darkPaths],
] as const;

describe.each(MODES)('axe, %s mode', (colorScheme, rules, modePaths) => {
  let context: BrowserContext;
  let page: Page;
  // One page for the whole mode, navigated from address to address: a new browser context per page costs more than the check.
  // bypassCSP: axe is injected as an inline script, which the site's own policy rightly forbids.
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(modePaths)('%s', async (path) => {
    await page.goto(new URL(path, baseUrl()).href);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(
      async (only) => {
        const run = only.length === 1 ? { runOnly: { type: 'rule', values: only } } : { runOnly: only };
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, run);
        return result.violations.map(
          (v: { id: string; nodes: { target: string[] }[] }) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      },
      [...rules],
    );
    expect(violations).toEqual([]);
  });
});

describe('axe on interactive states', () => {
  it.each([
    ['search results', '/search/?q=spouse', '[data-search-results] ol:not([data-names-first]) > li'],
    ['a comparison', '/compare/?c=pgwp,iec,ict', '[data-compare-table] section'],
    ['404 suggestions', '/categories/pgwp/', 'not-found-help a'],
    ['the finder with radios', '/finder/work/', 'finder-question input[type=radio]'],
  ])('%s', async (_what, path, ready) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl()).href);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
