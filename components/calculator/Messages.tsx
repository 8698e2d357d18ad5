/** The short messages that report what just happened, each with Undo when the change destroyed something. */
import type { Notice } from '../../src/lib/calculator/state/types';
import { useDispatch } from './context';

/** What just happened, newest last, each with Undo when it can be undone. */
export function Messages({ notices }: { notices: Notice[] }) {
  const dispatch = useDispatch();
  const onDismiss = (notice: Notice) => dispatch({ type: 'dismiss', notice });
  const messages = notices.filter((notice) => notice.kind === 'message');
  return (
    <div className="calc-messages" role="status" aria-live="polite">
      {messages.map((message) => (
        <p key={message.id} className="calc-message">
          <span>{message.text}</span>
          {message.undo && (
            <button
              type="button"
              className="calc-button calc-button--primary"
              onClick={() => {
                onDismiss(message);
                if (message.undo) dispatch(message.undo);
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="calc-button calc-button--quiet" onClick={() => onDismiss(message)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
