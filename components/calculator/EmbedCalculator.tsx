/**
 * The calculator as the embed page's island. The page is static, so its query parameters (theme, storage,
 * competencies, level, postResults, parentOrigin; see src/lib/embed/params.ts) are read here, in the
 * browser, before the calculator mounts: storage must be known before anything could be read or saved.
 *
 * Results go to the host page only when ?postResults=1 names the host with ?parentOrigin: postMessage
 * to '*' would hand a person's ratings to whatever page framed the embed.
 *
 * Nothing fails silently: a parentOrigin that is not the page around the frame, storage=local in a
 * browser that refuses it, and a page where no host script answered the embed's greeting (so the frame
 * cannot follow its height) are said above the calculator. The frame's height is reported only once the
 * calculator has rendered (src/lib/embed/resize.ts); results go out only once a host script has answered,
 * and its view messages keep the result bar on screen (src/lib/embed/greeting.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RaterRole } from '../../src/lib/assessment/raters';
import type { CalculatorModel } from '../../src/lib/calculator/model';
import type { Assessment } from '../../src/lib/calculator/results';
import { framingOrigin, parentMismatch } from '../../src/lib/embed/frame';
import { hostMissingLine, listenToHost, type HostMissingLine, type HostState } from '../../src/lib/embed/greeting';
import { resultMessage, type ResultMessage } from '../../src/lib/embed/messages';
import { parseEmbedParams, type EmbedOptions } from '../../src/lib/embed/params';
import { startResizeMessages } from '../../src/lib/embed/resize';
import { STORAGE_REFUSED_MESSAGE, canKeepData } from '../../src/lib/embed/storage';
import Calculator from './Calculator';
import { PartialView } from './PartialView';
import { Privacy } from './Privacy';
import { SavedDataConsent } from './SavedDataConsent';

interface Props {
  model: CalculatorModel;
  /** The track's full calculator page, linked from a partial view. */
  fullCalculatorHref: string;
  /** The track's "Embed in your wiki" page, linked from the line that says no host script answered. */
  helpHref: string;
}

/** The parameters as read, corrected for what this browser and this frame really allow. */
interface EmbedSetup extends EmbedOptions {
  /** Why ?parentOrigin cannot work here (it names another page than the frame's parent). */
  mismatch?: string;
  /** The page around the frame as far as the browser tells: ?parentOrigin, else ancestorOrigins or referrer. */
  wikiOrigin?: string;
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
  const framedBy = framingOrigin(window);
  const mismatch = parentMismatch(options.parentOrigin, framedBy);
  if (mismatch) console.error(mismatch);
  const wikiOrigin = options.parentOrigin ?? framedBy;
  return { ...options, ...(mismatch ? { mismatch } : {}), ...(wikiOrigin ? { wikiOrigin } : {}) };
}

/** The setup, read once the page has hydrated; null until then. */
function useEmbedSetup(model: CalculatorModel): EmbedSetup | null {
  const [options, setOptions] = useState<EmbedSetup | null>(null);
  useEffect(() => {
    // Read the URL after hydration, so the server-rendered HTML and the first client render match.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setOptions(readSetup(model));
  }, [model]);
  return options;
}

/**
 * The conversation with the host page: whether its script answered, and the results sent to it (held back
 * until it has answered, and never the same twice in a row).
 */
function useHost(model: CalculatorModel, options: EmbedSetup | null) {
  const [host, setHost] = useState<HostState>('waiting');
  const lastPosted = useRef('');
  // A result made before the host script answered, sent when it does.
  const pending = useRef<ResultMessage | null>(null);

  // The calculator has rendered: from now on the frame follows its height. The first resize message is
  // the greeting the host script answers.
  useEffect(() => {
    if (!options) return undefined;
    const stopListening = listenToHost(options.parentOrigin, setHost);
    const stopResizing = startResizeMessages(options.parentOrigin ?? '*');
    return () => {
      stopListening();
      stopResizing();
    };
  }, [options]);

  const send = useCallback(
    (message: ResultMessage) => {
      if (!options?.parentOrigin) return;
      const key = JSON.stringify(message);
      if (key === lastPosted.current) return;
      lastPosted.current = key;
      window.parent.postMessage(message, options.parentOrigin);
    },
    [options],
  );

  // Results go only to a page whose host script answered (or, from before the greeting, sized the frame):
  // one that did neither could not use them anyway.
  const hostHeard = host === 'answered' || host === 'sized';
  useEffect(() => {
    if (!hostHeard || !pending.current) return;
    send(pending.current);
    pending.current = null;
  }, [hostHeard, send]);

  const postResults = useCallback(
    (assessment: Assessment, rater: RaterRole) => {
      if (!options?.postResults || !options.parentOrigin || window.parent === window) return;
      const shown = options.competencies ?? model.competencies.map((competency) => competency.id);
      const message = resultMessage(model, assessment, rater, shown);
      if (hostHeard) send(message);
      else pending.current = message;
    },
    [model, options, hostHeard, send],
  );

  return { host, postResults };
}

/** What the page says above the calculator: what went wrong with the setup, and where results go. */
function EmbedNotices({ options, missing }: { options: EmbedSetup; missing: HostMissingLine | undefined }) {
  return (
    <>
      {missing && (
        <p className="calc-notice calc-notice--warn embed-messages" role="status" data-testid="embed-host-missing">
          {missing.text} <a href={missing.fixHref}>{missing.fixLabel}</a>
        </p>
      )}
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
      {options.postResults && !options.mismatch && !missing && (
        <div className="calc-notice calc-notice--info embed-note" data-testid="embed-posts-results">
          <p>
            Your result (score, level and competency levels, not your ratings or notes) is passed to the page around
            this calculator, {options.parentOrigin}.
          </p>
        </div>
      )}
    </>
  );
}

export default function EmbedCalculator({ model, fullCalculatorHref, helpHref }: Props) {
  const options = useEmbedSetup(model);
  const { host, postResults } = useHost(model, options);
  // ?storage=local reads the site's saved assessments only once the person chooses to.
  const [savedOpened, setSavedOpened] = useState(false);

  if (!options) {
    return (
      <p className="calc-muted" role="status">
        Loading the calculator…
      </p>
    );
  }

  const missing =
    host === 'silent' && !options.mismatch
      ? hostMissingLine(options.wikiOrigin, options.postResults, new URL(helpHref, window.location.href).href)
      : undefined;

  const storage = options.storage === 'local' && savedOpened ? 'local' : 'memory';
  const subset = options.competencies;
  const shown = subset ? model.competencies.filter((one) => subset.includes(one.id)).length : model.competencies.length;
  return (
    <>
      <EmbedNotices options={options} missing={missing} />
      {options.storage === 'local' && !savedOpened && <SavedDataConsent onUse={() => setSavedOpened(true)} />}
      <Privacy persist={storage === 'local'} />
      {shown < model.competencies.length && (
        <PartialView shown={shown} total={model.competencies.length} href={fullCalculatorHref} />
      )}
      <Calculator
        model={model}
        storage={storage}
        team={false}
        {...(options.competencies ? { competencies: options.competencies } : {})}
        {...(options.level ? { targetLevel: options.level } : {})}
        onResults={postResults}
      />
    </>
  );
}
