// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the usual system paths.
// On Debian as root with none installed, installs Debian's package; otherwise says how in one sentence.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
const found = () => CANDIDATES.find((p) => existsSync(p));

if (!found()) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
}
const path = found();
if (!path) {
  console.error('No Chromium found: install one (on Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
