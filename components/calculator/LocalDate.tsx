/**
 * A stored date as the reader sees it (src/lib/calculator/dates.ts). Both the locale and the time zone are
 * the browser's, so the server render and the hydrating render show nothing; the date appears right
 * after hydration. That keeps the build's day and zone out of the HTML (no hydration mismatch).
 */
import { memo, useSyncExternalStore } from 'react';
import { formatDate } from '../../src/lib/calculator/dates';

const noSubscription = () => () => {};

/** False on the server and while hydrating, true once the page runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export const LocalDate = memo(function LocalDate({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  return hydrated ? <time dateTime={iso}>{formatDate(iso)}</time> : <time />;
});
