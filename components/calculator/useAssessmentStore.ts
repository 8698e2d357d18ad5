/**
 * The calculator's state and where it lives: localStorage under the versioned key, and a shared link's
 * URL fragment. Nothing here talks to a network. Rules that keep people's data safe:
 * - what is read back is validated; a damaged saved state is reported, kept, and never overwritten until
 *   the person chooses to start over;
 * - a shared link is shown without saving it; the person decides whether it replaces what is saved;
 * - storage errors (private mode, quota) become a notice, never an exception.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  STORAGE_KEY,
  SHARE_FRAGMENT_PREFIX,
  decodeShareFragment,
  emptyState,
  parseSavedState,
  type AssessmentState,
  type KnownIds,
} from '../../src/lib/assessment-state';

export type Notice =
  | { kind: 'corrupt'; reason: string; raw: string }
  | { kind: 'bad-link'; reason: string }
  | { kind: 'shared'; hasSaved: boolean }
  | { kind: 'no-storage' }
  | { kind: 'info'; text: string };

/** "on": every change is saved; "paused": the screen shows something that must not overwrite the save. */
type Saving = 'on' | 'paused';

function readStorage(): { ok: true; value: string | null } | { ok: false } {
  try {
    return { ok: true, value: window.localStorage.getItem(STORAGE_KEY) };
  } catch {
    return { ok: false };
  }
}

function writeStorage(value: string | null): boolean {
  try {
    if (value === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, value);
    return true;
  } catch {
    return false;
  }
}

/** Drops our fragment from the address bar without a reload or a history entry. */
function clearShareFragment(): void {
  if (window.location.hash.slice(1).startsWith(SHARE_FRAGMENT_PREFIX)) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
}

export interface AssessmentStore {
  state: AssessmentState;
  /** False until the browser state has been read (the server render shows a blank form). */
  loaded: boolean;
  saving: Saving;
  notices: Notice[];
  update: (change: (state: AssessmentState) => AssessmentState) => void;
  /** Replace everything (import, reset); saves unless a damaged save is still unresolved. */
  replace: (state: AssessmentState, info?: string) => void;
  keepShared: () => void;
  discardShared: () => void;
  startOver: () => void;
  dismiss: (notice: Notice) => void;
  inform: (text: string) => void;
}

export function useAssessmentStore(known: KnownIds): AssessmentStore {
  const [state, setState] = useState<AssessmentState>(() => emptyState(known.trackId));
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState<Saving>('on');
  const [notices, setNotices] = useState<Notice[]>([]);
  // What is saved in this browser, to return to when a shared link is discarded.
  const savedRef = useRef<AssessmentState | null>(null);
  const knownRef = useRef(known);

  const addNotice = useCallback((notice: Notice) => {
    setNotices((current) => [...current.filter((n) => n.kind !== notice.kind), notice]);
  }, []);
  /** Reads saved state and, if present, a shared link; decides what to show and whether to save. */
  const load = useCallback(() => {
    const found: Notice[] = [];
    let shown: AssessmentState | null = null;
    let nextSaving: Saving = 'on';

    const stored = readStorage();
    savedRef.current = null;
    if (!stored.ok) {
      found.push({ kind: 'no-storage' });
    } else if (stored.value !== null) {
      const parsed = parseSavedState(stored.value, knownRef.current);
      if (parsed.ok) {
        savedRef.current = parsed.state;
        shown = parsed.state;
      } else {
        found.push({ kind: 'corrupt', reason: parsed.reason, raw: stored.value });
        nextSaving = 'paused';
      }
    }

    const fragment = window.location.hash.slice(1);
    if (fragment.startsWith(SHARE_FRAGMENT_PREFIX)) {
      const shared = decodeShareFragment(fragment, knownRef.current);
      if (shared.ok) {
        shown = shared.state;
        nextSaving = 'paused';
        found.push({ kind: 'shared', hasSaved: stored.ok && stored.value !== null });
      } else {
        found.push({ kind: 'bad-link', reason: shared.reason });
      }
    }

    setState(shown ?? emptyState(knownRef.current.trackId));
    setSaving(nextSaving);
    setNotices(found);
    setLoaded(true);
  }, []);

  useEffect(() => {
    load();
    // A shared link pasted into the address bar of an open page changes only the fragment.
    const onHashChange = () => {
      if (window.location.hash.slice(1).startsWith(SHARE_FRAGMENT_PREFIX)) load();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [load]);

  // Save every change while saving is on.
  useEffect(() => {
    if (!loaded || saving !== 'on') return;
    if (writeStorage(JSON.stringify(state))) savedRef.current = state;
    else addNotice({ kind: 'no-storage' });
  }, [state, loaded, saving, addNotice]);

  const update = useCallback((change: (state: AssessmentState) => AssessmentState) => setState(change), []);

  const replace = useCallback(
    (next: AssessmentState, info?: string) => {
      setState(next);
      if (info) addNotice({ kind: 'info', text: info });
    },
    [addNotice],
  );

  // A damaged save stays protected: only "start over" may replace it.
  const hasCorrupt = notices.some((notice) => notice.kind === 'corrupt');

  const keepShared = useCallback(() => {
    clearShareFragment();
    setNotices((current) => current.filter((n) => n.kind !== 'shared'));
    if (!hasCorrupt) setSaving('on');
  }, [hasCorrupt]);

  const discardShared = useCallback(() => {
    clearShareFragment();
    setState(savedRef.current ?? emptyState(knownRef.current.trackId));
    setNotices((current) => current.filter((n) => n.kind !== 'shared'));
    if (!hasCorrupt) setSaving('on');
  }, [hasCorrupt]);

  const startOver = useCallback(() => {
    writeStorage(null);
    clearShareFragment();
    savedRef.current = null;
    setState(emptyState(knownRef.current.trackId));
    setNotices([]);
    setSaving('on');
  }, []);

  const dismiss = useCallback((notice: Notice) => {
    if (notice.kind === 'bad-link') clearShareFragment();
    setNotices((current) => current.filter((n) => n !== notice));
  }, []);

  const inform = useCallback((text: string) => addNotice({ kind: 'info', text }), [addNotice]);

  return { state, loaded, saving, notices, update, replace, keepShared, discardShared, startOver, dismiss, inform };
}
