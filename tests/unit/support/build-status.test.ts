/**
 * How a browser test waits for a build that `npm test` makes alongside it: it resolves when the build is
 * recorded as built, fails naming the build when it is recorded as failed, and does not wait at all when no
 * status folder is given (a plain `npx playwright test`, which builds everything first).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILD_STATUS_ENV, buildFinished, recordBuildStatus } from '@tests/support/build-status.mjs';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function statusFolder() {
  dir = mkdtempSync(join(tmpdir(), 'build-status-'));
  return dir;
}

/** Whether the promise has settled by the time everything already queued has run. */
async function settledYet(promise: Promise<unknown>) {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe('buildFinished', () => {
  it('waits while the build runs and resolves once it is recorded as built', async () => {
    const folder = statusFolder();
    const waiting = buildFinished('versions', folder);
    expect(await settledYet(waiting)).toBe(false);
    await recordBuildStatus(folder, 'multi-track', true);
    expect(await settledYet(waiting)).toBe(false);
    await recordBuildStatus(folder, 'versions', true);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('resolves at once for a build recorded before the wait', async () => {
    const folder = statusFolder();
    await recordBuildStatus(folder, 'default', true);
    await expect(buildFinished('default', folder)).resolves.toBeUndefined();
  });

  it('fails naming the build when it failed', async () => {
    const folder = statusFolder();
    const waiting = buildFinished('base-path', folder);
    await recordBuildStatus(folder, 'base-path', false);
    await expect(waiting).rejects.toThrow('the "base-path" build failed');
  });

  it('does not wait when no status folder is given', async () => {
    vi.stubEnv(BUILD_STATUS_ENV, undefined);
    await expect(buildFinished('versions-next')).resolves.toBeUndefined();
  });

  it('leaves only the finished status behind, never a half-written file', async () => {
    const folder = statusFolder();
    await recordBuildStatus(folder, 'default', true);
    expect(readdirSync(folder)).toEqual(['default.status']);
  });
});
