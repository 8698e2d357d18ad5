/**
 * Whose assessment is on screen, and the people list's actions: switch, add, rename, keep a snapshot,
 * delete. Deleting asks first, naming what is lost, and can still be undone from the message that reports it.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { LocalDate } from '../LocalDate';
import { Menu } from '../Menu';
import { MAX_NAME_CHARS, type People, type Person } from '@lib/assessment/people-format';
import { newPerson } from '@lib/calculator/people';
import { useDispatch } from '../context';

interface Props {
  people: People;
  active: Person;
  /** False while a shared link or file is on screen: the list waits for that choice first. */
  enabled: boolean;
}

type Mode = { kind: 'idle' } | { kind: 'add' } | { kind: 'rename' };

export function PersonBar({ people, active, enabled }: Props) {
  const dispatch = useDispatch();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const selectId = useId();

  if (mode.kind !== 'idle')
    return <NameForm adding={mode.kind === 'add'} active={active} onDone={() => setMode({ kind: 'idle' })} />;

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

/** Naming a new person, or renaming the one on screen; replaces the bar until done. */
function NameForm({ adding, active, onDone }: { adding: boolean; active: Person; onDone: () => void }) {
  const dispatch = useDispatch();
  const nameId = useId();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    if (adding) dispatch({ type: 'add', person: newPerson(name) });
    else dispatch({ type: 'rename', id: active.id, name });
    onDone();
  };
  return (
    <form className="calc-people" onSubmit={submit}>
      <label htmlFor={nameId}>{adding ? 'New person’s name or alias' : `Rename “${active.name}”`}</label>
      <input
        id={nameId}
        name="name"
        type="text"
        required
        maxLength={MAX_NAME_CHARS}
        defaultValue={adding ? '' : active.name}
        // The form replaces the button that opened it; the field is where the person continues.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
      />
      <button type="submit" className="calc-button calc-button--primary">
        {adding ? 'Add' : 'Rename'}
      </button>
      <button type="button" className="calc-button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
