/**
 * The last Undo offer, read back after a reload (the hook keeps it in sessionStorage: per tab, per track).
 * What is read back is untrusted: the person a `restore` puts back goes through the same validation as the
 * saved people list, and anything unreadable gives no offer at all, silently: it is only an Undo. Loaded
 * only when a reload finds an offer, so the page's script does not carry it.
 */
import { checkRaters, isRecord, ratersSchema, type KnownIds } from '../../assessment/raters';
import { PEOPLE_VERSION, validatePeople } from '../../assessment/people-format';
import { checkShape } from '../../assessment/shape';
import type { Command } from './types';

export interface UndoOffer {
  text: string;
  undo: Command;
}

const MAX_TEXT_CHARS = 500;
const MAX_IDS = 500;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/** The Undo command as saved, rebuilt from its checked parts; null when any part is wrong. */
function readCommand(undo: Record<string, unknown>, known: KnownIds): Command | null {
  switch (undo.type) {
    case 'restore': {
      const { index } = undo;
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
      const list = validatePeople({ version: PEOPLE_VERSION, track: known.trackId, people: [undo.person] }, known);
      const person = list.ok ? list.people.people[0] : undefined;
      return person ? { type: 'restore', person, index } : null;
    }
    case 'remove-added': {
      const { ids, select } = undo;
      if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_IDS || !ids.every(isId) || !isId(select)) {
        return null;
      }
      return { type: 'remove-added', ids, select };
    }
    case 'restore-cleared': {
      const raters = checkShape(ratersSchema, undo.raters);
      if (!isId(undo.id) || !raters.ok || checkRaters(raters.value, known).length > 0) return null;
      return { type: 'restore-cleared', id: undo.id, raters: raters.value };
    }
    default:
      // Undo of "start over" writes damaged data back under a key it names: never taken from storage.
      return null;
  }
}

/** The offer kept before the reload, or null when there is none or it cannot be trusted. */
export function readUndoOffer(raw: string | null, known: KnownIds): UndoOffer | null {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(value) || !isRecord(value.undo)) return null;
  const { text } = value;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_TEXT_CHARS) return null;
  const undo = readCommand(value.undo, known);
  return undo ? { text, undo } : null;
}
