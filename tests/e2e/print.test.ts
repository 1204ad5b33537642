import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from './browser';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in the PDF Chromium prints, on Letter paper as most Canadian offices use. */
const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the printed handout a consultant hands over', () => {
  it.each(['/categories/spouses-of-students/', '/categories/intra-company-transferees/', '/fr/categories/francophone-mobility/'])(
    '%s has In short, how to apply, the sources and a QR code, without the other sections',
    async (path) => {
      const { page, context } = await openPage(browser, path);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-in-short]').isVisible()).toBe(true);
      expect(await page.locator('#apply').isVisible()).toBe(true);
      expect(await page.locator('#eligibility').isVisible()).toBe(false);
      expect(await page.locator('section[aria-labelledby="sources"] ol').isVisible()).toBe(true);
      // The QR code is a lazy image, hidden on screen: printing is what fetches it.
      const qrResponse = page.waitForResponse((r) => new URL(r.url()).pathname.startsWith('/qr/'));
      await page.pdf({ format: 'Letter' });
      expect((await qrResponse).status()).toBe(200);
      const qr = page.locator('[data-print-qr] img');
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect(await qr.isVisible()).toBe(true);
      expect(await page.locator('body > footer').isVisible()).toBe(false);
      await context.close();
    },
  );

  it.each([
    ['/categories/research/', en],
    ['/fr/categories/research/', fr],
  ] as const)('%s prints the day it is printed, written as the guide writes dates', async (path, t) => {
    const { page, context } = await openPage(browser, path);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const printed = await page.locator('[data-printed]').textContent();
    const now = new Date();
    expect(printed).toBe(`${t.guide.printed} ${t.formatDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())))}.`);
    await context.close();
  });

  it('on screen, a guide does not fetch its print-only QR code', async () => {
    const { page, context } = await openPage(browser, '/categories/spouses-of-students/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.mouse.wheel(0, 20000);
    await page.waitForTimeout(300);
    await page.reload({ waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/qr/'))).toEqual([]);
    await context.close();
  });

  it('prints a typical guide on at most 4 pages (nine in ten guides, every one within 6)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const counts: [string, number][] = [];
    for (const slug of readdirSync('content/en/categories').map((f) => f.replace(/\.mdx$/, ''))) {
      await page.goto(new URL(`/categories/${slug}/`, baseUrl()).href);
      counts.push([slug, countPages(await page.pdf({ format: 'Letter' }))]);
    }
    const longer = counts.filter(([, n]) => n > 4);
    console.log(
      `Printed pages: ${counts.filter(([, n]) => n <= 4).length} of ${counts.length} guides on 4 or fewer; longer: ${longer.map(([s, n]) => `${s} ${n}`).join(', ') || 'none'}`,
    );
    expect(longer.length / counts.length).toBeLessThanOrEqual(0.1);
    expect(Math.max(...counts.map(([, n]) => n))).toBeLessThanOrEqual(6);
    await context.close();
  }, 120_000);
});
