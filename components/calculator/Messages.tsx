/**
 * The short messages that report what just happened. Informational ones go away by themselves (see
 * useExpiringMessages); the one Undo, for the last change that can be undone, stays until used or dismissed
 * and comes last, so it is the one in view where there is room for one only (the phone's result bar). When
 * the browser refuses to save, a line that stays points to the notice that says what to do (NoStorageNotice
 * sits above the person bar, out of view on a phone while rating); it comes first among the informational
 * lines, so a newer one covers it on the phone for as long as that one lasts.
 */
import type { Notice } from '../../src/lib/calculator/state/types';
import { isInfo, isUndoable } from '../../src/lib/calculator/state/notices';
import { useDispatch, useModel } from './context';

/** The id of the refused-storage notice (Notices.tsx), one per track so two calculators on a page differ. */
export const noStorageNoticeId = (trackId: string) => `calc-no-storage-${trackId}`;

export function Messages({ notices }: { notices: Notice[] }) {
  const dispatch = useDispatch();
  const onDismiss = (notice: Notice) => dispatch({ type: 'dismiss', notice });
  const infos = notices.filter(isInfo);
  const undoable = notices.find(isUndoable);
  const noticeId = noStorageNoticeId(useModel().track.id);
  return (
    <div className="calc-messages" role="status" aria-live="polite">
      {notices.some((notice) => notice.kind === 'no-storage') && (
        <p key="no-storage" className="calc-message calc-message--info">
          <span>Not saved in this browser.</span>
          <button
            type="button"
            className="calc-button calc-button--quiet"
            onClick={() => document.getElementById(noticeId)?.focus()}
          >
            Details
          </button>
        </p>
      )}
      {infos.map((message) => (
        <p key={message.id} className="calc-message calc-message--info">
          <span>{message.text}</span>
        </p>
      ))}
      {undoable && (
        <p key={undoable.id} className="calc-message calc-message--undo">
          <span>{undoable.text}</span>
          <button
            type="button"
            className="calc-button calc-button--primary"
            onClick={() => {
              onDismiss(undoable);
              if (undoable.undo) dispatch(undoable.undo);
            }}
          >
            Undo
          </button>
          <button type="button" className="calc-button calc-button--quiet" onClick={() => onDismiss(undoable)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
