import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sitemapPaths } from '../../src/lib/sitemap';
import { launch, openPage } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const paths = sitemapPaths(readFileSync('dist/sitemap.xml', 'utf8'));

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.each(['light', 'dark'] as const)('axe, %s mode', (colorScheme) => {
  it.each(paths)('%s has no WCAG 2.2 AA or best-practice violations', async (path) => {
    // bypassCSP: axe is injected as an inline script, which the site's own policy rightly forbids.
    const { page, context } = await openPage(browser, path, { colorScheme, bypassCSP: true });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
      return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
