// Browser tests drive Debian's Chromium at /usr/bin/chromium (never a
// Playwright-downloaded browser). Install it with apt when it is missing and we
// are root (as in CI); otherwise say exactly what to run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** Return true when Chromium is (now) available; print why not otherwise. */
export function ensureChromium() {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `${CHROMIUM_PATH} is missing and installing it needs root. As root, run:\n  ${INSTALL_COMMAND}\nthen run the tests again.`,
    );
    return false;
  }
  console.log(`${CHROMIUM_PATH} is missing; installing it: ${INSTALL_COMMAND}`);
  const result = spawnSync('sh', ['-c', INSTALL_COMMAND], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status === 0 && existsSync(CHROMIUM_PATH)) return true;
  console.error(`Installing Chromium failed (exit ${result.status}); ${CHROMIUM_PATH} is still missing.`);
  return false;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(ensureChromium() ? 0 : 1);
}
