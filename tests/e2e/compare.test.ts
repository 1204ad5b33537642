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

// The chosen categories, in order, as the first fact row names them (the names are read on phones too).
const columnHeads = (page: import('playwright-core').Page) =>
  page.locator('[data-compare-table] section:first-of-type dt a').allTextContents();

describe('comparing categories', () => {
  it('choose two → the address changes → reload → the same table', async () => {
    const { page, context, problems } = await openPage(browser, '/compare/');
    await page.fill('#compare-pick', 'c43');
    await page.keyboard.press('Enter');
    await page.fill('#compare-pick', 'T36');
    await page.keyboard.press('Enter');
    await page.waitForURL(/c=post-graduation-work-permit,cusma-professionals/);
    const before = await columnHeads(page);
    expect(before).toHaveLength(2);
    expect(await page.locator('[data-compare-table] section h3').count()).toBeGreaterThan(5);
    await page.reload();
    expect(await columnHeads(page)).toEqual(before);
    await page.goBack();
    expect(await columnHeads(page)).toHaveLength(1);
    await page.goForward();
    expect(await columnHeads(page)).toEqual(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a pasted link with codes in any case', async () => {
    const { page, context } = await openPage(browser, '/compare/?c=c63,C43');
    expect(await columnHeads(page)).toEqual(['Intra-company transferees', 'Post-graduation work permit']);
    await context.close();
  });

  it.each([
    ['zz99,c43', /Not recognised.*zz99/],
    ['c43,c43', /repeated/],
    ['c43,c61,t36,c42,c31', /Up to 4/],
    ['', /at least two/],
    ['<script>alert(1)</script>,c43', /Not recognised/],
  ])('explains bad input %s', async (c, message) => {
    const { page, context, problems } = await openPage(browser, `/compare/?c=${encodeURIComponent(c)}`);
    expect(await page.locator('[data-compare-status]').innerText()).toMatch(message);
    expect(await page.locator('compare-island script:not([type="application/json"])').count()).toBe(0);
    expect(await page.locator('[data-compare-status] *:not(p)').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows every category's key facts without JavaScript", async () => {
    const { page, context } = await openPage(browser, '/compare/?c=c43,c61', { javaScriptEnabled: false });
    expect(await page.locator('compare-island').isVisible()).toBe(false);
    const cards = await page.locator('[data-compare-card]').count();
    expect(await page.locator('[data-compare-card] h4 a[href^="/categories/"]').count()).toBe(cards);
    expect(cards).toBeGreaterThan(40);
    await context.close();
  });

  it('accepts names, common names and abbreviations, in the box and in the address', async () => {
    const { page, context } = await openPage(browser, '/compare/?c=pgwp,iec');
    expect(await columnHeads(page)).toEqual(['Post-graduation work permit', 'International Experience Canada (IEC)']);
    await page.fill('#compare-pick', 'working holiday');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-compare-status]').innerText()).toMatch(/already in the comparison/);
    await page.fill('#compare-pick', 'ICT');
    await page.keyboard.press('Enter');
    await page.waitForURL(/c=post-graduation-work-permit,international-experience-canada,intra-company-transferees/);
    await context.close();
  });

  it('reads on a 320 px phone without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, '/compare/?c=pgwp,iec,ict,c42', { viewport: { width: 320, height: 640 } });
    await page.locator('[data-compare-table] section').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('opens from a guide with that category chosen', async () => {
    const { page, context } = await openPage(browser, '/categories/cusma-professionals/');
    await Promise.all([page.waitForURL(/compare/), page.getByRole('link', { name: 'Compare with other categories' }).click()]);
    expect(await columnHeads(page)).toEqual(['CUSMA professionals']);
    await context.close();
  });
});
