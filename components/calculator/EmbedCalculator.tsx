/**
 * The calculator as the embed page's island. The page is static, so its query parameters (theme, storage,
 * competencies, level, postResults, parentOrigin; see src/lib/embed/params.ts) are read here, in the
 * browser, before the calculator mounts: storage must be known before anything could be read or saved.
 *
 * Results go to the host page only when ?postResults=1 names the host with ?parentOrigin: postMessage
 * to '*' would hand a person's ratings to whatever page framed the embed.
 *
 * Nothing fails silently: a parentOrigin that is not the page around the frame, and storage=local in a
 * browser that refuses it, are said above the calculator. The frame's height is reported only once the
 * calculator has rendered (src/lib/embed/resize.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import type { CalculatorModel } from '../../src/lib/calculator/model';
import type { Assessment } from '../../src/lib/calculator/results';
import { framingOrigin, parentMismatch } from '../../src/lib/embed/frame';
import { resultMessage } from '../../src/lib/embed/messages';
import { parseEmbedParams, type EmbedOptions } from '../../src/lib/embed/params';
import { startResizeMessages } from '../../src/lib/embed/resize';
import { STORAGE_REFUSED_MESSAGE, canKeepData } from '../../src/lib/embed/storage';
import Calculator from './Calculator';
import { SavedDataConsent } from './SavedDataConsent';

interface Props {
  model: CalculatorModel;
  /** The track's full calculator page, linked from a partial view. */
  fullCalculatorHref: string;
}

/** The parameters as read, corrected for what this browser and this frame really allow. */
interface EmbedSetup extends EmbedOptions {
  /** Why ?parentOrigin cannot work here (it names another page than the frame's parent). */
  mismatch?: string;
}

function readSetup(model: CalculatorModel): EmbedSetup {
  const options = parseEmbedParams(window.location.search, {
    competencyIds: model.competencies.map((competency) => competency.id),
    levelCodes: model.levels.map((level) => level.code),
  });
  if (options.storage === 'local' && !canKeepData(window)) {
    options.storage = 'memory';
    options.messages.push(STORAGE_REFUSED_MESSAGE);
  }
  const mismatch = parentMismatch(options.parentOrigin, framingOrigin(window));
  if (mismatch) console.error(mismatch);
  return mismatch ? { ...options, mismatch } : options;
}

export default function EmbedCalculator({ model, fullCalculatorHref }: Props) {
  const [options, setOptions] = useState<EmbedSetup | null>(null);
  const lastPosted = useRef('');
  // ?storage=local reads the site's saved assessments only once the person chooses to.
  const [savedOpened, setSavedOpened] = useState(false);

  useEffect(() => {
    // Read the URL after hydration, so the server-rendered HTML and the first client render match.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOptions(readSetup(model));
  }, [model]);

  // The calculator has rendered: from now on the frame follows its height.
  useEffect(() => (options ? startResizeMessages(options.parentOrigin ?? '*') : undefined), [options]);

  const postResults = useCallback(
    (assessment: Assessment, rater: RaterRole) => {
      if (!options?.postResults || !options.parentOrigin || window.parent === window) return;
      const shown = options.competencies ?? model.competencies.map((competency) => competency.id);
      const message = resultMessage(model, assessment, rater, shown);
      const key = JSON.stringify(message);
      if (key === lastPosted.current) return;
      lastPosted.current = key;
      window.parent.postMessage(message, options.parentOrigin);
    },
    [model, options],
  );

  if (!options) {
    return (
      <p className="calc-muted" role="status">
        Loading the calculator…
      </p>
    );
  }

  return (
    <>
      {options.mismatch && (
        <div className="calc-notice calc-notice--error embed-messages" role="alert" data-testid="embed-parent-mismatch">
          <p>{options.mismatch}</p>
        </div>
      )}
      {options.messages.length > 0 && (
        <div className="calc-notice calc-notice--warn embed-messages" role="status" data-testid="embed-messages">
          <ul>
            {options.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {options.postResults && !options.mismatch && (
        <div className="calc-notice calc-notice--info embed-note" data-testid="embed-posts-results">
          <p>
            Your result (score, level and competency levels, not your ratings or notes) is passed to the page around
            this calculator, {options.parentOrigin}.
          </p>
        </div>
      )}
      {options.storage === 'local' && !savedOpened && <SavedDataConsent onUse={() => setSavedOpened(true)} />}
      <Calculator
        model={model}
        storage={options.storage === 'local' && savedOpened ? 'local' : 'memory'}
        team={false}
        {...(options.competencies ? { competencies: options.competencies } : {})}
        {...(options.level ? { targetLevel: options.level } : {})}
        fullCalculatorHref={fullCalculatorHref}
        onResults={postResults}
      />
    </>
  );
}
