/**
 * The result bar's line while the browser refuses to save: it stays, and points to the notice that says what
 * to do (Notices.tsx, above the person bar, out of view on a phone while rating). Loaded only when needed.
 */
import { useModel } from './context';

/** The id of the refused-storage notice (Notices.tsx), one per track so two calculators on a page differ. */
export const noStorageNoticeId = (trackId: string) => `calc-no-storage-${trackId}`;

export default function NoStorageLine() {
  const noticeId = noStorageNoticeId(useModel().track.id);
  return (
    <p className="calc-message calc-message--info">
      <span>Not saved in this browser.</span>
      <button
        type="button"
        className="calc-button calc-button--quiet"
        onClick={() => document.getElementById(noticeId)?.focus()}
      >
        Details
      </button>
    </p>
  );
}
