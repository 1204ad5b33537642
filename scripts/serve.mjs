// Serves the built site (dist/) the way a static host does: the _headers file's headers, the _redirects file's 301s,
// directory index pages, the 404 page, and the build's .br/.gz files to browsers that accept them (as nginx's brotli_static
// and gzip_static do). Used by `npm start`, the end-to-end tests and the bench.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeaders, parseRedirects } from '../src/lib/host-rules.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

const readIfThere = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const readHeaderRules = (root) => parseHeaders(readIfThere(join(root, '_headers')));
const readRedirects = (root) => new Map(parseRedirects(readIfThere(join(root, '_redirects'))).map((r) => [r.from, r]));

export function startServer({ root = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const headerRules = readHeaderRules(root);
  const redirects = readRedirects(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${host}`);
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    const send = (status, headers, body) => {
      res.writeHead(status, { ...headersFor(headerRules, url.pathname, status), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const redirect = redirects.get(url.pathname);
    if (redirect) return send(redirect.status, { Location: redirect.to });
    const file = resolveFile(root, path);
    if (file === 'add-slash') return send(301, { Location: `${url.pathname}/${url.search}` });
    if (!file) {
      // A missing French address gets the French 404 page.
      const french = url.pathname.startsWith('/fr/') && existsSync(join(root, 'fr/404/index.html'));
      const notFound = french ? join(root, 'fr/404/index.html') : join(root, '404.html');
      return send(404, { 'Content-Type': TYPES['.html'] }, existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    }
    const type = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    const encoded = precompressed(file, req.headers['accept-encoding']);
    if (encoded) return send(200, { ...type, 'Content-Encoding': encoded.encoding, Vary: 'Accept-Encoding' }, readFileSync(encoded.file));
    return send(200, type, readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];

/** The build's brotli or gzip copy of a file, if the browser accepts that encoding (q=0 refuses it). */
export function precompressed(file, acceptEncoding = '') {
  const accepted = new Set(
    String(acceptEncoding)
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => q?.trim() !== 'q=0')
      .map(([name]) => name.trim().toLowerCase()),
  );
  for (const [encoding, ext] of ENCODINGS) {
    if (accepted.has(encoding) && existsSync(file + ext)) return { encoding, file: file + ext };
  }
  return null;
}

function resolveFile(root, path) {
  const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, safe);
  if (!full.startsWith(normalize(root))) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return path.endsWith('/') ? join(full, 'index.html') : 'add-slash';
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  await startServer({ port });
  console.log(`IMP Guide is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
}
