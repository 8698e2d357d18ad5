/** Naming a new person, or renaming the one on screen (PersonBar): replaces the bar until done. */
import { useId, type SubmitEvent } from 'react';
import { MAX_NAME_CHARS, type Person } from '@lib/assessment/people-format';
import { newPerson } from '@lib/calculator/people';
import { useDispatch } from '../context';

export default function NameForm({ adding, active, onDone }: { adding: boolean; active: Person; onDone: () => void }) {
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
