/**
 * What to do with a shared link or an imported file: keep it as a new person, put it next to someone
 * already here as the other rater, or replace someone's ratings — or not keep it. Nothing is saved until
 * the person chooses, and every choice can be undone from the message that follows.
 */
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { RaterRole } from '@lib/assessment/raters';
import { raterHasInput } from '@lib/calculator/people';
import { type People } from '@lib/assessment/people-format';
import { RATER_NAMES, RATER_ROLES } from '@lib/assessment/raters';
import type { Incoming, IncomingChoice as Choice } from '@lib/calculator/state/types';
import { useDispatch } from '../context';

interface Props {
  incoming: Incoming;
  people: People;
}

const list = (roles: RaterRole[]) => roles.map((role) => RATER_NAMES[role].toLowerCase()).join(' and ');

export default function IncomingChoice({ incoming, people }: Props) {
  const dispatch = useDispatch();
  const onChoose = (choice: Choice) => dispatch({ type: 'resolve', choice });
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // A link pasted into an open page arrives wherever the page was scrolled: bring the question into view.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'center' });
    heading.current?.focus({ preventScroll: true });
  }, []);
  // Only people with something rated can be put next to or replaced; a blank "Me" is just a new person.
  const targets = people.people.filter((p) => RATER_ROLES.some((role) => raterHasInput(p.raters, role)));
  const [action, setAction] = useState<'add' | 'merge' | 'replace'>(targets.length > 0 ? 'merge' : 'add');
  const [personId, setPersonId] = useState(targets[0]?.id ?? '');
  const has = RATER_ROLES.filter((role) => raterHasInput(incoming.person.raters, role));
  const others = RATER_ROLES.filter((role) => !has.includes(role));
  const target = targets.find((p) => p.id === personId);
  const several = incoming.more.length > 0;
  const what = incoming.source === 'link' ? 'You opened a shared assessment' : `You chose to import ${incoming.label}`;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action === 'add') onChoose({ action, name: String(new FormData(event.currentTarget).get('name') ?? '') });
    else onChoose({ action, personId });
  };

  return (
    <form className="calc-incoming" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {what}
      </h2>
      <p>
        {several
          ? `It holds ${incoming.more.length + 1} people.`
          : has.length > 0
            ? `It holds a ${list(has)}.`
            : 'It holds no ratings yet.'}{' '}
        It is shown below and is not saved in this browser until you choose.
      </p>
      <fieldset className="calc-incoming__choices">
        <legend>Keep it as</legend>
        <label className="calc-incoming__choice">
          <input type="radio" name={`${id}-action`} checked={action === 'add'} onChange={() => setAction('add')} />
          {several ? `${incoming.more.length + 1} new people` : 'A new person'}
        </label>
        {action === 'add' && !several && (
          <p className="calc-incoming__detail">
            <label htmlFor={`${id}-name`}>Name or alias</label>
            <input id={`${id}-name`} name="name" type="text" maxLength={80} defaultValue={incoming.person.name} />
          </p>
        )}
        {targets.length > 0 && !several && (
          <>
            <label className="calc-incoming__choice">
              <input
                type="radio"
                name={`${id}-action`}
                checked={action === 'merge'}
                onChange={() => setAction('merge')}
              />
              Next to an existing person, as the other rater
            </label>
            <label className="calc-incoming__choice">
              <input
                type="radio"
                name={`${id}-action`}
                checked={action === 'replace'}
                onChange={() => setAction('replace')}
              />
              Replacing an existing person’s ratings
            </label>
            {action !== 'add' && (
              <p className="calc-incoming__detail">
                <label htmlFor={`${id}-person`}>Person</label>
                <select
                  id={`${id}-person`}
                  value={personId}
                  onChange={(event) => setPersonId(event.currentTarget.value)}
                >
                  {targets.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
                <span className="calc-muted">
                  {target && action === 'merge'
                    ? `Its ${list(has)} ${has.some((role) => raterHasInput(target.raters, role)) ? 'replaces' : 'goes next to'} ${target.name}’s${others.length > 0 ? `; ${target.name}’s ${list(others)} stays` : ''}.`
                    : target
                      ? `${target.name}’s self-assessment and manager ratings are replaced; name and snapshots stay.`
                      : ''}{' '}
                  You can undo this.
                </span>
              </p>
            )}
          </>
        )}
      </fieldset>
      <p className="calc-actions">
        <button type="submit" className="calc-button calc-button--primary">
          Save
        </button>
        <button type="button" className="calc-button" onClick={() => onChoose({ action: 'discard' })}>
          Don’t save it
        </button>
      </p>
    </form>
  );
}
