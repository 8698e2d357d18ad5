/**
 * Reads back the one Undo offer that ./undo-keep.ts kept in this tab's sessionStorage, so a reload offers it
 * again. Loaded only when a reload finds one, so the page's script does not carry the check. Storage errors
 * are ignored: it is only an Undo.
 */
import type { KnownIds } from '@lib/assessment/raters';
import { readUndoOffer, type UndoOffer } from '@lib/calculator/state/undo-offer';

/** The offer kept before the reload, checked; null when there is none or it cannot be trusted. */
export function readKeptUndoOffer(key: string, known: KnownIds): UndoOffer | null {
  try {
    return readUndoOffer(sessionStorage.getItem(key), known);
  } catch {
    return null;
  }
}
