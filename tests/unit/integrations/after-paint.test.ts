/**
 * `client:afterpaint` requests the island's script only once the browser reports the first contentful paint:
 * not when the directive runs, not on other paint entries, and once only.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import afterPaint from '@integrations/after-paint/directive';

type Listener = (entries: { getEntriesByName: (name: string) => unknown[] }) => void;

/** A stand-in for the browser's PerformanceObserver: the test says which paint entries arrive, and when. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static current: FakePaintObserver | undefined;
  disconnected = false;
  constructor(private readonly listener: Listener) {
    FakePaintObserver.current = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  /** The browser records a paint entry of this name. */
  report(name: string) {
    this.listener({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

const element = {} as HTMLElement;

describe('client:afterpaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads and hydrates the island only after the first contentful paint', async () => {
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    afterPaint(load, { name: 'Calculator', value: '' }, element);
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();

    FakePaintObserver.current!.report('first-paint');
    await vi.runAllTimersAsync();
    expect(load).not.toHaveBeenCalled();

    FakePaintObserver.current!.report('first-contentful-paint');
    expect(FakePaintObserver.current!.disconnected).toBe(true);
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledOnce();
    expect(hydrate).toHaveBeenCalledOnce();
  });

  it('waits for a frame where the browser has no paint timing', async () => {
    FakePaintObserver.supportedEntryTypes = [];
    try {
      const hydrate = vi.fn(async () => {});
      afterPaint(async () => hydrate, { name: 'Calculator', value: '' }, element);
      expect(hydrate).not.toHaveBeenCalled();
      await vi.runAllTimersAsync();
      expect(hydrate).toHaveBeenCalledOnce();
    } finally {
      FakePaintObserver.supportedEntryTypes = ['paint'];
    }
  });
});
