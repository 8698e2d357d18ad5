/**
 * Recognising a shared assessment in the address, without the code that reads it (share-link.ts, loaded
 * only when there is a link to read).
 */
/** The current link format, version 2 (see share-link.ts). */
export const LINK_PREFIX = 'cl2.';
/** Link format 1 (legacy/v1-link.ts): marks it so it cannot be confused with an in-page anchor. */
export const V1_LINK_PREFIX = 'assessment=';

/** True when a fragment (with or without '#') looks like a shared assessment of any version. */
export function isShareFragment(fragment: string): boolean {
  const text = fragment.replace(/^#/, '');
  return text.startsWith(LINK_PREFIX) || text.startsWith(V1_LINK_PREFIX) || /^cl\d+\./.test(text);
}
