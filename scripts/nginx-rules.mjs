// Writes dist-nginx/imp-guide-rules.conf from the built dist/_headers and dist/_redirects,
// so the nginx server in deploy/nginx/ applies exactly the headers and redirects static hosts do.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxRules, parseHeaders, parseRedirects } from '../src/lib/host-rules.ts';

const [root = 'dist', out = 'dist-nginx'] = process.argv.slice(2);
const read = (name) => readFileSync(join(root, name), 'utf8');
mkdirSync(out, { recursive: true });
const file = join(out, 'imp-guide-rules.conf');
writeFileSync(file, nginxRules(parseHeaders(read('_headers')), parseRedirects(read('_redirects'))));
console.log(`nginx rules written to ${file}`);
