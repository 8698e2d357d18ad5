/**
 * The calculator's people and where they live: localStorage (one key per track) or, for the embed before
 * the person opts in, this page only. Nothing here talks to a network. Rules that keep people's data safe:
 * - every write re-reads what is saved and applies the one change to it, and other tabs' writes arrive as
 *   storage events, so two tabs editing different dimensions both keep their edits;
 * - a damaged saved list is reported, kept, and never written over until the person chooses to start over;
 * - a shared link or an imported file is shown first and saved only when the person chooses how (a new
 *   person, next to an existing one, or replacing one);
 * - deleting, clearing, replacing and importing can be undone from the message that reports them;
 * - storage errors (private mode, quota, blocked frames) become a notice, never an exception.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type KnownIds } from '../../../src/lib/assessment-state';
import type { CalculatorModel } from '../../../src/lib/calculator/model';
import {
  addPerson,
  emptyPeople,
  findPerson,
  newPerson,
  peopleStorageKey,
  raterHasInput,
  uniqueName,
  updatePerson,
  type People,
  type Person,
} from '../../../src/lib/calculator/people';
import { isShareFragment } from '../../../src/lib/calculator/share-fragment';
import { FIRST_PERSON_ID, readSavedPeople } from './saved-people';
import { readKey, writeKey } from './storage';
import { clearShareFragment, type Incoming, type IncomingChoice } from './incoming';
import { usePersonActions } from './usePersonActions';

export type { Incoming, IncomingChoice } from './incoming';

/** Where ratings are kept: 'local' = this browser's localStorage, 'memory' = this page only. */
export type StorageMode = 'local' | 'memory';

export type Notice =
  | { kind: 'corrupt'; reason: string; raw: string; key: string }
  | { kind: 'bad-link'; reason: string }
  | { kind: 'no-storage' }
  | { kind: 'message'; id: number; text: string; undo?: () => void };

export interface PeopleStore {
  /** False until the browser state has been read (the server render shows a blank form). */
  loaded: boolean;
  /** True when the list lives in localStorage (and other tabs share it). */
  persist: boolean;
  people: People;
  /** The person on screen: the incoming one while a link or file waits for a choice. */
  active: Person;
  incoming: Incoming | null;
  notices: Notice[];
  /** Changes the person on screen. */
  edit: (change: (person: Person) => Person) => void;
  /** Changes a person by id (an undo that must not follow a switch to someone else). */
  editPerson: (id: string, change: (person: Person) => Person) => void;
  select: (id: string) => void;
  add: (name: string) => void;
  rename: (id: string, name: string) => void;
  remove: (id: string) => void;
  clearRatings: (id: string) => void;
  snapshot: (id: string) => void;
  setTarget: (id: string, rank: number | undefined) => void;
  receive: (incoming: Incoming) => void;
  resolve: (choice: IncomingChoice) => void;
  startOver: () => void;
  dismiss: (notice: Notice) => void;
  inform: (text: string, undo?: () => void) => void;
}

/** The list as shown: never empty, so there is always someone to rate. */
function withSomeone(people: People): People {
  if (people.people.length > 0) return people;
  return { ...people, people: [{ ...newPerson('Me'), id: FIRST_PERSON_ID }] };
}

let messageIds = 0;

