// Reading the built site from disk, for checks that need no browser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parseRedirects } from '../../src/lib/host-rules';

export const DIST = 'dist';

/** Every HTML page in dist/ as [url path, parsed document]. */
export function htmlPages(): [string, HTMLElement][] {
  const out: [string, HTMLElement][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
        continue;
      }
      if (!name.endsWith('.html')) continue;
      const path = `/${relative(DIST, full)}`.replace(/index\.html$/, '');
      out.push([path, parse(readFileSync(full, 'utf8'))]);
    }
  };
  walk(DIST);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** Whether a local path resolves in the build: a file, a directory page, or a _redirects rule. */
export function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  if (redirects().has(clean)) return true;
  const full = join(DIST, clean);
  if (existsSync(full) && statSync(full).isFile()) return true;
  return clean.endsWith('/') && existsSync(join(full, 'index.html'));
}

let cached: Map<string, string> | undefined;
export function redirects(): Map<string, string> {
  cached ??= new Map(parseRedirects(readFileSync(join(DIST, '_redirects'), 'utf8')).map((r) => [r.from, r.to]));
  return cached;
}

const docs = new Map<string, HTMLElement | null>();
/** The parsed page at a local path (following a short-link redirect), or null. */
export function pageAt(path: string): HTMLElement | null {
  let clean = path.split('#')[0]!.split('?')[0]!;
  clean = redirects().get(clean)?.split('#')[0] ?? clean;
  if (!docs.has(clean)) {
    const file = join(DIST, clean, clean.endsWith('/') ? 'index.html' : '');
    docs.set(clean, existsSync(file) && statSync(file).isFile() ? parse(readFileSync(file, 'utf8')) : null);
  }
  return docs.get(clean) ?? null;
}
