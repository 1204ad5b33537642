import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parse } from 'node-html-parser';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { parseRedirects } from '../../src/lib/host-rules';
import { MOVED_PAGES } from '../../src/lib/moved-pages';
import { siteUrl } from '../../src/lib/site';
import { MOVED } from '../fixtures/moved-site/moved.mjs';

// A real build of a fixture site (the real configuration and post-build step) with one moved page, so the real site needs no fake one.
const root = 'tests/fixtures/moved-site';
const [[from, to]] = Object.entries(MOVED) as [[string, string]];
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');

beforeAll(() => {
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', root], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}, 90_000);

afterAll(() => {
  for (const dir of ['dist', 'dist-nginx', '.astro', 'node_modules']) rmSync(`${root}/${dir}`, { recursive: true, force: true });
});

describe('a page that moved', () => {
  it('is taken from MOVED_PAGES by the real configuration', () => {
    expect(config.redirects).toBe(MOVED_PAGES);
  });

  it('leaves at its old address a page that sends readers on and keeps itself out of search engines', async () => {
    const html = read(`dist${from}index.html`);
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(`0;url=${to}`);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${siteUrl()}${to}`);
    expect(doc.querySelector(`a[href="${to}"]`)).not.toBeNull();
    expect(parse(read(`dist${to}index.html`)).querySelector('h1')?.text).toBe('The page at its new address');
    // Every built page must pass the site's HTML check (tests/e2e/html.test.ts), this one too once a real page moves.
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(html, 'redirect page');
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('gets a 301 in _redirects and in the nginx rules', () => {
    expect(parseRedirects(read('dist/_redirects'))).toContainEqual({ from, to, status: 301 });
    expect(read('dist-nginx/imp-guide-rules.conf')).toContain(`location = "${from}" { return 301 "${to}"; }`);
  });

  it('answers 301 to the new address from the local server, which then serves the page', async () => {
    const server = await startServer({ root: `${root}/dist`, port: 0 });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const old = await fetch(`${base}${from}`, { redirect: 'manual' });
      expect([old.status, old.headers.get('location')]).toEqual([301, to]);
      expect((await fetch(`${base}${from}`)).url).toBe(`${base}${to}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
