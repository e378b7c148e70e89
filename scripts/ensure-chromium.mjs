// Finds Debian's Chromium for the tests; installs it when run as root with apt, else says how.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`No Chromium at ${path}: install it with "sudo apt-get install -y chromium" or set CHROME_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian chromium (about 40 s)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(
    'apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation poppler-utils',
    { stdio: 'inherit', env },
  );
}
