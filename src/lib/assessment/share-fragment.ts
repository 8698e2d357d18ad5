/**
 * Recognising a shared assessment in the address, without the code that reads it (share-link.ts, loaded
 * only when there is a link to read).
 */
import { SHARE_FRAGMENT_PREFIX } from '../assessment-state';

/** The current link format, version 2 (see share-link.ts). */
export const LINK_PREFIX = 'cl2.';

/** True when a fragment (with or without '#') looks like a shared assessment of any version. */
export function isShareFragment(fragment: string): boolean {
  const text = fragment.replace(/^#/, '');
  return text.startsWith(LINK_PREFIX) || text.startsWith(SHARE_FRAGMENT_PREFIX) || /^cl\d+\./.test(text);
}
