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

/**
 * The Content-Security-Policy every page is served with: nothing but this site's own files, and the inline scripts and
 * styles named by their hashes (`styleHashes`: the guides' inline stylesheet, known once the build has written it).
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

/** Netlify/Cloudflare-style `_headers`: the security headers on every path, long caching on hashed assets. */
export function headersFile(styleHashes: string[] = []): string {
  const block = (path: string, headers: Record<string, string>) =>
    `${path}\n${Object.entries(headers)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')}\n`;
  return block('/*', securityHeaders(styleHashes)) + block('/_astro/*', ASSET_CACHE_HEADERS);
}
