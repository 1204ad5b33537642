import { codeUrl, type CodeRecord } from './codes';
import { codePath, type Lang } from './paths';
import { cspHash, INLINE_SCRIPTS } from './inline-scripts';
import { MOVED_PAGES } from './moved-pages';

/** Netlify/Cloudflare-style `_redirects`: a 301 for every short link, in both cases, with and without the slash, and for every moved page. */
export function redirectsFile(indexes: Partial<Record<Lang, CodeRecord[]>>, moved: Record<string, string> = MOVED_PAGES): string {
  const lines = ['# Short links: /<code>/ (and /fr/<code>/) in any case lead to the guide section of that code.'];
  for (const [lang, index] of Object.entries(indexes) as [Lang, CodeRecord[]][]) {
    for (const record of index) {
      const target = codeUrl(record, lang);
      for (const code of [record.code.toLowerCase(), record.code]) {
        const from = codePath(code, lang).replace(code.toLowerCase(), code);
        lines.push(`${from} ${target} 301`, `${from.slice(0, -1)} ${target} 301`);
      }
    }
  }
  lines.push('# Pages that moved.');
  for (const [from, to] of Object.entries(moved)) lines.push(`${from} ${to} 301`);
  return `${lines.join('\n')}\n`;
}

/** A page whose inline stylesheet the policy allows by its hash, on the page's own path and below it. */
export interface PageStyle {
  /** The page's path, e.g. /categories/ceta/. */
  path: string;
  /** The CSP source of its inline style, e.g. 'sha256-…'. */
  hash: string;
}

/**
 * The Content-Security-Policy pages are served with: nothing but this site's own files, the inline scripts named by their
 * hashes, and the inline styles named by `styleHashes` (a guide's own stylesheet, known once the build has written it).
 */
export function contentSecurityPolicy(styleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPTS.map(cspHash).join(' ')}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(styleHashes: string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleHashes),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()',
    'X-Frame-Options': 'DENY',
  };
}

/** Files under /_astro/ carry a content hash in their name, so browsers may keep them for a year. */
export const ASSET_CACHE_HEADERS: Record<string, string> = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/**
 * Netlify/Cloudflare-style `_headers`: the security headers on every path, then each inline-styled page's policy with
 * its own style's hash (a prefix rule, so /categories/x/index.html is covered too; a part below its guide comes later
 * and wins), and long caching on hashed assets.
 */
export function headersFile(pageStyles: PageStyle[] = []): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  for (const p of pageStyles)
    if (!/^\/([a-z0-9-]+\/)+$/.test(p.path))
      throw new Error(`An inline-styled page's path must be a folder path like /categories/ceta/, not "${p.path}"`);
  const styled = [...pageStyles].sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
  return (
    block('/*', securityHeaders()) +
    styled.map((p) => block(`${p.path}*`, { 'Content-Security-Policy': contentSecurityPolicy([p.hash]) })).join('') +
    block('/_astro/*', ASSET_CACHE_HEADERS)
  );
}
