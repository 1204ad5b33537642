import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { exercise, PAGE_TYPES, unexpected } from './page-types';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('served with the strict headers of _headers', () => {
  it.each(PAGE_TYPES)('%s: no CSP violation, console error or outside request', async (path) => {
    const { page, response, problems, context } = await openPage(browser, path);
    const headers = (await response?.allHeaders()) ?? {};
    // What the policy must say, written here on its own (not read back from the code that makes the headers).
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "connect-src 'self'",
    ])
      expect(csp, directive).toContain(directive);
    expect(csp).not.toMatch(/unsafe-inline|\*|https?:/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    await exercise(page, path);
    // Console errors include "Refused to … because it violates the following Content Security Policy directive".
    expect(unexpected(path, problems)).toEqual([]);
    await context.close();
  });
});
