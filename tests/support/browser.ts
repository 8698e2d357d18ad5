// How every browser test launches Chromium. We drive Debian's system Chromium
// instead of a Playwright-downloaded build: nothing may be downloaded, and the
// machine (and CI) already has /usr/bin/chromium (see scripts/ensure-chromium.mjs).
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

// Flags that keep Chromium quiet and offline: no sandbox (CI runs as root),
// no GPU, and no background traffic that could hide or fake an external request.
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
};
