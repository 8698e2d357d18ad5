/**
 * Keeps the one Undo offer in this tab's sessionStorage the moment it changes, so a reload offers it again
 * (per tab, per track; ./undo-session.ts reads it back). Synchronous, not loaded on demand: a reload right
 * after a delete came before the loaded module had written it, and the Undo was lost. Storage errors are
 * ignored: it is only an Undo.
 */
import type { Notice } from '@lib/calculator/state/types';

/** Keeps the offer (or, with none, forgets it). Undo of "start over" is not kept: it writes raw data back. */
export function keepUndoOffer(key: string, offer: Notice | undefined) {
  const kept = offer?.kind === 'message' && offer.undo?.type !== 'restore-damaged' ? offer.undo : undefined;
  try {
    if (offer?.kind === 'message' && kept)
      sessionStorage.setItem(key, JSON.stringify({ text: offer.text, undo: kept }));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage refused: no Undo after a reload.
  }
}
