/**
 * The short messages that report what just happened. Informational ones go away by themselves (see
 * useExpiringMessages); the one Undo, for the last change that can be undone, stays until used or dismissed
 * and comes last, so it is the one in view where there is room for one only (the phone's result bar). When
 * the browser refuses to save, a line that stays (NoStorageLine) points to the notice that says what to do (it
 * sits above the person bar, out of view on a phone while rating); it comes first among the informational
 * lines, so a newer one covers it on the phone for as long as that one lasts.
 */
import type { Notice } from '../../src/lib/calculator/state/types';
import { isInfo, isUndoable } from '../../src/lib/calculator/state/notices';
import { lazy, Suspense } from 'react';
import { useDispatch } from './context';

const NoStorageLine = lazy(() => import('./NoStorageLine'));

export function Messages({ notices }: { notices: Notice[] }) {
  const dispatch = useDispatch();
  const onDismiss = (notice: Notice) => dispatch({ type: 'dismiss', notice });
  const infos = notices.filter(isInfo);
  const undoable = notices.find(isUndoable);
  return (
    <div className="calc-messages" role="status" aria-live="polite">
      {notices.some((notice) => notice.kind === 'no-storage') && (
        <Suspense key="no-storage" fallback={null}>
          <NoStorageLine />
        </Suspense>
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
