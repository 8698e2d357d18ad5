/**
 * The calculator's state and every way it can change, as data. The reducer (reducer.ts) is the only code
 * that turns one state into the next; the browser's part (storage, other tabs, the address bar) is the
 * thin hook in components/calculator/store/useCalculatorStore.ts, which reads what it must and dispatches.
 */
import type { People, Person } from '../../assessment/people-format';
import type { Raters } from '../../assessment/raters';

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

/** Problems with saved or shared data, and the short messages that report what just happened. */
export type Notice =
  | { kind: 'corrupt'; reason: string; raw: string; key: string }
  | { kind: 'bad-link'; reason: string }
  | { kind: 'no-storage' }
  | { kind: 'message'; id: number; text: string; undo?: Command };

export interface CalculatorState {
  /** When the page started (ISO): the blank first person's "added" date. Kept here so the reducer is pure. */
  startedAt: string;
  /** False until the browser state has been read (the server render shows a blank form). */
  loaded: boolean;
  /** True when the list lives in localStorage (and other tabs share it). */
  persist: boolean;
  /** The list as shown: never empty, so there is always someone to rate. */
  people: People;
  /** The person on screen when no link or file is waiting (falls back to the first person). */
  activeId: string;
  incoming: Incoming | null;
  notices: Notice[];
  /** Saved data is damaged: nothing is written until the person starts over. */
  paused: boolean;
  /** The id the next message gets (Undo and Dismiss find their message by it). */
  nextMessageId: number;
}

/** A change to one person; pure, so the reducer can apply it to whatever is saved now. */
export type PersonChange = (person: Person) => Person;

/**
 * What storage holds right now, read by the hook just before a change to the list: another tab may have
 * saved since, and its edits must be kept (each change is applied to what is saved, not to what is shown).
 * Absent in memory mode, while paused, or when nothing is saved.
 */
export interface Synced {
  saved?: People;
}

/** What the browser held when the calculator started (or storage was allowed): read by the hook. */
export type SavedRead =
  | { kind: 'people'; people: People }
  | { kind: 'none'; people: People }
  | { kind: 'corrupt'; reason: string; raw: string; key: string }
  | { kind: 'no-storage'; people: People };

/** A shared link in the address, decoded by the hook (the decoder loads only when there is one). */
export type LinkRead = { ok: true; person: Person } | { ok: false; reason: string };

/** Changes to the people list: the hook adds `saved` and writes the result. */
export type ListAction = Synced &
  (
    | { type: 'edit'; change: PersonChange; now: string }
    | { type: 'edit-person'; id: string; change: PersonChange; now: string }
    | { type: 'add'; person: Person }
    | { type: 'remove-added'; ids: string[]; select: string }
    | { type: 'rename'; id: string; name: string }
    | { type: 'remove'; id: string }
    | { type: 'restore'; person: Person; index: number }
    | { type: 'clear-ratings'; id: string; now: string }
    /** Undo of a clear: `raters` (as they were) put back wherever nothing was rated since. */
    | { type: 'restore-cleared'; id: string; raters: Raters; now: string }
    | { type: 'snapshot'; id: string; now: string }
    | { type: 'set-target'; id: string; rank: number | undefined; now: string }
    | { type: 'resolve'; choice: IncomingChoice; now: string }
  );

/** Changes to what is shown, not to what is saved. */
export type ViewAction =
  | {
      type: 'loaded';
      persist: boolean;
      saved: SavedRead;
      link: LinkRead | null;
      /** The person last on screen in this browser (persist mode). */
      remembered?: string;
      /** The id ratings made in the page before storage was allowed are kept under. */
      carryId: string;
    }
  | { type: 'link'; link: LinkRead }
  | { type: 'saved-elsewhere'; saved: SavedRead }
  | { type: 'select'; id: string }
  | { type: 'receive'; incoming: Incoming }
  | { type: 'start-over' }
  /** Undo of "start over": the hook writes the damaged data back and loads again; the reducer ignores it. */
  | { type: 'restore-damaged'; key: string; raw: string }
  | { type: 'dismiss'; notice: Notice }
  | { type: 'inform'; text: string; undo?: Command }
  | { type: 'storage-refused' };

export type Action = ListAction | ViewAction;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An action as components dispatch it (and an Undo keeps it): the hook adds the time and what is saved. */
export type Command = DistributiveOmit<Action, 'now' | 'saved'>;
