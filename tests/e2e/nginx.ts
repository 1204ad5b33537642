// Starts Debian's nginx on loopback with the repository's server block (deploy/nginx/imp-guide.conf), serving dist/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findProgram } from '../../scripts/system-programs.mjs';

export const NGINX = findProgram('nginx');
const SERVER_BLOCK = 'deploy/nginx/imp-guide.conf';
const DEPLOY_ROOT = '/srv/imp-guide/';

/** The committed server block with this checkout in place of /srv/imp-guide/ and a loopback port in place of port 80. */
export function localServerBlock(port: number): string {
  const text = readFileSync(SERVER_BLOCK, 'utf8');
  for (const expected of [DEPLOY_ROOT, 'listen 80;', 'listen [::]:80;']) {
    if (!text.includes(expected)) throw new Error(`${SERVER_BLOCK} no longer holds "${expected}": update tests/e2e/nginx.ts with it`);
  }
  return text
    .replaceAll(DEPLOY_ROOT, `${resolve('.')}/`)
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('listen [::]:80;', '');
}

export interface RunningNginx {
  url: string;
  stop: () => Promise<void>;
}

export async function startNginx(port: number): Promise<RunningNginx> {
  if (!NGINX) throw new Error('No nginx found: run `node scripts/ensure-system-packages.mjs` (on Debian: apt-get install -y nginx).');
  if (!existsSync('dist-nginx/imp-guide-rules.conf')) throw new Error('No dist-nginx/imp-guide-rules.conf: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'imp-guide-nginx-'));
  writeFileSync(join(dir, 'site.conf'), localServerBlock(port));
  // Debian's load_module lines name modules/… relative to nginx's prefix, which -p moves here.
  if (existsSync('/usr/lib/nginx/modules')) symlinkSync('/usr/lib/nginx/modules', join(dir, 'modules'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      // As root, nginx's workers would run as "nobody", who may not be able to read a checkout under /root or /work.
      process.getuid?.() === 0 ? 'user root;' : '',
      // Debian's nginx.conf loads the modules its packages installed (brotli among them) the same way.
      'include /etc/nginx/modules-enabled/*.conf;',
      'events { worker_connections 256; }',
      `http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp} include ${dir}/site.conf; }`,
    ].join('\n'),
  );
  const args = ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (child.exitCode !== null || tries > 100) throw new Error(`nginx did not start: ${stderr}${readIfThere(join(dir, 'error.log'))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) {
          done();
          return;
        }
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
