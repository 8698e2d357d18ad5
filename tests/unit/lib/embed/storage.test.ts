import { describe, expect, it } from 'vitest';
import { canKeepData } from '@lib/embed/storage';

/** A localStorage stand-in: a Map, or one that throws like a browser that blocks storage in frames. */
function storage(refuse: boolean): { localStorage: Storage; entries: Map<string, string> } {
  const entries = new Map<string, string>();
  const deny = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  const localStorage = {
    setItem: (key: string, value: string) => (refuse ? deny() : entries.set(key, value)),
    removeItem: (key: string) => entries.delete(key),
    getItem: (key: string) => entries.get(key) ?? null,
  } as unknown as Storage;
  return { localStorage, entries };
}

describe('whether the embed can keep data', () => {
  it('is true where localStorage works, and the probe leaves nothing behind', () => {
    const place = storage(false);
    expect(canKeepData(place)).toBe(true);
    expect(place.entries.size).toBe(0);
  });

  it('is false where the browser refuses storage, whether on access or on write', () => {
    expect(canKeepData(storage(true))).toBe(false);
    const blocked = {} as { localStorage: Storage };
    Object.defineProperty(blocked, 'localStorage', {
      get: () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    expect(canKeepData(blocked)).toBe(false);
  });
});
