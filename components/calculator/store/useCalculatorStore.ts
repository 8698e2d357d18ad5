/**
 * The calculator's state in the browser: the pure reducer (src/lib/calculator/state/) plus its effects,
 * and nothing else. This hook reads what is saved before each change to the list and writes the result
 * (localStorage, one key per track), follows other tabs' saves (`storage` events) and shared links pasted
 * into the address (`hashchange`). In 'memory' mode (the embed before the person opts in) nothing is read or
 * written. Storage errors (private mode, quota, blocked frames) become a notice, never an exception; once the
 * browser refuses a write, every change is kept in memory (applied to what is shown, not to what storage
 * still holds) for as long as the page is open, and writing is tried again on each change. The one Undo offer
 * is kept in this tab's sessionStorage as it changes (undo-keep.ts) and offered again after a reload
 * (undo-session.ts, loaded on demand).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { KnownIds } from '@lib/assessment/raters';
import type { CalculatorModel } from '@lib/calculator/model';
import { emptyPeople, findPerson, newId, newPerson } from '@lib/calculator/people';
import { peopleStorageKey } from '@lib/assessment/people-format';
import {
  activePerson,
  calculatorReducer,
  changesList,
  initialState,
  type Action,
  type CalculatorState,
  type Command,
  type LinkRead,
  type Notice,
  type SavedRead,
} from '@lib/calculator/state/reducer';
import { isUndoable } from '@lib/calculator/state/notices';
import type { StorageMode } from '@lib/calculator/storage-mode';
import { stampedPeople } from '@lib/calculator/ladder-stamp';
import { clearShareFragment } from './address';
import { useExpiringMessages } from './useExpiringMessages';
import { prepareSavedRead, readSavedPeople } from './saved-people';
import { readKey, writeKey } from './storage';
import { keepUndoOffer } from './undo-keep';

export interface CalculatorStore {
  state: CalculatorState;
  /** The person on screen: the incoming one while a link or file waits for a choice. */
  active: CalculatorState['people']['people'][number];
  dispatch: (command: Command) => void;
}

/** Actions after which the person on screen is remembered for the next visit (not reads from outside). */
const REMEMBERS_ACTIVE = (action: Action) => action.type !== 'loaded' && action.type !== 'saved-elsewhere';

/** The refused-storage notice, dismissed when a write succeeds again. */
const SAVED_AGAIN: Notice = { kind: 'no-storage' };

/** The Undo offer on screen; when it changes, it is kept for a reload in this tab (undo-keep.ts). */
const offerOf = (state: CalculatorState) => state.notices.find(isUndoable);
const undoSession = () => import('./undo-session');

