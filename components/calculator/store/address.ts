/** The shared link in the address bar, once it has been dealt with. */

/**
 * Drops a shared link from the address bar without a reload or a history entry (an in-page anchor stays).
 * The check loads with the link decoder, already loaded when a link was read.
 */
export async function clearShareFragment(): Promise<void> {
  if (window.location.hash.length <= 1) return;
  const { isShareFragment } = await import('@lib/assessment/share-fragment');
  if (isShareFragment(window.location.hash)) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}
