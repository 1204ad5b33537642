// Finds the system programs the tests drive: a Chromium ($CHROMIUM_PATH or the usual paths) and Debian's nginx.
// On Debian as root, installs whichever is missing from Debian's packages; otherwise says how in one sentence.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const NEEDS = [
  { name: 'Chromium', pkg: 'chromium', paths: [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] },
  { name: 'nginx', pkg: 'nginx', paths: ['/usr/sbin/nginx', '/usr/bin/nginx'] },
];
const found = (need) => need.paths.filter(Boolean).find((p) => existsSync(p));

const missing = NEEDS.filter((need) => !found(need));
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const pkgs = missing.map((need) => need.pkg).join(' ');
  console.log(`Installing Debian's ${pkgs} for the tests…`);
  // policy-rc.d may refuse to start nginx's own service at install; the tests start their own nginx on loopback.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
}
let ok = true;
for (const need of NEEDS) {
  const path = found(need);
  if (path) { console.log(`Tests will use ${need.name} at ${path}`); continue; }
  console.error(`No ${need.name} found: install it (on Debian: sudo apt-get install -y ${need.pkg})${need.pkg === 'chromium' ? ' or set CHROMIUM_PATH to its executable' : ''}.`);
  ok = false;
}
if (!ok) process.exit(1);
