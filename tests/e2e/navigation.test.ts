import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('reading the guide', () => {
  it('goes home → categories → a guide by keyboard alone', async () => {
    const { page, problems, context } = await openPage(browser, '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Skip to main content');
    // Tab until the "Categories" link in the main navigation has focus, then follow it.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Categories') break;
    }
    await Promise.all([page.waitForURL('**/categories/'), page.keyboard.press('Enter')]);
    // Tab to the first guide link inside main and open it.
    await page.focus('main');
    let href = '';
    for (let i = 0; i < 40 && !href.startsWith('/categories/'); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
      if (href === '/categories/') href = '';
    }
    expect(href).toMatch(/^\/categories\/[a-z0-9-]+\/$/);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('dl').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a 320 px wide phone without sideways scrolling', async () => {
    const { page, problems, context } = await openPage(browser, '/categories/', { viewport: { width: 320, height: 640 } });
    const guide = await page.locator('[data-category] a').first().getAttribute('href');
    for (const path of ['/', '/categories/', guide ?? '/', '/codes/']) {
      await page.goto(new URL(path, page.url()).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
