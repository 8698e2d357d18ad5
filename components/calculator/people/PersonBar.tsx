/**
 * Whose assessment is on screen, and the people list's actions: switch, add, rename, keep a snapshot,
 * delete. Deleting asks first, naming what is lost, and can still be undone from the message that reports it.
 */
import { lazy, Suspense, useId, useState } from 'react';
import { LocalDate } from '../LocalDate';
import { Menu } from '../Menu';
import type { People, Person } from '@lib/assessment/people-format';
import { useDispatch } from '../context';

interface Props {
  people: People;
  active: Person;
  /** False while a shared link or file is on screen: the list waits for that choice first. */
  enabled: boolean;
}

// The name form is loaded when first opened: most visits rate the person already on screen.
const NameForm = lazy(() => import('./NameForm'));

type Mode = { kind: 'idle' } | { kind: 'add' } | { kind: 'rename' };

export function PersonBar({ people, active, enabled }: Props) {
  const dispatch = useDispatch();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const selectId = useId();

  if (mode.kind !== 'idle')
    return (
      <Suspense fallback={<p className="calc-people calc-muted">Loading…</p>}>
        <NameForm adding={mode.kind === 'add'} active={active} onDone={() => setMode({ kind: 'idle' })} />
      </Suspense>
    );

  return (
    <div className="calc-people">
      <label htmlFor={selectId}>Person</label>
      <select
        id={selectId}
        value={active.id}
        disabled={!enabled}
        onChange={(event) => dispatch({ type: 'select', id: event.currentTarget.value })}
      >
        {people.people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
        {!enabled && <option value={active.id}>{active.name} (not saved)</option>}
      </select>
      <span className="calc-people__date">
        {active.updated ? 'changed ' : 'added '}
        <LocalDate iso={active.updated ?? active.created} />
      </span>
      <button type="button" className="calc-button" disabled={!enabled} onClick={() => setMode({ kind: 'add' })}>
        New person
      </button>
      <Menu label="Manage">
        <button type="button" className="calc-button" disabled={!enabled} onClick={() => setMode({ kind: 'rename' })}>
          Rename
        </button>
        <button
          type="button"
          className="calc-button"
          disabled={!enabled}
          onClick={() => dispatch({ type: 'snapshot', id: active.id })}
        >
          Save snapshot
        </button>
        <button
          type="button"
          className="calc-button calc-button--danger"
          disabled={!enabled}
          onClick={() => {
            if (window.confirm(deleteQuestion(active))) dispatch({ type: 'remove', id: active.id });
          }}
        >
          Delete “{active.name}”
        </button>
      </Menu>
    </div>
  );
}

/** "Delete “Alex”? Their ratings (self-assessment and manager) and 2 snapshots are deleted from this browser." */
export function deleteQuestion(person: Person): string {
  const count = person.snapshots.length;
  const snapshots = count === 0 ? '' : ` and their ${count === 1 ? 'snapshot' : `${count} snapshots`}`;
  return `Delete “${person.name}”? Their ratings (self-assessment and manager)${snapshots} are deleted from this browser.`;
}
