/**
 * localStorage access that never throws: private modes, quotas and frames whose storage is blocked turn
 * into results the store can report, not into exceptions.
 */
export type StorageRead = { ok: true; value: string | null } | { ok: false };

export function readKey(key: string): StorageRead {
  try {
    return { ok: true, value: window.localStorage.getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Writes (or with null removes) a key; false when the browser refuses. */
export function writeKey(key: string, value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
