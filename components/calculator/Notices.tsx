/** Messages about saved and shared data, each with the choices that resolve it. */
import type { Notice } from './useAssessmentStore';
import { downloadText } from './browser-io';

interface Props {
  notices: Notice[];
  onKeepShared: () => void;
  onDiscardShared: () => void;
  onStartOver: () => void;
  onDismiss: (notice: Notice) => void;
}

export function Notices({ notices, onKeepShared, onDiscardShared, onStartOver, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="calc-notices">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'corrupt':
            return (
              <div key="corrupt" className="calc-notice calc-notice--error" role="alert">
                <p>
                  <strong>Your saved assessment could not be read.</strong> {capitalise(notice.reason)}. It has not been
                  changed, and nothing you do here is saved over it until you start over.
                </p>
                <p className="calc-actions">
                  <button
                    type="button"
                    className="calc-button"
                    onClick={() => downloadText('damaged-assessment.txt', notice.raw, 'text/plain')}
                  >
                    Download the damaged data
                  </button>
                  <button type="button" className="calc-button calc-button--primary" onClick={onStartOver}>
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
                  assessment is shown instead and was not changed.
                </p>
                <p className="calc-actions">
                  <button type="button" className="calc-button" onClick={() => onDismiss(notice)}>
                    Continue with my assessment
                  </button>
                  <button type="button" className="calc-button" onClick={onStartOver}>
                    Start over
                  </button>
                </p>
              </div>
            );
          case 'shared':
            return (
              <div key="shared" className="calc-notice calc-notice--info" role="status">
                <p>
                  <strong>You opened a shared assessment.</strong> It is shown below and is not saved in this browser.{' '}
                  {notice.hasSaved
                    ? 'Your own saved assessment is untouched until you choose.'
                    : 'Nothing is saved in this browser yet.'}
                </p>
                <p className="calc-actions">
                  <button type="button" className="calc-button calc-button--primary" onClick={onKeepShared}>
                    {notice.hasSaved ? 'Keep the shared one (replaces my saved assessment)' : 'Save it in this browser'}
                  </button>
                  <button type="button" className="calc-button" onClick={onDiscardShared}>
                    {notice.hasSaved ? 'Discard it and show mine' : 'Discard it'}
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
          case 'info':
            return (
              <div key="info" className="calc-notice calc-notice--info" role="status">
                <p>{notice.text}</p>
                <button type="button" className="calc-button calc-button--quiet" onClick={() => onDismiss(notice)}>
                  Dismiss
                </button>
              </div>
            );
        }
      })}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