/** True when this tab kept an Undo offer before a reload (the reader loads only then). */
function hasKeptOffer(key: string): boolean {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

/**
 * A shared link in the address, decoded. The code that tells a link from an in-page anchor, and decodes it,
 * loads only when the address has a fragment at all.
 */
async function readLink(model: CalculatorModel, known: KnownIds): Promise<LinkRead | null> {
  if (window.location.hash.length <= 1) return null;
  const { decodeShareLink, isShareFragment } = await import('@lib/assessment/share-link');
  if (!isShareFragment(window.location.hash)) return null;
  const decoded = decodeShareLink(window.location.hash, model, known);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const person = newPerson(decoded.shared.name ?? 'Shared assessment', decoded.shared.raters);
  // A link made under an earlier ladder version: its ratings are carried, and the person says from which.
  const carried = decoded.shared.carried;
  return { ok: true, person: carried ? { ...person, carried } : person };
}

/** A link pasted into the address (`hashchange`), and other tabs' saves (`storage` events). */
function useOutsideChanges(
  model: CalculatorModel,
  known: KnownIds,
  persist: boolean,
  apply: (action: Action) => void,
  stateRef: RefObject<CalculatorState>,
  refusedRef: RefObject<boolean>,
) {
  useEffect(() => {
    // A shared link pasted into the address bar of an open page changes only the fragment.
    const onHashChange = async () => {
      const link = await readLink(model, known);
      if (link) apply({ type: 'link', link });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [model, known, apply]);

  useEffect(() => {
    if (!persist) return;
    const key = peopleStorageKey(known.trackId);
    // Another tab saved: show what it saved (our own edits were already in it, see apply()).
    const onStorage = (event: StorageEvent) => {
      if ((event.key !== key && event.key !== null) || stateRef.current.paused || refusedRef.current) return;
      apply({ type: 'saved-elsewhere', saved: readSavedPeople(known) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [persist, known, apply, stateRef, refusedRef]);
}

/**
 * Runs one action: reads what is saved first when it changes the list, writes what it leads to. `refusedRef`
 * says whether the browser refused the last write, and is updated by this one.
 */
function reduceWithStorage(
  before: CalculatorState,
  action: Action,
  model: CalculatorModel,
  known: KnownIds,
  refusedRef: RefObject<boolean>,
): CalculatorState {
  const key = peopleStorageKey(known.trackId);
  const writes = changesList(action) && before.persist && !before.paused;
  const read: SavedRead | undefined = writes && !refusedRef.current ? readSavedPeople(known) : undefined;
  const synced = read?.kind === 'people' ? ({ ...action, saved: read.people } as Action) : action;
  let next = calculatorReducer(before, synced);
  if (writes && next.people !== before.people) {
    const written = read?.kind !== 'no-storage' && writeKey(key, JSON.stringify(stampedPeople(model, next.people)));
    // Saved again after a refusal (space was freed): everything kept in the page is in storage now.
    if (written && refusedRef.current) next = calculatorReducer(next, { type: 'dismiss', notice: SAVED_AGAIN });
    refusedRef.current = !written;
    if (!written) next = calculatorReducer(next, { type: 'storage-refused' });
  }
  return next;
}

export function useCalculatorStore(model: CalculatorModel, known: KnownIds, storage: StorageMode): CalculatorStore {
  const persist = storage === 'local';
  const key = peopleStorageKey(known.trackId);
  const activeKey = `${key}:active`;
  const undoKey = `${key}:undo`;
  const [state, setState] = useState(() => initialState(known.trackId, persist, new Date().toISOString()));
  // What event handlers need now, not as of their render.
  const stateRef = useRef(state);
  // The browser refused the last write: what is shown holds edits storage lacks, so it is the base of the next
  // change (reading storage first would drop them: each new rating would wipe the previous unsaved one).
  const refusedRef = useRef(false);

  /** Runs one action against storage, remembers the person on screen, and shows the result. */
  const apply = useCallback(
    (action: Action): CalculatorState => {
      const before = stateRef.current;
      const next = reduceWithStorage(before, action, model, known, refusedRef);
      if (next.persist && next.activeId !== before.activeId && REMEMBERS_ACTIVE(action)) {
        writeKey(activeKey, next.activeId);
      }
      const offer = offerOf(next);
      if (next.persist && offer !== offerOf(before)) keepUndoOffer(undoKey, offer);
      stateRef.current = next;
      setState(next);
      return next;
    },
    [model, known, activeKey, undoKey],
  );

  /** Reads the browser's state: saved people, then a shared link in the address. */
  const load = useCallback(async () => {
    if (persist) await prepareSavedRead(known);
    const saved: SavedRead = persist ? readSavedPeople(known) : { kind: 'none', people: emptyPeople(known.trackId) };
    const link = await readLink(model, known);
    const remembered = persist ? readKey(activeKey) : undefined;
    const carryId = newId();
    const next = apply({
      type: 'loaded',
      persist,
      saved,
      link,
      carryId,
      ...(remembered?.ok && remembered.value ? { remembered: remembered.value } : {}),
    });
    // Ratings carried over from the page into storage (the embed's opt-in) are saved at once.
    if (findPerson(next.people, carryId) && !next.paused)
      writeKey(key, JSON.stringify(stampedPeople(model, next.people)));
    // The Undo offered before a reload, offered again (unless the saved data is damaged: nothing changes then).
    const kept = persist && !next.paused && hasKeptOffer(undoKey);
    const offer = kept ? (await undoSession()).readKeptUndoOffer(undoKey, known) : null;
    if (offer) apply({ type: 'inform', ...offer });
  }, [model, known, persist, key, activeKey, undoKey, apply]);

  useEffect(() => {
    // Reading the browser's storage after hydration keeps the server render and the first client render equal.
    void load();
  }, [load]);

  useOutsideChanges(model, known, persist, apply, stateRef, refusedRef);
  useExpiringMessages(state.notices, apply);

  const dispatch = useCallback(
    (command: Command) => {
      if (command.type === 'restore-damaged') {
        // Undo of "start over": the damaged data goes back where it was, and is read (and reported) again.
        writeKey(command.key, command.raw);
        void load();
        return;
      }
      if (command.type === 'start-over') {
        const damaged = stateRef.current.notices.find((notice) => notice.kind === 'corrupt');
        if (damaged?.kind === 'corrupt') writeKey(damaged.key, null);
      }
      if (command.type === 'resolve' || (command.type === 'dismiss' && command.notice.kind === 'bad-link')) {
        void clearShareFragment();
      }
      apply({ ...command, now: new Date().toISOString() } as Action);
    },
    [apply, load],
  );

  return { state, active: activePerson(state), dispatch };
}
