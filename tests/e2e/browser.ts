import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, findProgram } from '../../scripts/system-programs.mjs';

export function chromiumPath(): string {
  const path = findProgram('chromium');
  if (!path) throw new Error('No Chromium found: run `node scripts/ensure-system-packages.mjs`.');
  return path;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
}

export const baseUrl = (): string => inject('baseUrl');

/** A page that records console errors, failed requests and requests to any other origin. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}, base = baseUrl()) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(base).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`outside request: ${req.url()}`);
  });
  const response = await page.goto(new URL(path, base).href);
  return { page, context, response, problems };
}

export type { Page };
