/**
 * Problems with saved or shared data, each with the choices that resolve it, and the short messages that
 * report what just happened, with an Undo where the change destroyed something.
 */
import { downloadText } from './browser-io';
import type { Notice } from './store/usePeopleStore';

interface Props {
  notices: Notice[];
  onStartOver: () => void;
  onDismiss: (notice: Notice) => void;
}

export function Notices({ notices, onStartOver, onDismiss }: Props) {
  const problems = notices.filter((notice) => notice.kind !== 'message');
  if (problems.length === 0) return null;
  return (
    <div className="calc-notices">
      {problems.map((notice) => {
        switch (notice.kind) {
          case 'corrupt':
            return (
              <div key="corrupt" className="calc-notice calc-notice--error" role="alert">
                <p>
                  <strong>Your saved assessments could not be read.</strong> {capitalise(notice.reason)}. They have not
                  been changed, and nothing you do here is saved over them until you start over.
                </p>
                <p className="calc-actions">
                  <button
                    type="button"
                    className="calc-button"
                    onClick={() => downloadText('damaged-assessments.txt', notice.raw, 'text/plain')}
                  >
                    Download the damaged data
                  </button>
                  <button
                    type="button"
                    className="calc-button calc-button--primary"
                    onClick={() => {
                      if (window.confirm('Delete the damaged saved data and start over?')) onStartOver();
                    }}
                  >
                    Start over
                  </button>
                </p>
              </div>
            );
          case 'bad-link':
            return (
              <div key="bad-link" className="calc-notice calc-notice--error" role="alert">
                <p>
                  <strong>This shared link could not be opened.</strong> {capitalise(notice.reason)}. Your own saved
                  assessments are shown instead and were not changed.
                </p>
                <p className="calc-actions">
                  <button type="button" className="calc-button" onClick={() => onDismiss(notice)}>
                    Continue with my assessment
                  </button>
                </p>
              </div>
            );
          case 'no-storage':
            return (
              <div key="no-storage" className="calc-notice calc-notice--warn" role="status">
                <p>
                  This browser does not let the page keep data, so your ratings will be lost when you leave. Export them
                  as JSON to keep them.
                </p>
              </div>
            );
        }
      })}
    </div>
  );
}

/** What just happened, newest last, each with Undo when it can be undone. */
export function Messages({ notices, onDismiss }: { notices: Notice[]; onDismiss: (notice: Notice) => void }) {
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
                message.undo?.();
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
