/** A shared link or an imported file on its way in, and the choices the person has for it. */
import type { Person } from '../../../src/lib/calculator/people';
import { isShareFragment } from '../../../src/lib/calculator/share-fragment';

/** A shared link or an imported file, shown until the person decides what to do with it. */
export interface Incoming {
  source: 'link' | 'file';
  /** What it is, for the question: "a shared link", "“alex.json”". */
  label: string;
  /** Shown while the person decides; edits made before deciding apply to it. */
  person: Person;
  /** More people from a file that holds a whole list; added together with `person`. */
  more: Person[];
}

export type IncomingChoice =
  | { action: 'add'; name: string }
  | { action: 'merge'; personId: string }
  | { action: 'replace'; personId: string }
  | { action: 'discard' };

/** Drops a shared link from the address bar without a reload or a history entry. */
export function clearShareFragment(): void {
  if (isShareFragment(window.location.hash)) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}
