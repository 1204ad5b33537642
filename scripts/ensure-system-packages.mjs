// Finds the system programs the tests drive (scripts/system-programs.mjs). On Debian as root, installs whichever is
// missing from Debian's packages; otherwise says how in one sentence.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { findProgram, SYSTEM_PROGRAMS } from './system-programs.mjs';

const keys = Object.keys(SYSTEM_PROGRAMS);
const missing = keys.filter((key) => !findProgram(key));
if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  const pkgs = missing.map((key) => SYSTEM_PROGRAMS[key].pkg).join(' ');
  console.log(`Installing Debian's ${pkgs} for the tests…`);
  // policy-rc.d may refuse to start nginx's own service at install; the tests start their own nginx on loopback.
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: 'inherit' });
}
let ok = true;
for (const key of keys) {
  const { name, pkg } = SYSTEM_PROGRAMS[key];
  const path = findProgram(key);
  if (path) {
    console.log(`Tests will use ${name} at ${path}`);
    continue;
  }
  console.error(
    `No ${name} found: install it (on Debian: sudo apt-get install -y ${pkg})${key === 'chromium' ? ' or set CHROMIUM_PATH to its executable' : ''}.`,
  );
  ok = false;
}
if (!ok) process.exit(1);
