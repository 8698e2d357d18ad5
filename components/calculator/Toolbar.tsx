/** Share, export, import, print and reset: everything happens in this browser. */
import { useId, useState, type ChangeEvent } from 'react';
import {
  encodeShareFragment,
  parseSavedState,
  type AssessmentState,
  type KnownIds,
} from '../../src/lib/assessment-state';
import type { CalculatorModel } from '../../src/lib/calculator/model';
import { hasAnyInput } from '../../src/lib/calculator/results';
import { markdownSummary } from '../../src/lib/calculator/summary';
import { copyText, downloadText, today } from './browser-io';

interface Props {
  model: CalculatorModel;
  known: KnownIds;
  state: AssessmentState;
  onReplace: (state: AssessmentState, info: string) => void;
  onReset: () => void;
  inform: (text: string) => void;
}

export function Toolbar({ model, known, state, onReplace, onReset, inform }: Props) {
  const [shareUrl, setShareUrl] = useState('');
  const shareId = useId();
  const importId = useId();
  const fileBase = `${model.track.id}-assessment-${today()}`;
  const hasInput = hasAnyInput(state.raters.self) || hasAnyInput(state.raters.manager);

  const share = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${encodeShareFragment(state)}`;
    setShareUrl(url);
    inform(
      (await copyText(url))
        ? 'Share link copied. The ratings travel in the part after #, which browsers do not send to any server.'
        : 'Share link created below: select it and copy it.',
    );
  };

  const copyMarkdown = async () => {
    const ok = await copyText(markdownSummary(model, state, { date: today() }));
    inform(ok ? 'Markdown summary copied.' : 'This browser did not allow copying; use “Download Markdown” instead.');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      inform(`Could not read “${file.name}”.`);
      return;
    }
    const parsed = parseSavedState(text, known);
    if (!parsed.ok) {
      inform(`“${file.name}” was not imported: ${parsed.reason.replace(/^saved assessment/, 'the file')}.`);
      return;
    }
    if (hasInput && !window.confirm('Replace the ratings on this page (both raters) with the imported file?')) return;
    onReplace(parsed.state, `Imported “${file.name}”.`);
  };

  const reset = () => {
    if (window.confirm('Delete all ratings of both raters from this browser? This cannot be undone.')) onReset();
  };

  return (
    <div className="calc-toolbar" role="group" aria-label="Save, share and export">
      <div className="calc-actions">
        <button type="button" className="calc-button" onClick={share}>
          Copy share link
        </button>
        <button
          type="button"
          className="calc-button"
          onClick={() => downloadText(`${fileBase}.json`, `${JSON.stringify(state, null, 2)}\n`, 'application/json')}
        >
          Export JSON
        </button>
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
          onClick={() =>
            downloadText(`${fileBase}.md`, markdownSummary(model, state, { date: today() }), 'text/markdown')
          }
        >
          Download Markdown
        </button>
        <button type="button" className="calc-button" onClick={copyMarkdown}>
          Copy Markdown
        </button>
        <button type="button" className="calc-button" onClick={() => window.print()}>
          Print sheet
        </button>
        <button type="button" className="calc-button calc-button--danger" onClick={reset}>
          Reset
        </button>
      </div>
      {shareUrl && (
        <p className="calc-share">
          <label htmlFor={shareId}>Share link</label>
          <input id={shareId} type="text" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}
