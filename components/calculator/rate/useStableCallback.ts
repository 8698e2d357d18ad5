/**
 * A function whose identity never changes but which always runs the latest `callback`: handlers passed to
 * memoised rows, so a rating re-renders the one row it changed instead of all of them.
 */
import { useCallback, useInsertionEffect, useRef } from 'react';

export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  // Updated before any event handler of this render can run (and never during render itself).
  useInsertionEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
