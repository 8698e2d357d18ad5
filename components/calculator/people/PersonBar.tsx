/**
 * Whose assessment is on screen, and the people list's actions: switch, add, rename, keep a snapshot,
 * delete. Deleting is undone from the message that reports it, so it does not ask first.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { LocalDate } from '../LocalDate';
import { Menu } from '../Menu';
import { MAX_NAME_CHARS, type People, type Person } from '../../../src/lib/calculator/people';

interface Props {
  people: People;
  active: Person;
  /** False while a shared link or file is on screen: the list waits for that choice first. */
  enabled: boolean;
  onSelect: (id: string) => void;
  onAdd: (name: string) => void;
  onRename: (id: string, name: string) => void;
  onSnapshot: (id: string) => void;
  onDelete: (id: string) => void;
}

type Mode = { kind: 'idle' } | { kind: 'add' } | { kind: 'rename' };

export function PersonBar({ people, active, enabled, ...on }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const selectId = useId();
  const nameId = useId();

  if (mode.kind !== 'idle') {
    const submit = (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      const name = String(new FormData(event.currentTarget).get('name') ?? '');
      if (mode.kind === 'add') on.onAdd(name);
      else on.onRename(active.id, name);
      setMode({ kind: 'idle' });
    };
    return (
      <form className="calc-people" onSubmit={submit}>
        <label htmlFor={nameId}>{mode.kind === 'add' ? 'New person’s name or alias' : `Rename “${active.name}”`}</label>
        <input
          id={nameId}
          name="name"
          type="text"
          required
          maxLength={MAX_NAME_CHARS}
          defaultValue={mode.kind === 'rename' ? active.name : ''}
          // The form replaces the button that opened it; the field is where the person continues.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
        />
        <button type="submit" className="calc-button calc-button--primary">
          {mode.kind === 'add' ? 'Add' : 'Rename'}
        </button>
        <button type="button" className="calc-button" onClick={() => setMode({ kind: 'idle' })}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div className="calc-people">
      <label htmlFor={selectId}>Person</label>
      <select
        id={selectId}
        value={active.id}
        disabled={!enabled}
        onChange={(event) => on.onSelect(event.currentTarget.value)}
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
        <button type="button" className="calc-button" disabled={!enabled} onClick={() => on.onSnapshot(active.id)}>
          Save snapshot
        </button>
        <button
          type="button"
          className="calc-button calc-button--danger"
          disabled={!enabled}
          onClick={() => on.onDelete(active.id)}
        >
          Delete “{active.name}”
        </button>
      </Menu>
    </div>
  );
}
