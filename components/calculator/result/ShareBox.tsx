/**
 * The share link once made: in a read-only field as well as on the clipboard (clipboards fail in some wikis
 * and browsers), with the choice to include the name and notes, which are left out unless asked for.
 */
import { useId } from 'react';

interface Props {
  url: string;
  includeText: boolean;
  onIncludeText: (include: boolean) => void;
}

export default function ShareBox({ url, includeText, onIncludeText }: Props) {
  const id = useId();
  return (
    <div className="calc-share">
      <label htmlFor={`${id}-url`}>Share link</label>
      <input id={`${id}-url`} type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <label className="calc-share__option">
        <input type="checkbox" checked={includeText} onChange={(event) => onIncludeText(event.currentTarget.checked)} />
        Include the name and notes
      </label>
      <p className="calc-muted">
        The ratings travel after the “#”, a part of the address browsers never send to servers. Whoever opens the link
        chooses whether to save it.
      </p>
    </div>
  );
}
