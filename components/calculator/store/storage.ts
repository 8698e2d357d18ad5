/**
 * localStorage access that never throws: private modes, quotas and frames whose storage is blocked turn
 * into results the store can report, not into exceptions.
 */
export type StorageRead = { ok: true; value: string | null } | { ok: false };

/** localStorage, or with `tab` this tab's sessionStorage (what only this tab needs after a reload). */
const area = (tab: boolean) => (tab ? window.sessionStorage : window.localStorage);

export function readKey(key: string, tab = false): StorageRead {
  try {
    return { ok: true, value: area(tab).getItem(key) };
  } catch {
    return { ok: false };
  }
}

/** Writes (or with null removes) a key; false when the browser refuses. */
export function writeKey(key: string, value: string | null, tab = false): boolean {
  try {
    if (value === null) area(tab).removeItem(key);
    else area(tab).setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
