/**
 * The one Undo offer, kept in this tab's sessionStorage so a reload offers it again (per tab, per track).
 * Loaded only when an offer changes or a reload finds one, so the page's script does not carry it. Storage
 * errors are ignored: it is only an Undo.
 */
import type { KnownIds } from '@lib/assessment/raters';
import type { Notice } from '@lib/calculator/state/types';
import { readUndoOffer, type UndoOffer } from '@lib/calculator/state/undo-offer';

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

/** The offer kept before the reload, checked; null when there is none or it cannot be trusted. */
export function readKeptUndoOffer(key: string, known: KnownIds): UndoOffer | null {
  try {
    return readUndoOffer(sessionStorage.getItem(key), known);
  } catch {
    return null;
  }
}
