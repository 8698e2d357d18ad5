/**
 * `client:afterpaint` requests the island's script only once the browser reports the first contentful paint:
 * not when the directive runs, not on other paint entries, and once only. When no such paint is reported, it
 * requests the script a while after the page's load event instead, still once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import afterPaint, { FALLBACK_AFTER_LOAD_MS } from '@integrations/after-paint/directive';

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

/** A stand-in for the page: still loading until the test fires its load event. */
function fakePage() {
  const page = { readyState: 'loading', loadListeners: [] as (() => void)[] };
  vi.stubGlobal('document', page);
  vi.stubGlobal('window', {
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') page.loadListeners.push(listener);
    },
  });
  return {
    /** The browser finishes loading the page. */
    loaded() {
      page.readyState = 'complete';
      for (const listener of page.loadListeners.splice(0)) listener();
    },
  };
}

describe('client:afterpaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    fakePage();
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

  it('hydrates without the paint entry once the page has been loaded for a while, and once only', async () => {
    const page = fakePage();
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    afterPaint(load, { name: 'Calculator', value: '' }, element);
    await vi.advanceTimersByTimeAsync(10 * FALLBACK_AFTER_LOAD_MS);
    expect(load).not.toHaveBeenCalled();

    page.loaded();
    await vi.advanceTimersByTimeAsync(FALLBACK_AFTER_LOAD_MS - 1);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledOnce();
    expect(FakePaintObserver.current!.disconnected).toBe(true);

    FakePaintObserver.current!.report('first-contentful-paint');
    await vi.runAllTimersAsync();
    expect(hydrate).toHaveBeenCalledOnce();
  });

  it('does not hydrate again when the paint came first and the page then loads', async () => {
    const page = fakePage();
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    afterPaint(load, { name: 'Calculator', value: '' }, element);
    FakePaintObserver.current!.report('first-contentful-paint');
    page.loaded();
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledOnce();
    expect(hydrate).toHaveBeenCalledOnce();
  });
});
