// Which site builds are finished, while scripts/test-all.mjs is still making some of them. It runs the browser
// tests as soon as dist/ is built and makes the other builds alongside them (each build is one core's work for
// a few seconds, and the browser tests leave a core idle at moments). It names a folder in
// LADDER_E2E_BUILD_STATUS and puts one file there per build as the build ends, saying "built" or "failed".
// A test that needs a build waits for that file: a state, never a time. Without the variable (a plain
// `npx playwright test`, which builds everything before serving it) every build is taken as finished.
import { watch } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BUILD_STATUS_ENV = 'LADDER_E2E_BUILD_STATUS';

const statusFile = (dir, name) => join(dir, `${name}.status`);

/**
 * Records how a build ended, in one step (written aside, then renamed), so a reader never sees half a file.
 * @param {string} dir  @param {string} name  @param {boolean} built
 */
export async function recordBuildStatus(dir, name, built) {
  const file = statusFile(dir, name);
  await writeFile(`${file}.partial`, built ? 'built' : 'failed');
  await rename(`${file}.partial`, file);
}

/** @param {string} file  @returns {Promise<string | null>} "built", "failed", or null while the build runs */
async function readStatus(file) {
  return readFile(file, 'utf8').catch(() => null);
}

/**
 * Resolves once the named build has ended; throws when it failed, so its tests fail saying which build broke
 * instead of "connection refused" or a stale page.
 * @param {string} name  A build of tests/support/site-builds.mjs.
 * @param {string | undefined} dir  The status folder (default: LADDER_E2E_BUILD_STATUS).
 */
export async function buildFinished(name, dir = process.env[BUILD_STATUS_ENV]) {
  if (!dir) return;
  const file = statusFile(dir, name);
  let watcher;
  const status = await new Promise((resolve, reject) => {
    const settle = async () => {
      const read = await readStatus(file);
      if (read !== null) resolve(read);
    };
    // Watch before the first read, so a build that ends between the two is not missed.
    watcher = watch(dir, (_event, filename) => {
      if (filename === `${name}.status`) settle().catch(reject);
    });
    watcher.on('error', reject);
    settle().catch(reject);
  }).finally(() => watcher?.close());
  if (status !== 'built') throw new Error(`the "${name}" build failed: see its output in the npm test log`);
}
