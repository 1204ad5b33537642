// The system programs the tests, the bench and the screenshot script drive, where Debian puts them, and how to start Chromium here.
import { existsSync } from 'node:fs';

export const SYSTEM_PROGRAMS = {
  chromium: { name: 'Chromium', pkg: 'chromium', paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  nginx: { name: 'nginx', pkg: 'nginx', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'] },
};

/** The first existing path of a program, or undefined. */
export function findProgram(key) {
  return SYSTEM_PROGRAMS[key].paths.find((p) => p && existsSync(p));
}

// Headless as root on a closed network: no sandbox, no GPU, and none of Chromium's own background requests.
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