export function usePeopleStore(model: CalculatorModel, known: KnownIds, storage: StorageMode): PeopleStore {
  const persist = storage === 'local';
  const key = peopleStorageKey(known.trackId);
  const activeKey = `${key}:active`;
  const [people, setPeople] = useState<People>(() => withSomeone(emptyPeople(known.trackId)));
  const [activeId, setActiveId] = useState(FIRST_PERSON_ID);
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [loaded, setLoaded] = useState(false);
  // Refs hold what event handlers and writes need now, not as of their render.
  const peopleRef = useRef(people);
  const activeRef = useRef(activeId);
  const incomingRef = useRef(incoming);
  /** Saved data is damaged: nothing is written until the person starts over. */
  const pausedRef = useRef(false);
  const wasPersisting = useRef(persist);

  const show = useCallback((next: People) => {
    peopleRef.current = next;
    setPeople(next);
  }, []);
  const choose = useCallback(
    (id: string) => {
      activeRef.current = id;
      setActiveId(id);
      if (persist) writeKey(activeKey, id);
    },
    [persist, activeKey],
  );
  const addNotice = useCallback((notice: Notice) => {
    setNotices((current) => {
      const others = notice.kind === 'message' ? current : current.filter((n) => n.kind !== notice.kind);
      // Keep the last few messages: an undo a minute old is still useful, a pile of them is not.
      const messages = others.filter((n) => n.kind === 'message');
      const dropped = messages.length >= 3 ? messages[0] : undefined;
      return [...others.filter((n) => n !== dropped), notice];
    });
  }, []);
  const inform = useCallback(
    (text: string, undo?: () => void) =>
      addNotice({ kind: 'message', id: ++messageIds, text, ...(undo ? { undo } : {}) }),
    [addNotice],
  );

  /** Applies one change to what is saved now (another tab may have saved since) and saves the result. */
  const commit = useCallback(
    (change: (people: People) => People) => {
      if (!persist || pausedRef.current) {
        show(withSomeone(change(peopleRef.current)));
        return;
      }
      const saved = readSavedPeople(known);
      const base = saved.kind === 'people' ? saved.people : peopleRef.current;
      const next = withSomeone(change(base));
      if (saved.kind === 'no-storage' || !writeKey(key, JSON.stringify(next))) addNotice({ kind: 'no-storage' });
      show(next);
    },
    [persist, known, key, show, addNotice],
  );

  /** Changes one person; a person not saved yet (the first one of a browser) is added by the change. */
  const editPerson = useCallback(
    (id: string, change: (person: Person) => Person) =>
      commit((list) => {
        const person = findPerson(list, id) ?? findPerson(peopleRef.current, id);
        if (!person) return list;
        const next = { ...change(person), updated: new Date().toISOString() };
        return findPerson(list, id) ? updatePerson(list, id, () => next) : { ...list, people: [...list.people, next] };
      }),
    [commit],
  );

  const receiveIncoming = useCallback((next: Incoming | null) => {
    incomingRef.current = next;
    setIncoming(next);
  }, []);

  /**
   * A shared link in the address bar: shown at once in memory mode, otherwise offered for a choice. The
   * decoder is loaded only when there is a link to read.
   */
  const openLink = useCallback(
    async (list: People): Promise<{ list: People; notices: Notice[] }> => {
      if (!isShareFragment(window.location.hash)) return { list, notices: [] };
      const { decodeShareLink } = await import('../../../src/lib/calculator/share-link');
      const decoded = decodeShareLink(window.location.hash, model, known);
      if (!decoded.ok) return { list, notices: [{ kind: 'bad-link', reason: decoded.reason }] };
      const person = newPerson(decoded.shared.name ?? 'Shared assessment', decoded.shared.raters);
      if (!persist) {
        const only = { ...person, id: FIRST_PERSON_ID };
        const text = 'You opened a shared assessment. It is kept in this page only.';
        return { list: { ...list, people: [only] }, notices: [{ kind: 'message', id: ++messageIds, text }] };
      }
      receiveIncoming({ source: 'link', label: 'a shared link', person, more: [] });
      return { list, notices: [] };
    },
    [model, known, persist, receiveIncoming],
  );

  /** Reads the browser's state: saved people, then a shared link in the address. */
  const load = useCallback(async () => {
    const found: Notice[] = [];
    let list = emptyPeople(known.trackId);
    pausedRef.current = false;
    if (persist) {
      const saved = readSavedPeople(known);
      if (saved.kind === 'corrupt') {
        found.push({ kind: 'corrupt', reason: saved.reason, raw: saved.raw, key: saved.key });
        pausedRef.current = true;
      } else {
        list = saved.people;
        if (saved.kind === 'no-storage') found.push({ kind: 'no-storage' });
      }
      // Ratings made in this page before it was allowed to use storage (the embed's opt-in) are kept.
      const carried = wasPersisting.current ? undefined : peopleRef.current.people[0];
      if (carried && (raterHasInput(carried.raters, 'self') || raterHasInput(carried.raters, 'manager'))) {
        const person = { ...carried, id: newPerson('').id, name: uniqueName(list, 'Rated in this frame') };
        list = addPerson(list, person);
        if (!pausedRef.current) writeKey(key, JSON.stringify(list));
        activeRef.current = person.id;
      }
    }
    wasPersisting.current = persist;
    const linked = await openLink(list);
    const shown = withSomeone(linked.list);
    show(shown);
    const remembered = persist ? readKey(activeKey) : { ok: false as const };
    const preferred = remembered.ok && remembered.value ? remembered.value : activeRef.current;
    const id = findPerson(shown, preferred) ? preferred : shown.people[0]!.id;
    activeRef.current = id;
    setActiveId(id);
    setNotices([...found, ...linked.notices]);
    setLoaded(true);
  }, [known, persist, key, activeKey, openLink, show]);

  useEffect(() => {
    // Reading the browser's storage after hydration keeps the server render and the first client render equal.
    void load();
  }, [load]);

  useEffect(() => {
    // A shared link pasted into the address bar of an open page changes only the fragment.
    const onHashChange = async () => {
      if (!isShareFragment(window.location.hash)) return;
      const linked = await openLink(peopleRef.current);
      show(withSomeone(linked.list));
      linked.notices.forEach(addNotice);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [openLink, show, addNotice]);

  useEffect(() => {
    if (!persist) return;
    // Another tab saved: show what it saved (our own edits were already in it, see commit()).
    const onStorage = (event: StorageEvent) => {
      if ((event.key !== key && event.key !== null) || pausedRef.current) return;
      const saved = readSavedPeople(known);
      if (saved.kind !== 'people' && saved.kind !== 'none') return;
      const next = withSomeone(saved.people);
      const gone = findPerson(peopleRef.current, activeRef.current);
      show(next);
      if (!findPerson(next, activeRef.current)) {
        const first = next.people[0]!;
        activeRef.current = first.id;
        setActiveId(first.id);
        if (gone && saved.kind === 'people')
          inform(`“${gone.name}” was deleted in another tab; showing “${first.name}”.`);
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [persist, key, known, show, inform]);

  const active = incoming?.person ?? findPerson(people, activeId) ?? people.people[0]!;

  const edit = useCallback(
    (change: (person: Person) => Person) => {
      const pending = incomingRef.current;
      if (pending) receiveIncoming({ ...pending, person: change(pending.person) });
      else editPerson(activeRef.current, change);
    },
    [editPerson, receiveIncoming],
  );

  const { add, rename, remove, clearRatings, snapshot, setTarget, resolve } = usePersonActions({
    commit,
    editPerson,
    choose,
    inform,
    receiveIncoming,
    peopleRef,
    activeRef,
    incomingRef,
  });
  const receive = useCallback((next: Incoming) => receiveIncoming(next), [receiveIncoming]);

  const startOver = useCallback(() => {
    const damaged = notices.find((notice) => notice.kind === 'corrupt');
    if (damaged?.kind === 'corrupt') writeKey(damaged.key, null);
    pausedRef.current = false;
    setNotices((current) => current.filter((notice) => notice.kind !== 'corrupt'));
    const fresh = withSomeone(emptyPeople(known.trackId));
    show(fresh);
    choose(fresh.people[0]!.id);
    if (damaged?.kind === 'corrupt') {
      inform('The damaged saved data was deleted.', () => {
        writeKey(damaged.key, damaged.raw);
        void load();
      });
    }
  }, [notices, known, show, choose, inform, load]);

  const dismiss = useCallback((notice: Notice) => {
    if (notice.kind === 'bad-link') clearShareFragment();
    setNotices((current) => current.filter((n) => n !== notice));
  }, []);

  const select = useCallback((id: string) => choose(id), [choose]);

  return {
    loaded,
    persist,
    people,
    active,
    incoming,
    notices,
    edit,
    editPerson,
    select,
    add,
    rename,
    remove,
    clearRatings,
    snapshot,
    setTarget,
    receive,
    resolve,
    startOver,
    dismiss,
    inform,
  };
}
