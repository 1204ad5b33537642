import { describe, expect, it } from 'vitest';
import { headersFor, nginxRules, parseHeaders, parseRedirects, pathMatches } from '../../src/lib/host-rules';
import { headersFile, securityHeaders } from '../../src/lib/host-files';

const HEADERS = '/*\n  X-One: 1\n  X-Two: two words\n# a comment\n/_astro/*\n  Cache-Control: max-age=60\n  X-One: 2\n';

describe('_headers', () => {
  it('reads paths and their headers', () => {
    expect(parseHeaders(HEADERS)).toEqual([
      {
        path: '/*',
        headers: [
          ['X-One', '1'],
          ['X-Two', 'two words'],
        ],
      },
      {
        path: '/_astro/*',
        headers: [
          ['Cache-Control', 'max-age=60'],
          ['X-One', '2'],
        ],
      },
    ]);
  });

  it('names the line of a header with no path above it or no colon', () => {
    expect(() => parseHeaders('  X-One: 1')).toThrow('_headers line 1');
    expect(() => parseHeaders('/*\n  no colon here')).toThrow('_headers line 2');
  });

  it('matches exact paths and prefixes ending in *', () => {
    expect(pathMatches('/*', '/anything/')).toBe(true);
    expect(pathMatches('/_astro/*', '/_astro/a.css')).toBe(true);
    expect(pathMatches('/_astro/*', '/categories/')).toBe(false);
    expect(pathMatches('/exact/', '/exact/')).toBe(true);
    expect(pathMatches('/exact/', '/exact/more')).toBe(false);
  });

  it('merges every matching rule, the later winning', () => {
    const rules = parseHeaders(HEADERS);
    expect(headersFor(rules, '/')).toEqual({ 'X-One': '1', 'X-Two': 'two words' });
    expect(headersFor(rules, '/_astro/a.css')).toEqual({ 'X-One': '2', 'X-Two': 'two words', 'Cache-Control': 'max-age=60' });
  });

  it('keeps caching headers off error responses', () => {
    const rules = parseHeaders(HEADERS);
    expect(headersFor(rules, '/_astro/gone.css', 404)).toEqual({ 'X-One': '2', 'X-Two': 'two words' });
  });

  it('reads back what the site writes', () => {
    expect(headersFor(parseHeaders(headersFile()), '/categories/')).toEqual(securityHeaders());
    const rules = parseHeaders(
      headersFile([
        { path: '/categories/x/part/', hash: "'sha256-part='" },
        { path: '/categories/x/', hash: "'sha256-abc='" },
      ]),
    );
    const csp = (path: string) => headersFor(rules, path)['Content-Security-Policy'];
    expect(csp('/categories/x/')).toContain("style-src 'self' 'sha256-abc='; ");
    expect(csp('/categories/x/index.html')).toContain("style-src 'self' 'sha256-abc='; ");
    // A part below its guide gets its own style's hash, not its guide's as well.
    expect(csp('/categories/x/part/')).toContain("style-src 'self' 'sha256-part='; ");
    expect(csp('/categories/xy/')).toContain("style-src 'self'; ");
    expect(csp('/categories/')).toContain("style-src 'self'; ");
    expect(headersFor(rules, '/categories/x/')['X-Frame-Options']).toBe('DENY');
    expect(() => headersFile([{ path: '/categories/x', hash: "'sha256-a='" }])).toThrow('must be a folder path');
  });
});

describe('_redirects', () => {
  it('reads from, to and status, 301 when left out', () => {
    expect(parseRedirects('# short links\n/c12/ /categories/x/#c12 301\n/old /new\n/t /u 308\n')).toEqual([
      { from: '/c12/', to: '/categories/x/#c12', status: 301 },
      { from: '/old', to: '/new', status: 301 },
      { from: '/t', to: '/u', status: 308 },
    ]);
  });

  it('names the line of a malformed rule', () => {
    expect(() => parseRedirects('/ok /fine\nnot-a-path /x')).toThrow('_redirects line 2');
    expect(() => parseRedirects('/a /b 200')).toThrow('_redirects line 1');
    expect(() => parseRedirects('/a')).toThrow('_redirects line 1');
  });
});

describe('nginx rules', () => {
  const rules = nginxRules(parseHeaders(HEADERS), parseRedirects('/c12/ /categories/x/#c12\n'));

  it('sets the site-wide headers at server level, on every status', () => {
    expect(rules).toMatch(/^add_header X-One "1" always;$/m);
    expect(rules).toMatch(/^add_header X-Two "two words" always;$/m);
  });

  it('repeats the site-wide headers in a path rule, since nginx drops them where a location adds its own', () => {
    const block = rules.slice(rules.indexOf('location ^~ /_astro/ {'), rules.indexOf('}', rules.indexOf('location ^~ /_astro/')));
    expect(block).toContain('add_header X-One "2" always;');
    expect(block).toContain('add_header X-Two "two words" always;');
    expect(block).toContain('add_header Cache-Control "max-age=60";');
    expect(block).toContain('try_files $uri $uri/index.html =404;');
  });

  it('gives a French path rule the French 404 page, as the server /fr/ location does', () => {
    const fr = nginxRules(parseHeaders('/*\n  X-One: 1\n/fr/categories/x/*\n  X-One: 2\n/categories/x/*\n  X-One: 3\n'), []);
    const block = (prefix: string) =>
      fr.slice(fr.indexOf(`location ^~ ${prefix} {`), fr.indexOf('}', fr.indexOf(`location ^~ ${prefix} {`)));
    expect(block('/fr/categories/x/')).toContain('error_page 404 /fr/404/index.html;');
    expect(block('/categories/x/')).not.toContain('error_page');
  });

  it('writes each redirect as an exact location, the # target quoted', () => {
    expect(rules).toContain('location = "/c12/" { return 301 "/categories/x/#c12"; }');
  });

  it('refuses values nginx would read as a variable or the end of a string', () => {
    expect(() => nginxRules(parseHeaders('/*\n  X-Bad: a$b\n'), [])).toThrow('$');
    expect(() => nginxRules([], parseRedirects('/a /b"c\n'))).toThrow('quote');
  });
});
