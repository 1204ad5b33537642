// The system programs the tests, the bench and the screenshot script drive, where Debian puts them, and how to start Chromium here.
import { existsSync } from 'node:fs';

export const SYSTEM_PROGRAMS = {
  chromium: {
    name: 'Chromium',
    pkg: 'chromium',
    paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
  nginx: { name: 'nginx', pkg: 'nginx', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'] },
  // The server block serves the build's .br files (brotli_static); Debian ships the module apart from nginx.
  brotli: {
    name: "nginx's brotli modules",
    pkg: 'libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter',
    paths: ['/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'],
  },
};

/** The first existing path of a program, or undefined. */
export function findProgram(key) {
  return SYSTEM_PROGRAMS[key].paths.find((p) => p && existsSync(p));
}

// Headless as root on a closed network: no sandbox, no GPU, and none of Chromium's own background requests.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
