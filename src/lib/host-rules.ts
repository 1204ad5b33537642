// Reading the built `_headers` and `_redirects` files, and turning them into nginx rules.
// No imports, so plain Node (scripts/serve.mjs) can load this file as it is.

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/** Parses a Netlify/Cloudflare-style `_headers` file: a path line, then indented `Name: value` lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || at < 0) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  });
  return rules;
}

/** Whether a `_headers` path pattern covers a URL path: exact, or a prefix ending in `*`. */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** Headers kept off error responses: a year-long Cache-Control on a 404 would outlive the file that was only late to arrive. */
const SUCCESS_ONLY = new Set(['cache-control']);

/** Every header that applies to a URL path; later rules win, as on static hosts that merge matching rules. */
export function headersFor(rules: HeaderRule[], path: string, status = 200): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathMatches(rule.path, path)) continue;
    for (const [name, value] of rule.headers) if (status < 400 || !SUCCESS_ONLY.has(name.toLowerCase())) out[name] = value;
  }
  return out;
}

/** Parses a `_redirects` file: `from to [status]` per line, `#` comments. */
export function parseRedirects(text: string): Redirect[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return [];
    const [from, to, status = '301', ...rest] = line.trim().split(/\s+/);
    if (!from?.startsWith('/') || !to || rest.length || !/^30[1278]$/.test(status)) {
      throw new Error(`_redirects line ${i + 1}: expected "/from /to [301|302|307|308]", got "${line.trim()}"`);
    }
    return [{ from, to, status: Number(status) }];
  });
}

/** A value written inside double quotes in an nginx file; refuses what nginx would read as a variable or a quote. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value))
    throw new Error(`Cannot write ${JSON.stringify(value)} into an nginx file: it holds a quote, backslash, $ or line break`);
  return `"${value}"`;
}

// nginx adds a header to error responses only when told "always".
const addHeaders = (headers: Record<string, string>, indent: string) =>
  Object.entries(headers).map(
    ([name, value]) => `${indent}add_header ${name} ${quoted(value)}${SUCCESS_ONLY.has(name.toLowerCase()) ? '' : ' always'};`,
  );

/**
 * nginx rules with the same effect as `_headers` and `_redirects`, for inclusion inside a `server` block.
 * nginx drops a server's add_header lines in any location that sets its own, so each path rule repeats the site-wide headers.
 */
export function nginxRules(headerRules: HeaderRule[], redirects: Redirect[]): string {
  const siteWide = headerRules.filter((r) => r.path === '/*');
  const lines = ['# Written by `npm run build` from dist/_headers and dist/_redirects: edit those sources, not this file.', ''];
  lines.push(...addHeaders(headersFor(siteWide, '/'), ''), '');
  for (const rule of headerRules) {
    if (rule.path === '/*') continue;
    const prefix = rule.path.endsWith('*') ? rule.path.slice(0, -1) : null;
    lines.push(`location ${prefix === null ? `= ${rule.path}` : `^~ ${prefix}`} {`);
    lines.push(...addHeaders(headersFor(headerRules, prefix ?? rule.path), '    '));
    // As the server's own locations do: a folder answers with its page, and a French address gets the French 404 page.
    if ((prefix ?? rule.path).startsWith('/fr/')) lines.push('    error_page 404 /fr/404/index.html;');
    lines.push('    try_files $uri $uri/index.html =404;', '}');
  }
  lines.push('');
  for (const r of redirects) lines.push(`location = ${quoted(r.from)} { return ${r.status} ${quoted(r.to)}; }`);
  return `${lines.join('\n')}\n`;
}
