// The nginx configuration in deploy/nginx/ serves the built site with the same headers and redirects as _headers and _redirects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser';
import { startNginx, type RunningNginx } from './nginx';
import { exercise, PAGE_TYPES, unexpected } from './page-types';
import { headersFor, parseHeaders, parseRedirects } from '../../src/lib/host-rules';

const headerRules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const redirects = parseRedirects(readFileSync('dist/_redirects', 'utf8'));
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(4900 + Math.floor(Math.random() * 500));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });

/** A GET whose body is left encoded (fetch would decode it), to compare the bytes sent with the build's files. */
function rawGet(
  path: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${nginx.url}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** Every header _headers gives this path, with the same value. */
function expectHeadersOf(path: string, response: Response) {
  const wanted = headersFor(headerRules, path, response.status);
  expect(Object.keys(wanted).length).toBeGreaterThan(0);
  for (const [name, value] of Object.entries(wanted)) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
}

describe('nginx with deploy/nginx/imp-guide.conf', () => {
  it('serves a guide with the headers of _headers', async () => {
    const path = '/categories/post-graduation-work-permit/';
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<h1');
    expectHeadersOf(path, response);
  });

  it('answers every short link and moved page with the 301 and target of _redirects', async () => {
    expect(redirects.length).toBeGreaterThan(400);
    for (const { from, to, status } of redirects) {
      const response = await get(from);
      expect(response.status, from).toBe(status);
      expect(response.headers.get('location'), from).toBe(to);
      expectHeadersOf(from, response);
    }
  });

  it('serves the 404 page for a missing page, with the same headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
    expectHeadersOf('/no-such-page/', response);
    expect((await get('/pagefind/')).status).toBe(404);
  });

  it("serves a guide's own folder with its own policy: the page, its index.html, and a French 404 below a French guide", async () => {
    for (const path of ['/fr/categories/ceta/', '/fr/categories/ceta/index.html', '/categories/ceta/index.html']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectHeadersOf(path, response);
    }
    const missing = await get('/fr/categories/ceta/no-such-part/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html lang="fr"');
    // The 404 page is a page of its own, with the site-wide headers (it links the shared stylesheet).
    expectHeadersOf('/fr/404/', missing);
    const unslashed = await get('/fr/categories/ceta');
    expect(unslashed.status).toBe(301);
    expect(unslashed.headers.get('location')).toBe('/fr/categories/ceta/');
  });

  it('adds the trailing slash to a page address, keeping the query', async () => {
    const response = await get('/compare?c=c43,c61');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/compare/?c=c43,c61');
  });

  it('lets browsers keep hashed /_astro/ files, still with the security headers', async () => {
    const css = readdirSync('dist/_astro').find((f) => f.endsWith('.css'));
    const path = `/_astro/${css}`;
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expectHeadersOf(path, response);
    const missing = await get('/_astro/no-such-file.css');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBeNull();
    expectHeadersOf('/_astro/no-such-file.css', missing);
  });

  it("serves Pagefind's files with types the browser accepts", async () => {
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/pagefind/pagefind-entry.json')).headers.get('content-type')).toMatch(/^application\/json/);
    const wasm = await get('/pagefind/wasm.en.pagefind');
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/octet-stream');
  });

  it.each([
    ['br', '.br', '/categories/post-graduation-work-permit/', 'dist/categories/post-graduation-work-permit/index.html'],
    ['gzip', '.gz', '/categories/post-graduation-work-permit/', 'dist/categories/post-graduation-work-permit/index.html'],
    ['br', '.br', '/pagefind/pagefind.js', 'dist/pagefind/pagefind.js'],
  ])("sends the build's %s file as it is, with Content-Encoding and Vary (%s of %s)", async (encoding, ext, path, file) => {
    const response = await rawGet(path, encoding);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.body.equals(readFileSync(file + ext)), `${path} is not the bytes of ${file}${ext}`).toBe(true);
    expectHeadersOf(
      path,
      new Response(null, {
        headers: Object.entries(response.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])) as [string, string][],
      }),
    );
  });

  it('sends the plain file to a client that accepts no compression', async () => {
    const response = await rawGet('/categories/post-graduation-work-permit/', 'identity');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.equals(readFileSync('dist/categories/post-graduation-work-permit/index.html'))).toBe(true);
  });

  it.each(PAGE_TYPES)('%s in Chromium: no CSP violation, console error or outside request', async (path) => {
    const { page, problems, context, response } = await openPage(browser, path, {}, nginx.url);
    const finalPath = new URL(response!.url()).pathname;
    const headers = await response!.allHeaders();
    for (const [name, value] of Object.entries(headersFor(headerRules, finalPath, response!.status())))
      expect(headers[name.toLowerCase()], name).toBe(value);
    await exercise(page, path);
    expect(unexpected(path, problems)).toEqual([]);
    await context.close();
  });
});
