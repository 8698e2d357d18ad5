/**
 * The result bar's actions: the share link, and a menu with export, import, Markdown, print and clearing
 * the ratings. Export, import and Markdown load their code when first used.
 */
import { useId, type ChangeEvent } from 'react';
import type { People, Person } from '@lib/assessment/people-format';
import { Menu } from '../Menu';
import type { Incoming } from '@lib/calculator/state/types';
import { useLadder } from '../context';

interface Props {
  people: People;
  person: Person;
  /** True when people are kept in this browser (then "Export everyone" makes sense). */
  persist: boolean;
  onShare: () => void;
  onReceive: (incoming: Incoming) => void;
  onPrint: () => void;
  onClear: () => void;
  inform: (text: string) => void;
}

const io = () => import('@lib/calculator/export-import');

export function ResultActions({ people, person, persist, onReceive, inform, ...on }: Props) {
  const { model, known } = useLadder();
  const importId = useId();
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await (await io()).readImport(file, known);
    if (typeof result === 'string') inform(result);
    else onReceive(result);
  };
  return (
    <>
      <button type="button" className="calc-button calc-button--primary" onClick={on.onShare}>
        Copy share link
      </button>
      <Menu label="More" className="calc-menu--up">
        <button type="button" className="calc-button" onClick={async () => (await io()).exportPerson(model, person)}>
          Export JSON
        </button>
        {persist && (
          <button
            type="button"
            className="calc-button"
            onClick={async () => (await io()).exportEveryone(model, people)}
          >
            Export everyone (JSON)
          </button>
        )}
        <label htmlFor={importId} className="calc-button calc-file">
          Import JSON
          <input
            id={importId}
            type="file"
            accept="application/json,.json"
            onChange={importFile}
            className="calc-file__input"
          />
        </label>
        <button
          type="button"
          className="calc-button"
          onClick={async () => (await io()).downloadMarkdown(model, person)}
        >
          Download Markdown
        </button>
        <button
          type="button"
          className="calc-button"
          onClick={async () =>
            inform(
              (await (await io()).copyMarkdown(model, person))
                ? 'Markdown summary copied.'
                : 'This browser did not allow copying; use “Download Markdown” instead.',
            )
          }
        >
          Copy Markdown
        </button>
        <button type="button" className="calc-button" onClick={on.onPrint}>
          Print sheet
        </button>
        <button type="button" className="calc-button calc-button--danger" onClick={on.onClear}>
          Clear all ratings
        </button>
      </Menu>
    </>
  );
}
