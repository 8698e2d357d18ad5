/**
 * Recognising a shared assessment in the address, without the code that reads it (share-link.ts, loaded
 * only when there is a link to read).
 */
import { readFragment } from './fragment-text';

export { LINK_PREFIX, V1_LINK_PREFIX } from './fragment-text';

/**
 * True when a fragment (with or without '#') is meant as a shared assessment of any version, including one
 * that cannot be read (cut short, mangled): the calculator then opens it, or says why it cannot.
 */
export function isShareFragment(fragment: string): boolean {
  return readFragment(fragment).kind !== 'none';
}
