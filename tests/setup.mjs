// `pnpm test:setup`: installs what the browser tests need and the npm registry cannot give:
// Debian's Chromium (test tools may not download browsers here). Does nothing when present.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  console.log(`chromium present: ${CHROMIUM}`);
} else {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log('installing Debian chromium with apt-get…');
  execSync(
    `${sudo}apt-get update -q && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium`,
    {
      stdio: 'inherit',
    },
  );
}
