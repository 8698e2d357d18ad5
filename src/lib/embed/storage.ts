/**
 * Whether the embed can keep data in this browser. Inside a frame on another site a browser may refuse
 * localStorage outright (Chromium throws a SecurityError when third-party storage is blocked) or keep it
 * per top-level site; docs/embedding.md records what was measured. The embed asks before it promises.
 */

const PROBE_KEY = 'career-ladder:storage-probe';

/** True when localStorage can be read and written here; the probe leaves nothing behind. */
export function canKeepData(win: { localStorage: Storage }): boolean {
  try {
    const storage = win.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Shown above the calculator when ?storage=local was asked for but the browser refuses it. */
export const STORAGE_REFUSED_MESSAGE =
  'You asked to keep ratings in this browser (storage=local), but this browser does not let a calculator ' +
  'inside another site’s page keep data. Your ratings stay in this page only and are gone when it closes; ' +
  'export them to keep them.';
