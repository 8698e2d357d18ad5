/** The shared link in the address bar, once it has been dealt with. */
import { isShareFragment } from '@lib/assessment/share-fragment';

/** Drops a shared link from the address bar without a reload or a history entry. */
export function clearShareFragment(): void {
  if (isShareFragment(window.location.hash)) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}
