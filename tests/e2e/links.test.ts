import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe('links consultants paste into emails', () => {
  it('copies a clean section link, on the address the reader is on, that lands on the section', async () => {
    const { page, context, problems } = await openPage(browser, '/categories/intra-company-transferees/?utm=x', clipboard);
    await page.locator('#duration').hover();
    await page.locator('#duration .section-link').click();
    // The confirmation stands next to the link that was used, as a status screen readers announce.
    await page.locator('#duration .section-link + [role=status]').filter({ hasText: 'Link copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl()}/categories/intra-company-transferees/#duration`);
    expect(copied).not.toContain('example.org');
    const local = copied;
    await page.goto(local);
    const top = await page.locator('#duration').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fetches the copy tools at the first move, not before, and copies a section link with the keyboard alone', async () => {
    const { page, context, problems } = await openPage(browser, '/categories/research/', clipboard);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const tools = await page.locator('[data-guide-tools]').getAttribute('data-guide-tools');
    await page.locator('#who .section-link').focus();
    await page.keyboard.press('Enter');
    await page.locator('#who .section-link + [role=status]').filter({ hasText: 'Link copied' }).waitFor();
    expect(scripts).toEqual([tools]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/categories/research/#who`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders section links as real links, shown on keyboard focus, that work without a script', async () => {
    const { page, context } = await openPage(browser, '/categories/research/', { javaScriptEnabled: false });
    const link = page.locator('#who .section-link');
    expect(await link.getAttribute('href')).toBe('#who');
    expect(await link.getAttribute('aria-label')).toBe('Link to this section: Who it is for');
    await link.focus();
    expect(await link.evaluate((b) => getComputedStyle(b).opacity)).toBe('1');
    await context.close();
  });

  it('copies the summary for email', async () => {
    const { page, context, problems } = await openPage(browser, '/categories/post-graduation-work-permit/', clipboard);
    await page.getByRole('button', { name: 'Copy summary for email' }).click();
    await page.locator('[data-copy-summary] + [role=status]').filter({ hasText: 'Summary copied' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')[0]).toBe('Post-graduation work permit (C43)');
    expect(text).toContain(`Guide: ${baseUrl()}/categories/post-graduation-work-permit/`);
    expect(text).not.toContain('example.org');
    expect(text).toMatch(/Abbreviations: .*IRCC: Immigration, Refugees and Citizenship Canada/);
    expect(text).toMatch(/Last reviewed: \d{1,2} \w+ \d{4}/);
    // The rich form, for email programs: the same lines, the official addresses as links.
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item!.getType('text/html')).text();
    });
    expect(html).toMatch(/<a href="https:\/\/www\.canada\.ca\/[^"]+">https:\/\/www\.canada\.ca\//);
    const lines = await page.evaluate((h) => {
      const box = document.createElement('div');
      box.innerHTML = h.replace(/<br>/g, '\n');
      return box.textContent;
    }, html);
    expect(lines).toBe(text);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fetches the summary only when the tools arrive, and says so when it cannot', async () => {
    const { page, context } = await openPage(browser, '/fr/categories/research/', clipboard);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/summary/'))).toEqual([]);
    await page.route('**/summary/**', (r) => r.abort());
    await page.getByRole('button', { name: 'Copier le résumé pour un courriel' }).click();
    await page.locator('[data-copy-summary] + [role=status]').filter({ hasText: "La copie du résumé n’a pas fonctionné." }).waitFor();
    expect(fetched).toContain('/summary/fr/research.txt');
    await context.close();
  });

  it('follows a short link in any case to the code section', async () => {
    const { page, context } = await openPage(browser, '/C12/');
    await page.waitForURL(/\/categories\/intra-company-transferees\/#/);
    const { page: lower, context: c2 } = await openPage(browser, '/t23/');
    await lower.waitForURL(/\/categories\/cusma-professionals\/#/);
    await context.close();
    await c2.close();
  });

  it('offers the right page on a 404 that looks like a code', async () => {
    const { page, context, response } = await openPage(browser, '/c-12');
    expect(response?.status()).toBe(404);
    await page.locator('not-found-help a').first().waitFor();
    expect(await page.locator('not-found-help a').first().getAttribute('href')).toContain('/categories/intra-company-transferees/');
    await context.close();
  });
});
