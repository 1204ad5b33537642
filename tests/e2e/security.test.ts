import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { exercise, PAGE_TYPES, unexpected } from './page-types';
import { SECURITY_HEADERS } from '../../src/lib/host-files';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('served with the strict headers of _headers', () => {
  it.each(PAGE_TYPES)('%s: no CSP violation, console error or outside request', async (path) => {
    const { page, response, problems, context } = await openPage(browser, path);
    const headers = (await response?.allHeaders()) ?? {};
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
    await exercise(page, path);
    // Console errors include "Refused to … because it violates the following Content Security Policy directive".
    expect(unexpected(path, problems)).toEqual([]);
    await context.close();
  });
});
